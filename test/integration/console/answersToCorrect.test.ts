import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../../src/local/console/startLocalStack.js';
import { countCalls, startTestStack } from './startTestStack.js';

describe('Console: answers corrected by asking the demo fleet (bundled skill, emulator over HTTP)', () => {
  let stack: LocalStack;

  beforeAll(async () => {
    stack = await startTestStack();
  });

  afterAll(async () => {
    await stack?.close();
  });

  it('says the low point of free memory over the last hour, and says it is the lowest', async () => {
    // Act
    const turn = await stack.newSession().say('what was the free memory of reporting over the last hour');

    // Assess
    expect(turn.exchanges[0]?.request.request).toMatchObject({
      intent: { name: 'CheckInstanceMetric', slots: { instance: { value: 'reporting' } } },
    });
    expect(turn.speech).toMatch(
      /^Over the last hour, the freeable memory of reporting in Oregon was lowest at [\d.]+ (giga|mega)bytes, with an average of [\d.]+ (giga|mega)bytes\.$/,
    );
    expect(countCalls(turn.calls, 'GetMetricStatistics')).toBe(1);
  });
});
