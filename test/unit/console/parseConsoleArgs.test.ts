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

describe('parseConsoleArgs: --locale', () => {
  it('takes a locale that has a generated interaction model', () => {
    expect(parseConsoleArgs(['--locale', 'en-GB', 'how many databases have we got'])).toMatchObject({
      locale: 'en-GB',
      utterances: ['how many databases have we got'],
    });
    expect(parseConsoleArgs(['--locale=en-IN']).locale).toBe('en-IN');
    expect(parseConsoleArgs([]).locale).toBeUndefined();
  });

  it('refuses a locale without a model, naming the ones there are', () => {
    expect(() => parseConsoleArgs(['--locale', 'en-NZ', 'hi'])).toThrow(UsageError);
    expect(() => parseConsoleArgs(['--locale', 'en-NZ', 'hi'])).toThrow(/en-AU, en-CA, en-GB, en-IN, en-US/);
    expect(() => parseConsoleArgs(['--locale', '../../etc/passwd', 'hi'])).toThrow(UsageError);
  });
});
