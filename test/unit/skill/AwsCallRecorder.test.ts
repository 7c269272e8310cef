import { describe, expect, it } from 'vitest';
import { type AwsCallRecord, AwsCallRecorder } from '../../../src/aws/AwsCallRecorder.js';

const call = (operation: string): AwsCallRecord => ({
  service: 'rds',
  operation,
  region: 'us-west-2',
  durationMs: 1,
  ok: true,
});

/** A promise and the function that settles it, to hold a request open. */
function gate(): { opened: Promise<void>; open: () => void } {
  let open = () => {};
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { opened, open };
}

describe('AwsCallRecorder', () => {
  it('answers two invocations one after the other, each logging only its own calls', async () => {
    const recorder = new AwsCallRecorder();
    const hold = gate();
    const order: string[] = [];
    const first = recorder.run(async () => {
      order.push('first starts');
      recorder.recordTo()(call('DescribeDBInstances'));
      await hold.opened;
      order.push('first ends');
      return recorder.calls().map((c) => c.operation);
    });
    const second = recorder.run(async () => {
      order.push('second starts');
      recorder.recordTo()(call('DescribeEvents'));
      return recorder.calls().map((c) => c.operation);
    });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(order).toEqual(['first starts']);
    hold.open();
    expect(await first).toEqual(['DescribeDBInstances']);
    expect(await second).toEqual(['DescribeEvents']);
    expect(order).toEqual(['first starts', 'first ends', 'second starts']);
  });

  it("files a call that outlives its request under that request, not the next one's", async () => {
    const recorder = new AwsCallRecorder();
    const straggler = gate();
    let firstCalls: readonly AwsCallRecord[] = [];
    await recorder.run(async () => {
      const record = recorder.recordTo();
      // A prefetch nobody awaited: it finishes after the answer went out.
      void straggler.opened.then(() => record(call('GetItem')));
      firstCalls = recorder.calls();
    });
    const secondCalls = await recorder.run(async () => {
      straggler.open();
      await straggler.opened;
      await Promise.resolve();
      return [...recorder.calls()];
    });
    expect(secondCalls).toEqual([]);
    expect(firstCalls.map((c) => c.operation)).toEqual(['GetItem']);
  });

  it('goes on after a failed invocation, and records nothing outside one', async () => {
    const recorder = new AwsCallRecorder();
    recorder.recordTo()(call('Stray'));
    expect(recorder.calls()).toEqual([]);
    await expect(
      recorder.run(async () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    const after = await recorder.run(async () => {
      recorder.recordTo()(call('DescribeDBInstances'));
      return recorder.calls().length;
    });
    expect(after).toBe(1);
    expect(recorder.calls()).toEqual([]);
  });
});
