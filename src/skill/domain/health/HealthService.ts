import type { MetricAlarm } from '@aws-sdk/client-cloudwatch';
import type { Event, ResourcePendingMaintenanceActions } from '@aws-sdk/client-rds';
import { AwsCallFailed } from '../../../aws/AwsCallFailed.js';
import type { AwsClients } from '../../../aws/AwsClients.js';
import { callAws } from '../../../aws/mapAwsError.js';
import { loadRds } from '../../../aws/sdk.js';
import { alarmBelongsTo } from '../alarms/alarmBelongsTo.js';
import { readFiringAlarms } from '../alarms/readFiringAlarms.js';
import type { Deadline } from '../Deadline.js';
import type { DbInstanceSummary } from '../fleet/DbInstanceSummary.js';
import { answeredSummary, type FleetFilter, type FleetService } from '../fleet/FleetService.js';
import { readPages } from '../readPages.js';
import { resultOrFailure } from '../resultOrFailure.js';
import type { FleetAlarm, FleetAlarms } from './FleetAlarms.js';
import type { FleetHealthReport, UnreadCheck } from './FleetHealthReport.js';
import { type HealthIssue, ISSUE_RANK } from './HealthIssue.js';
import { instanceStatusIssue } from './instanceStatusIssue.js';

const DAY_MS = 86_400_000;
/** Maintenance due sooner than this is worth saying even when it is optional. */
const MAINTENANCE_HORIZON_MS = 7 * DAY_MS;
/** "Low storage" events below this share of free storage count as nearly full. */
const LOW_STORAGE_PERCENT = 10;
const STORAGE_METRICS = new Set(['FreeStorageSpace', 'FreeLocalStorage']);
const RESTART = /\b(restarted|rebooted|reboot|restart|shut ?down|recover(ed|y))\b/i;
const FAILOVER = /fail ?over/i;
const LOW_STORAGE = /free storage capacity .* is low at (\d+(?:\.\d+)?)\s*%/i;

/** One Region's three reads; a failed one is undefined, its reason in `unread`. */
interface RegionChecks {
  readonly alarms: readonly MetricAlarm[] | undefined;
  readonly maintenance: readonly ResourcePendingMaintenanceActions[] | undefined;
  readonly events: readonly Event[] | undefined;
  readonly unread: readonly UnreadCheck[];
}

function byRank(a: HealthIssue, b: HealthIssue): number {
  return (
    ISSUE_RANK[a.kind] - ISSUE_RANK[b.kind] ||
    a.region.localeCompare(b.region) ||
    a.name.localeCompare(b.name)
  );
}

function byIdentifier(instances: readonly DbInstanceSummary[]): DbInstanceSummary[] {
  return [...instances].sort((a, b) => a.identifier.localeCompare(b.identifier));
}

/**
 * Each named alarm with the instance it belongs to: the first of `ordered` it names (a cluster alarm: the
 * first member, identifier order). Alarms of no instance asked about are left out.
 */
function ownedAlarms(
  ordered: readonly DbInstanceSummary[],
  alarms: readonly MetricAlarm[],
): { owner: DbInstanceSummary; name: string; alarm: MetricAlarm }[] {
  return alarms.flatMap((alarm) => {
    const owner = ordered.find((instance) => alarmBelongsTo(alarm, instance));
    return owner && alarm.AlarmName ? [{ owner, name: alarm.AlarmName, alarm }] : [];
  });
}

/**
 * "Is anything wrong?": one report over the Regions asked. Per Region, in parallel with each other and with
 * the inventory: DescribeAlarms (StateValue=ALARM, one call per page), DescribePendingMaintenanceActions
 * (one call per page) and one DescribeEvents for the last hour. Instance statuses come from the inventory
 * the other answers share. A failed check is reported as unread; it never turns into "all clear".
 */
export class HealthService {
  constructor(
    private readonly clients: AwsClients,
    private readonly fleet: FleetService,
    private readonly now: () => number = Date.now,
  ) {}

  async report(
    regions: readonly string[],
    deadline: Deadline,
    filter: FleetFilter = {},
  ): Promise<FleetHealthReport> {
    const checks = regions.map((region) => this.regionChecks(region, deadline));
    const fleet = await this.fleet.instancesByRegion(regions, deadline, filter);
    const byRegion = new Map(regions.map((region, i) => [region, checks[i]!]));
    const issues: HealthIssue[] = [];
    const unread: UnreadCheck[] = [];
    for (const { region, instances } of fleet.answered) {
      const read = await byRegion.get(region)!;
      unread.push(...read.unread);
      issues.push(...this.issuesOf(instances, read));
    }
    return {
      ...answeredSummary(fleet),
      issues: issues.sort(byRank),
      missing: fleet.missing,
      unread,
    };
  }

