import { describe, expect, it } from 'vitest';
import { useTestStack } from './startTestStack.js';

describe('Console: "what is my user id" (bundled skill, demo fleet)', () => {
  const local = useTestStack({ resetBeforeEach: false });

  it('puts the ids and the allow-list command on the card and says only where to look', async () => {
    // Act
    const turn = await local.stack.newSession().say('ask database fleet what is my user id');

    // Assess
    const request = turn.exchanges[0]!.request;
    const userId = request.context.System.user.userId;
    expect(request.request).toMatchObject({ intent: { name: 'WhoAmI' } });
    expect(turn.speech).toMatch(/on a card in the Alexa app/);
    expect(turn.speech).not.toContain('amzn1');
    expect(turn.card).toMatchObject({ type: 'Simple', title: 'Your Alexa ids' });
    const content = (turn.card as { content: string }).content;
    expect(content).toContain(userId);
    expect(content).toContain('--name /dbvoice/allowed-users --type StringList --overwrite');
    expect(content).toContain(`\${CURRENT:+$CURRENT,}${userId}`);
    // Nothing about the fleet is read for it (the per-user state is read for every request).
    expect(turn.calls.filter((call) => call.service !== 'dynamodb')).toEqual([]);
  });
});
