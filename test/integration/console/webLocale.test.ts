import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SerialisedTurn } from '../../../src/local/console/serializeTurn.js';
import type { LocalStack } from '../../../src/local/console/startLocalStack.js';
import { startWebConsole, type WebConsole } from '../../../src/local/console/web/startWebConsole.js';
import { ENGLISH_LOCALES } from './englishLocales.js';
import { startTestStack } from './startTestStack.js';

describe('Web console API: the locale switch (bundled skill, demo fleet, real HTTP)', () => {
  let stack: LocalStack;
  let web: WebConsole;

  const post = (path: string, tab: string, locale: string | undefined, body: unknown) =>
    fetch(new URL(path, web.url), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-console-session': tab,
        ...(locale ? { 'x-console-locale': locale } : {}),
      },
      body: JSON.stringify(body),
    });

  beforeAll(async () => {
    stack = await startTestStack();
    web = await startWebConsole(stack, { port: 0 });
  });

  afterAll(async () => {
    await web?.close();
    await stack?.close();
  });

  it('offers every locale with a model, en-US first chosen', async () => {
    // Act
    const info = (await (await fetch(new URL('/api/info?locale=en-GB', web.url))).json()) as {
      locale: string;
      locales: string[];
      invocationName: string;
    };

    // Assess
    expect(info.locale).toBe('en-US');
    expect(info.locales).toEqual(expect.arrayContaining([...ENGLISH_LOCALES]));
    expect(info.invocationName).toBe('database fleet');
  });

  it('understands the tab in its locale and sends that locale in the request envelope', async () => {
    // Act: British phrasing, only in the en-GB model
    const response = await post('/api/say', 'tab-british-1', 'en-GB', {
      utterance: 'how many databases have we got in Ireland',
    });
    const turn = (await response.json()) as SerialisedTurn;

    // Assess
    expect(response.status).toBe(200);
    expect(turn.exchanges[0]?.request.request).toMatchObject({
      locale: 'en-GB',
      intent: { name: 'NumberOfInstances' },
    });
    expect(turn.speech).toBe('You have 3 instances in Ireland.');
  });

  it('starts the tab over in the new locale when it switches', async () => {
    // Prepare: a question left open in en-US
    const open = (await (
      await post('/api/say', 'tab-switch-01', 'en-US', { utterance: 'check the cpu' })
    ).json()) as SerialisedTurn;
    expect(open.speech).toBe('Which instance?');

    // Act
    const after = (await (
      await post('/api/say', 'tab-switch-01', 'en-IN', { utterance: 'reporting' })
    ).json()) as SerialisedTurn;

    // Assess: the en-IN session never heard the question, so "reporting" alone is no answer to it
    expect(after.exchanges.every((e) => e.request.request.locale === 'en-IN')).toBe(true);
    expect(after.requests).not.toContain('CheckInstanceMetric');
  });

  it('refuses a locale it has no model for, and changes nothing', async () => {
    // Act
    const response = await post('/api/say', 'tab-bad-0001', 'xx-XX', { utterance: 'list instances' });

    // Assess
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toMatch(/locale must be one of .*en-GB/);
  });
});
