import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
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

  it('refuses a mistyped kind after --screen with a guess, instead of saying it to Alexa', () => {
    expect(() => parseConsoleArgs(['--screen', 'huge', 'hi'])).toThrow(
      new UsageError('--screen takes hub, round, tv (or nothing, for hub); not huge; did you mean hub?'),
    );
    expect(() => parseConsoleArgs(['--screen', 'rond', 'hi'])).toThrow(/not rond; did you mean round\?$/);
    expect(() => parseConsoleArgs(['--screen=tvs', 'hi'])).toThrow(/did you mean tv\?$/);
  });

  it('still reads a word or phrase that is no kind as the first utterance', () => {
    for (const said of ["what's the cpu", 'hi', 'help', 'two', 'how many instances'])
      expect(parseConsoleArgs(['--screen', said])).toMatchObject({ screen: 'hub', utterances: [said] });
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

  it('takes a locale in any case, as BCP 47 allows, and names it as the model does', () => {
    expect(parseConsoleArgs(['--locale', 'en-gb', 'hi']).locale).toBe('en-GB');
    expect(parseConsoleArgs(['--locale=EN-in']).locale).toBe('en-IN');
    expect(parseConsoleArgs(['--locale', 'JA-jp']).locale).toBe('ja-JP');
  });
});

describe('parseConsoleArgs: --model-dir', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dbvoice-models-'));
  writeFileSync(join(dir, 'en-GB.json'), '{}');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('takes a directory of generated models and checks --locale against it', () => {
    expect(parseConsoleArgs(['--model-dir', dir, '--locale', 'en-gb', 'hi'])).toMatchObject({
      modelDir: dir,
      locale: 'en-GB',
    });
    expect(() => parseConsoleArgs(['--model-dir', dir, '--locale', 'en-US', 'hi'])).toThrow(
      new UsageError(`--locale takes one of en-GB (a locale with ${dir}/<locale>.json); not en-US`),
    );
  });

  it('asks for --locale when the directory has no en-US model, and refuses a directory that is not there', () => {
    expect(() => parseConsoleArgs(['--model-dir', dir, 'hi'])).toThrow(
      new UsageError(`--model-dir ${dir} has no en-US.json: add --locale en-GB`),
    );
    expect(() => parseConsoleArgs(['--model-dir', join(dir, 'missing'), 'hi'])).toThrow(
      new UsageError(`--model-dir ${join(dir, 'missing')} is not a directory`),
    );
    expect(parseConsoleArgs(['hi']).modelDir).toBeUndefined();
  });
});
