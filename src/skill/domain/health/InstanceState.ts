import type { DbInstanceSummary } from '../fleet/DbInstanceSummary.js';
import { instanceStatusIssue } from './instanceStatusIssue.js';

/** The states people ask about ("which instances are stopped"): ids of the INSTANCE_STATE slot type. */
export const INSTANCE_STATES = [
  'stopped',
  'stopping',
  'starting',
  'rebooting',
  'failed',
  'storageFull',
  'backingUp',
  'modifying',
  'upgrading',
  'notAvailable',
] as const;
export type InstanceStateId = (typeof INSTANCE_STATES)[number];

const STATUS_OF: Readonly<Record<Exclude<InstanceStateId, 'notAvailable'>, string>> = {
  stopped: 'stopped',
  stopping: 'stopping',
  starting: 'starting',
  rebooting: 'rebooting',
  failed: 'failed',
  storageFull: 'storage-full',
  backingUp: 'backing-up',
  modifying: 'modifying',
  upgrading: 'upgrading',
};

/** Whether the instance is in the state; "not available" is every status fleet health calls down or unavailable. */
export function inInstanceState(instance: DbInstanceSummary, state: InstanceStateId): boolean {
  if (state === 'notAvailable') return instanceStatusIssue(instance) !== undefined;
  return instance.status === STATUS_OF[state];
}
