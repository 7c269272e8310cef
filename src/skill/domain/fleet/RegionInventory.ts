import { AwsCallFailed } from '../../../aws/AwsCallFailed.js';
import type { AwsClients } from '../../../aws/AwsClients.js';
import { callAws } from '../../../aws/mapAwsError.js';
import { PromiseCache } from '../../../aws/PromiseCache.js';
import { loadRds } from '../../../aws/sdk.js';
import type { SkillConfig } from '../config/SkillConfig.js';
import type { Deadline } from '../Deadline.js';
import { readPages } from '../readPages.js';
import type { DbInstanceSummary } from './DbInstanceSummary.js';
import { toInstanceSummary } from './toInstanceSummary.js';

/**
 * The instances of each Region, from one paginated DescribeDBInstances (100 per page, tags inline), kept
 * for a short TTL in the warm container. Concurrent lookups of one Region share a single in-flight call,
 * so a request never describes a Region twice.
 */
export class RegionInventory {
  private readonly cache: PromiseCache<string, readonly DbInstanceSummary[]>;

  constructor(
    private readonly clients: AwsClients,
    private readonly config: Pick<SkillConfig, 'inventoryTtlMs' | 'tagKeys'>,
    now: () => number = Date.now,
  ) {
    this.cache = new PromiseCache(config.inventoryTtlMs, now);
  }

  instances(region: string, deadline: Deadline): Promise<readonly DbInstanceSummary[]> {
    return this.cache.get(region, () => this.load(region, deadline));
  }

  /** The Region's instances when the container already holds them (loaded or loading), never an AWS call. */
  held(region: string): Promise<readonly DbInstanceSummary[]> | undefined {
    return this.cache.peek(region);
  }

  /** Forgets a Region, e.g. after a reboot changed an instance's status. */
  invalidate(region: string): void {
    this.cache.delete(region);
  }

  private async load(region: string, deadline: Deadline): Promise<readonly DbInstanceSummary[]> {
    const [client, { paginateDescribeDBInstances }] = await Promise.all([
      this.clients.rds(region),
      loadRds(),
    ]);
    return callAws('DescribeDBInstances', async () => {
      const { items, cut } = await readPages(
        paginateDescribeDBInstances({ client, pageSize: 100 }, {}),
        deadline,
        (page) => page.DBInstances,
        (page) => page.Marker !== undefined,
      );
      // A partial fleet would be a wrong answer, not a slow one: stop and say it timed out instead.
      if (cut) throw new AwsCallFailed('timedOut', 'DescribeDBInstances');
      return items.map((raw) => toInstanceSummary(raw, region, this.config.tagKeys));
    });
  }
}
