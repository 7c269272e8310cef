import { startLocalStack } from '../console/startLocalStack.js';
import { syntheticFleet } from '../emulator/fleet/syntheticFleet.js';
import { benchIntents } from './benchIntents.js';
import { markdownTable } from './markdownTable.js';
import { runTurn } from './runTurn.js';

const REGION = 'us-west-2';

/**
 * AWS calls per intent for one Region of 10, 100 and 1,000 instances: with a cold cache (a fresh
 * container) and then warm (the same question again). Target: at most one DescribeDBInstances per page
 * of 100, none at all when warm, never ListTagsForResource.
 */
export async function measureCallsPerIntent(
  bundleDir: string,
  sizes: readonly number[],
): Promise<{ table: string; ok: boolean }> {
  const rows: (string | number)[][] = [];
  let ok = true;
  for (const size of sizes) {
    const stack = await startLocalStack({
      fleet: syntheticFleet({ instancesPerRegion: size, regions: [REGION] }),
      bundleDir,
    });
    try {
      for (const bench of benchIntents('oregon')) {
        await stack.restartSkill();
        const cold = await runTurn(() => stack.newSession(), bench);
        const warm = await runTurn(() => stack.newSession(), bench);
        const describes = cold.calls.filter((c) => c.operation === 'DescribeDBInstances').length;
        const tagCalls = [...cold.calls, ...warm.calls].filter(
          (c) => c.operation === 'ListTagsForResource',
        ).length;
        const warmInventory = warm.calls.filter((c) => c.operation === 'DescribeDBInstances').length;
        const pages = Math.max(1, Math.ceil(size / 100));
        const rowOk = describes <= pages && tagCalls === 0 && warmInventory === 0;
        ok &&= rowOk;
        const awsOnly = (calls: typeof cold.calls) => calls.filter((c) => c.service !== 'dynamodb').length;
        rows.push([
          size,
          bench.label,
          cold.calls.length,
          describes,
          awsOnly(warm.calls),
          warmInventory,
          tagCalls,
          rowOk ? 'yes' : 'NO',
        ]);
      }
    } finally {
      await stack.close();
    }
  }
  const table = markdownTable(
    [
      'instances',
      'intent',
      'calls (cold)',
      'DescribeDBInstances (cold)',
      'calls (warm, excl. state)',
      'DescribeDBInstances (warm)',
      'ListTagsForResource',
      'target met',
    ],
    rows,
  );
  return { table, ok };
}
