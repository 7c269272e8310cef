/** Where an issue is: the instance by its spoken name (or a cluster by its identifier) and its Region. */
export interface IssueSubject {
  readonly region: string;
  readonly name: string;
}

/**
 * One thing that needs attention, as the fleet-health answer speaks of it. Kinds, most urgent first:
 * `down` (failed, storage full, incompatible, keys lost), `storage` (low-storage alarm or event), `alarms`,
 * `restarted` (a reboot, restart or failover in the last hour), `unavailable` (stopped, rebooting, starting),
 * `maintenance` (required, or due within 7 days).
 */
export type HealthIssue =
  | (IssueSubject & { readonly kind: 'down'; readonly status: string })
  | (IssueSubject & {
      readonly kind: 'storage';
      readonly alarms: readonly string[];
      /** Free storage as a percentage of allocated, when an RDS event said it. */
      readonly freePercent?: number;
    })
  | (IssueSubject & { readonly kind: 'alarms'; readonly alarms: readonly string[] })
  | (IssueSubject & {
      readonly kind: 'restarted';
      readonly what: 'restart' | 'failover';
      readonly message: string;
      readonly at?: Date;
    })
  | (IssueSubject & { readonly kind: 'unavailable'; readonly status: string })
  | (IssueSubject & {
      readonly kind: 'maintenance';
      /** RDS's action id: system-update, db-upgrade, os-upgrade, hardware-maintenance, ... */
      readonly action: string;
      readonly description: string;
      readonly required: boolean;
      readonly due?: Date;
    });

export type HealthIssueKind = HealthIssue['kind'];

/** The order issues are spoken in: what is down first, what is merely scheduled last. */
export const ISSUE_RANK: Readonly<Record<HealthIssueKind, number>> = {
  down: 0,
  storage: 1,
  alarms: 2,
  restarted: 3,
  unavailable: 4,
  maintenance: 5,
};
