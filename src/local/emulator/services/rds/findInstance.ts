import type { InstanceRecord, RegionState } from '../../state/RegionState.js';
import { rdsErrors } from './rdsErrors.js';

/** By identifier or ARN, case-insensitively as RDS does (identifiers are stored lower-case). */
export function findInstance(regionState: RegionState, idOrArn: string): InstanceRecord {
  const id = idOrArn.startsWith('arn:') ? (idOrArn.split(':').pop() ?? '') : idOrArn;
  const instance = regionState.instances.get(id.toLowerCase());
  if (!instance) throw rdsErrors.instanceNotFound(id);
  return instance;
}
