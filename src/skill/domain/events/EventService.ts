import type { Event } from '@aws-sdk/client-rds';
import type { AwsClients } from '../../../aws/AwsClients.js';
import { callAws } from '../../../aws/mapAwsError.js';
import { loadRds } from '../../../aws/sdk.js';
import type { Deadline } from '../Deadline.js';
import type { DbInstanceSummary } from '../fleet/DbInstanceSummary.js';
import type { MissingRegion } from '../MissingRegion.js';
import { readPages } from '../readPages.js';
import type { RdsEvent } from './RdsEvent.js';

function toRdsEvent(event: Event): RdsEvent {
  return {
    message: event.Message ?? '',
    ...(event.Date ? { at: event.Date } : {}),
    ...(event.SourceType === 'db-cluster' && event.SourceIdentifier
      ? { cluster: event.SourceIdentifier }
      : {}),
  };
}

/** The events read, newest first; `missing` names the Region when the deadline cut the list short. */
export interface RecentEvents {
  readonly events: readonly RdsEvent[];
  readonly missing: readonly MissingRegion[];
}

/**
 * The RDS events of an instance in the last 24 hours, newest first. An Aurora cluster member's include its
 * cluster's (a failover is recorded on the cluster, not on the instances): one DescribeEvents per source, both
 * at once.
 */
export class EventService {
  constructor(private readonly clients: AwsClients) {}

  async lastDay(instance: DbInstanceSummary, deadline: Deadline): Promise<RecentEvents> {
    const [client, { paginateDescribeEvents }] = await Promise.all([
      this.clients.rds(instance.region),
      loadRds(),
    ]);
    const read = (SourceType: 'db-instance' | 'db-cluster', SourceIdentifier: string) =>
      // No time left for more pages: answer with what was read, and say it is only part of the list.
      callAws('DescribeEvents', () =>
        readPages(
          paginateDescribeEvents(
            { client, pageSize: 100 },
            { SourceType, SourceIdentifier, Duration: 24 * 60 },
          ),
          deadline,
          (page) => page.Events,
          (page) => page.Marker !== undefined,
        ),
      );
    const sources = [
      read('db-instance', instance.identifier),
      ...(instance.clusterIdentifier ? [read('db-cluster', instance.clusterIdentifier)] : []),
    ];
    const results = await Promise.all(sources);
    const missing: MissingRegion[] = results.some((r) => r.cut)
      ? [{ region: instance.region, reason: 'timedOut' }]
      : [];
    return {
      events: results
        .flatMap((r) => r.items)
        .map(toRdsEvent)
        .sort((a, b) => (b.at?.getTime() ?? 0) - (a.at?.getTime() ?? 0)),
      missing,
    };
  }
}
