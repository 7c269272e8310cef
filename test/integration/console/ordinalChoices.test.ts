import { describe, expect, it } from 'vitest';
import { useTestStack } from './startTestStack.js';

describe('Console: "the second one" answers the choices the skill just offered (bundled skill, demo fleet)', () => {
  const local = useTestStack({ resetBeforeEach: false });

  it('picks from "Which one: reporting or reporting-dev?"', async () => {
    const session = local.stack.newSession({ locale: 'en-US' });
    await session.say("what's the cpu of reportin");
    const which = await session.say('yes');
    const answer = await session.say('the second one');
    expect(which.speech).toBe('Which one: reporting or reporting-dev?');
    expect(answer.speech).toMatch(/^The CPU utilization of reporting-dev in Oregon is/);
  });

  it('picks the Region from "I found hr in Oregon and Ireland. Which Region do you mean?"', async () => {
    const session = local.stack.newSession({ locale: 'en-US' });
    const question = await session.say("what's the cpu of hr");
    const answer = await session.say('the last one');
    expect(question.speech).toBe('I found hr in Oregon and Ireland. Which Region do you mean?');
    expect(answer.speech).toMatch(/^The CPU utilization of hr in Ireland is/);
  });

  it('picks in Japanese: 「後の方」 and 「1つ目」', async () => {
    const names = local.stack.newSession({ locale: 'ja-JP' });
    await names.say('reportinのCPUは');
    const latter = await names.say('後の方');
    const regions = local.stack.newSession({ locale: 'ja-JP' });
    await regions.say('hrのCPUは');
    const first = await regions.say('1つ目');
    expect(latter.speech).toMatch(/^オレゴンのレポーティングデブのCPU使用率は/);
    expect(first.speech).toMatch(/^オレゴンのエイチアールのCPU使用率は/);
  });
});
