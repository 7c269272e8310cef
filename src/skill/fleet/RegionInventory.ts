import { AwsCallFailed } from '../../aws/AwsCallFailed.js';
import type { AwsClients } from '../../aws/AwsClients.js';
import { callAws } from '../../aws/mapAwsError.js';
import { loadRds } from '../../aws/sdk.js';
import type { SkillConfig } from '../config/SkillConfig.js';
import type { Deadline } from '../Deadline.js';
import type { DbInstanceSummary } from './DbInstanceSummary.js';
import { toInstanceSummary } from './toInstanceSummary.js';

interface CacheEntry {
  readonly expiresAt: number;
  readonly instances: Promise<readonly DbInstanceSummary[]>;
}

/**
 * The instances of each Region, from one paginated DescribeDBInstances (100 per page, tags inline), kept
 * for a short TTL in the warm container. Concurrent lookups of one Region share a single in-flight call,
 * so a request never describes a Region twice.
 */
export class RegionInventory {
  private readonly cache = new Map<string, CacheEntry>();

  constructor(
    private readonly clients: AwsClients,
    private readonly config: Pick<SkillConfig, 'inventoryTtlMs' | 'tagKeys'>,
    private readonly now: () => number = Date.now,
  ) {}

  instances(region: string, deadline: Deadline): Promise<readonly DbInstanceSummary[]> {
    const cached = this.cache.get(region);
    if (cached && cached.expiresAt > this.now()) return cached.instances;
    const instances = this.load(region, deadline);
    this.cache.set(region, { expiresAt: this.now() + this.config.inventoryTtlMs, instances });
    // A failure is answered once and then forgotten; the next question tries AWS again.
    instances.catch(() => {
      if (this.cache.get(region)?.instances === instances) this.cache.delete(region);
    });
    return instances;
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
      const found: DbInstanceSummary[] = [];
      for await (const page of paginateDescribeDBInstances({ client, pageSize: 100 }, {})) {
        for (const raw of page.DBInstances ?? [])
          found.push(toInstanceSummary(raw, region, this.config.tagKeys));
        // A partial fleet would be a wrong answer, not a slow one: stop and say it timed out instead.
        if (page.Marker && deadline.expired()) throw new AwsCallFailed('timedOut', 'DescribeDBInstances');
      }
      return found;
    });
  }
}
