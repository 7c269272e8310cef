import type { Event } from '@aws-sdk/client-rds';
import type { AwsClients } from '../../../aws/AwsClients.js';
import { callAws } from '../../../aws/mapAwsError.js';
import { loadRds } from '../../../aws/sdk.js';
import type { Deadline } from '../Deadline.js';
import type { DbInstanceSummary } from '../fleet/DbInstanceSummary.js';
import type { MissingRegion } from '../MissingRegion.js';
import type { RdsEvent } from './RdsEvent.js';

function toRdsEvent(event: Event): RdsEvent {
  return { message: event.Message ?? '', ...(event.Date ? { at: event.Date } : {}) };
}

/** The events read, newest first; `missing` names the Region when the deadline cut the list short. */
export interface RecentEvents {
  readonly events: readonly RdsEvent[];
  readonly missing: readonly MissingRegion[];
}

/** The RDS events of an instance in the last 24 hours, newest first. */
export class EventService {
  constructor(private readonly clients: AwsClients) {}

  async lastDay(instance: DbInstanceSummary, deadline: Deadline): Promise<RecentEvents> {
    const [client, { paginateDescribeEvents }] = await Promise.all([
      this.clients.rds(instance.region),
      loadRds(),
    ]);
    return callAws('DescribeEvents', async () => {
      const events: Event[] = [];
      const input = {
        SourceType: 'db-instance' as const,
        SourceIdentifier: instance.identifier,
        Duration: 24 * 60,
      };
      const missing: MissingRegion[] = [];
      for await (const page of paginateDescribeEvents({ client, pageSize: 100 }, input)) {
        events.push(...(page.Events ?? []));
        // More pages but no time left: answer with what was read, and say it is only part of the list.
        if (page.Marker && deadline.expired()) {
          missing.push({ region: instance.region, reason: 'timedOut' });
          break;
        }
      }
      return {
        events: events.map(toRdsEvent).sort((a, b) => (b.at?.getTime() ?? 0) - (a.at?.getTime() ?? 0)),
        missing,
      };
    });
  }
}
