import type { DBInstance } from '@aws-sdk/client-rds';
import type { SkillConfig } from '../config/SkillConfig.js';
import type { DbInstanceSummary } from './DbInstanceSummary.js';

/** Reads a DescribeDBInstances entry and its TagList (returned inline, so no ListTagsForResource). */
export function toInstanceSummary(
  raw: DBInstance,
  region: string,
  tagKeys: SkillConfig['tagKeys'],
): DbInstanceSummary {
  const tags = new Map<string, string>();
  for (const tag of raw.TagList ?? []) {
    if (tag.Key && tag.Value !== undefined) tags.set(tag.Key.toLowerCase(), tag.Value);
  }
  const identifier = raw.DBInstanceIdentifier ?? 'unknown';
  const application = tags.get(tagKeys.application.toLowerCase());
  const environment = tags.get(tagKeys.environment.toLowerCase());
  const clusterIdentifier = raw.DBClusterIdentifier;
  const address = raw.Endpoint?.Address;
  return {
    identifier,
    arn: raw.DBInstanceArn ?? '',
    region,
    name: tags.get(tagKeys.instance.toLowerCase()) || identifier,
    engine: raw.Engine ?? 'unknown',
    engineVersion: raw.EngineVersion ?? '',
    status: raw.DBInstanceStatus ?? 'unknown',
    instanceClass: raw.DBInstanceClass ?? '',
    multiAz: raw.MultiAZ === true,
    raw,
    ...(application ? { application } : {}),
    ...(environment ? { environment } : {}),
    ...(clusterIdentifier ? { clusterIdentifier } : {}),
    ...(address ? { endpoint: { address, port: raw.Endpoint?.Port ?? 0 } } : {}),
  };
}