  /**
   * "Any pending maintenance?": every pending maintenance action (required or optional, whatever its date) of
   * the instances asked about, soonest first: one DescribePendingMaintenanceActions per page per Region, in
   * parallel with the inventory. A Region whose list could not be read is in `unread`, never "none pending".
   */
  async pendingMaintenanceReport(
    regions: readonly string[],
    deadline: Deadline,
    filter: FleetFilter = {},
  ): Promise<FleetHealthReport> {
    const reads = regions.map((region) =>
      resultOrFailure(
        this.pendingMaintenance(region, deadline),
        deadline,
        'DescribePendingMaintenanceActions',
      ),
    );
    const fleet = await this.fleet.instancesByRegion(regions, deadline, filter);
    const issues: HealthIssue[] = [];
    const unread: UnreadCheck[] = [];
    for (const { region, instances } of fleet.answered) {
      const read = await reads[regions.indexOf(region)]!;
      if (read instanceof AwsCallFailed) unread.push({ region, check: 'maintenance', reason: read.reason });
      else issues.push(...this.maintenanceIssues(instances, read, true));
    }
    const dueAt = (issue: HealthIssue) =>
      issue.kind === 'maintenance' && issue.due ? issue.due.getTime() : Number.POSITIVE_INFINITY;
    return {
      ...answeredSummary(fleet),
      issues: issues.sort((a, b) => dueAt(a) - dueAt(b) || byRank(a, b)),
      missing: fleet.missing,
      unread,
    };
  }

  /**
   * The alarms in ALARM across the Regions asked, each with the instance it watches: one DescribeAlarms per
   * page per Region, in parallel with the inventory. Alarms of no instance in the (filtered) fleet are left out.
   */
  async firingAlarms(
    regions: readonly string[],
    deadline: Deadline,
    filter: FleetFilter = {},
  ): Promise<FleetAlarms> {
    const reads = regions.map((region) =>
      resultOrFailure(this.readAlarms(region, deadline), deadline, 'DescribeAlarms'),
    );
    const fleet = await this.fleet.instancesByRegion(regions, deadline, filter);
    const alarms: FleetAlarm[] = [];
    const unread: UnreadCheck[] = [];
    for (const { region, instances } of fleet.answered) {
      const read = await reads[regions.indexOf(region)]!;
      if (read instanceof AwsCallFailed) {
        unread.push({ region, check: 'alarms', reason: read.reason });
        continue;
      }
      for (const { owner, name, alarm } of ownedAlarms(byIdentifier(instances), read)) {
        const since = alarm.StateUpdatedTimestamp;
        alarms.push({ region, instance: owner.name, alarm: name, ...(since ? { since } : {}) });
      }
    }
    return { regions: fleet.answered.map((r) => r.region), alarms, missing: fleet.missing, unread };
  }

  private issuesOf(instances: readonly DbInstanceSummary[], read: RegionChecks): HealthIssue[] {
    const issues: HealthIssue[] = [];
    const storage = new Map<DbInstanceSummary, { alarms: string[]; freePercent?: number }>();
    const addStorage = (instance: DbInstanceSummary, alarm?: string, freePercent?: number) => {
      const entry = storage.get(instance) ?? { alarms: [] };
      if (alarm) entry.alarms.push(alarm);
      if (freePercent !== undefined) entry.freePercent = Math.min(entry.freePercent ?? 100, freePercent);
      storage.set(instance, entry);
    };
    for (const instance of instances) {
      const status = instanceStatusIssue(instance);
      if (status) issues.push(status);
    }
    const ordered = byIdentifier(instances);
    const otherAlarms = new Map<DbInstanceSummary, string[]>();
    for (const { owner, name, alarm } of ownedAlarms(ordered, read.alarms ?? [])) {
      if (alarm.MetricName && STORAGE_METRICS.has(alarm.MetricName)) addStorage(owner, name);
      else otherAlarms.set(owner, [...(otherAlarms.get(owner) ?? []), name]);
    }
    for (const [instance, alarms] of otherAlarms) {
      issues.push({ kind: 'alarms', region: instance.region, name: instance.name, alarms });
    }
    issues.push(...this.eventIssues(instances, read.events ?? [], addStorage));
    for (const [instance, { alarms, freePercent }] of storage) {
      issues.push({
        kind: 'storage',
        region: instance.region,
        name: instance.name,
        alarms,
        ...(freePercent !== undefined ? { freePercent } : {}),
      });
    }
    issues.push(...this.maintenanceIssues(ordered, read.maintenance ?? []));
    return issues;
  }

