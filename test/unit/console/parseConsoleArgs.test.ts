import { describe, expect, it } from 'vitest';
import { parseConsoleArgs } from '../../../src/local/console/parseConsoleArgs.js';
import { UsageError } from '../../../src/local/emulator/core/UsageError.js';

describe('parseConsoleArgs: --screen', () => {
  it('reads --screen alone as the landscape hub, before an utterance or at the end', () => {
    expect(parseConsoleArgs(['--screen', 'list instances'])).toMatchObject({
      screen: 'hub',
      utterances: ['list instances'],
    });
    expect(parseConsoleArgs(['list instances', '--screen']).screen).toBe('hub');
  });

  it('takes round and tv, spaced or with =', () => {
    expect(parseConsoleArgs(['--screen', 'round', 'list instances'])).toMatchObject({
      screen: 'round',
      utterances: ['list instances'],
    });
    expect(parseConsoleArgs(['--screen=tv', 'list instances']).screen).toBe('tv');
  });

  it('has no screen without the flag, and names the kinds for a wrong one', () => {
    expect(parseConsoleArgs(['list instances']).screen).toBeUndefined();
    expect(() => parseConsoleArgs(['--screen=watch', 'hi'])).toThrow(UsageError);
    expect(() => parseConsoleArgs(['--screen=watch', 'hi'])).toThrow(/hub, round, tv/);
  });
});