  private eventIssues(
    instances: readonly DbInstanceSummary[],
    events: readonly Event[],
    addStorage: (instance: DbInstanceSummary, alarm?: string, freePercent?: number) => void,
  ): HealthIssue[] {
    const issues: HealthIssue[] = [];
    const seen = new Set<string>();
    // Newest first, so an instance that restarted twice is spoken of once, at its latest.
    const newestFirst = [...events].sort((a, b) => (b.Date?.getTime() ?? 0) - (a.Date?.getTime() ?? 0));
    for (const event of newestFirst) {
      const source = event.SourceIdentifier ?? '';
      const message = event.Message ?? '';
      const isCluster = event.SourceType === 'db-cluster';
      const members = instances.filter((i) =>
        isCluster ? i.clusterIdentifier === source : i.identifier === source,
      );
      const first = members[0];
      if (!first) continue;
      const lowStorage = LOW_STORAGE.exec(message);
      if (lowStorage && !isCluster) {
        const percent = Number(lowStorage[1]);
        if (percent < LOW_STORAGE_PERCENT) addStorage(first, undefined, percent);
        continue;
      }
      const categories = event.EventCategories ?? [];
      const what = FAILOVER.test(message) || categories.includes('failover') ? 'failover' : 'restart';
      if (what === 'restart' && !RESTART.test(message)) continue;
      const name = isCluster ? source : first.name;
      if (seen.has(name)) continue;
      seen.add(name);
      issues.push({
        kind: 'restarted',
        region: first.region,
        name,
        what,
        message,
        ...(event.Date ? { at: event.Date } : {}),
      });
    }
    return issues;
  }

  private maintenanceIssues(
    instances: readonly DbInstanceSummary[],
    pending: readonly ResourcePendingMaintenanceActions[],
    /** Every action, not only the required ones and those due within the horizon. */
    all = false,
  ): HealthIssue[] {
    const horizon = this.now() + MAINTENANCE_HORIZON_MS;
    const issues: HealthIssue[] = [];
    for (const resource of pending) {
      const arn = resource.ResourceIdentifier ?? '';
      const cluster = arn.includes(':cluster:') ? arn.slice(arn.lastIndexOf(':') + 1) : undefined;
      const owner = instances.find((i) => (cluster ? i.clusterIdentifier === cluster : i.arn === arn));
      if (!owner) continue;
      for (const action of resource.PendingMaintenanceActionDetails ?? []) {
        const dates = [action.CurrentApplyDate, action.AutoAppliedAfterDate, action.ForcedApplyDate]
          .filter((d): d is Date => d instanceof Date)
          .map((d) => d.getTime());
        const due = dates.length > 0 ? new Date(Math.min(...dates)) : undefined;
        const required = action.AutoAppliedAfterDate !== undefined || action.ForcedApplyDate !== undefined;
        if (!all && !required && !(due && due.getTime() <= horizon)) continue;
        issues.push({
          kind: 'maintenance',
          region: owner.region,
          name: cluster ?? owner.name,
          action: action.Action ?? 'system-update',
          description: action.Description ?? '',
          required,
          ...(due ? { due } : {}),
        });
      }
    }
    return issues;
  }

  private async regionChecks(region: string, deadline: Deadline): Promise<RegionChecks> {
    const unread: UnreadCheck[] = [];
    const guard = async <T>(check: UnreadCheck['check'], operation: string, work: () => Promise<T>) => {
      const read = await resultOrFailure(work(), deadline, operation);
      if (!(read instanceof AwsCallFailed)) return read;
      unread.push({ region, check, reason: read.reason });
      return undefined;
    };
    const [alarms, maintenance, events] = await Promise.all([
      guard('alarms', 'DescribeAlarms', () => this.readAlarms(region, deadline)),
      guard('maintenance', 'DescribePendingMaintenanceActions', () =>
        this.pendingMaintenance(region, deadline),
      ),
      guard('events', 'DescribeEvents', () => this.lastHourEvents(region, deadline)),
    ]);
    if (events?.cut) unread.push({ region, check: 'events', reason: 'tooMany' });
    return { alarms, maintenance, events: events?.events, unread };
  }

  private async readAlarms(region: string, deadline: Deadline): Promise<MetricAlarm[]> {
    const { items, cut } = await readFiringAlarms(this.clients, region, deadline);
    // A cut list would hide alarms: say the check was not read rather than answer from half of it.
    if (cut) throw new AwsCallFailed('timedOut', 'DescribeAlarms');
    return items;
  }

  private async pendingMaintenance(
    region: string,
    deadline: Deadline,
  ): Promise<ResourcePendingMaintenanceActions[]> {
    const [client, { paginateDescribePendingMaintenanceActions }] = await Promise.all([
      this.clients.rds(region),
      loadRds(),
    ]);
    return callAws('DescribePendingMaintenanceActions', async () => {
      const { items, cut } = await readPages(
        paginateDescribePendingMaintenanceActions({ client, pageSize: 100 }, {}),
        deadline,
        (page) => page.PendingMaintenanceActions,
        (page) => page.Marker !== undefined,
      );
      if (cut) throw new AwsCallFailed('timedOut', 'DescribePendingMaintenanceActions');
      return items;
    });
  }

  /** One call: the last hour's events of every source, at most 100 (`cut` when the hour held more). */
  private async lastHourEvents(
    region: string,
    deadline: Deadline,
  ): Promise<{ events: readonly Event[]; cut: boolean }> {
    const [client, { DescribeEventsCommand }] = await Promise.all([this.clients.rds(region), loadRds()]);
    return callAws('DescribeEvents', async () => {
      const page = await client.send(new DescribeEventsCommand({ Duration: 60, MaxRecords: 100 }), {
        abortSignal: deadline.signal(),
      });
      return { events: page.Events ?? [], cut: page.Marker !== undefined };
    });
  }
}
