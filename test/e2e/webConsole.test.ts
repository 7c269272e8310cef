import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../src/local/console/startLocalStack.js';
import { startWebConsole, type WebConsole } from '../../src/local/console/web/startWebConsole.js';
import { startTestStack } from '../integration/console/startTestStack.js';

/** Debian's chromium: CI installs it (.ci/services.sh); a browser is never downloaded. */
const CHROMIUM = '/usr/bin/chromium';
const SCREENSHOT = join(tmpdir(), 'dbvoice-web-console.png');
const hasChromium = existsSync(CHROMIUM);

if (!hasChromium && process.env.CI === 'true') {
  throw new Error(
    `${CHROMIUM} is missing: CI must install chromium (.ci/services.sh) for the web console test`,
  );
}
if (!hasChromium) {
  console.warn(
    `Skipping the web console browser test: ${CHROMIUM} is missing (apt-get install -y chromium).`,
  );
}

/** Types an utterance, clicks Send, and waits until Alexa's bubble for it has its answer. */
async function say(page: Page, utterance: string) {
  const answered = await page.locator('.bubble.alexa:not(.pending)').count();
  await page.fill('#utterance', utterance);
  await page.click('#send');
  const bubble = page.locator('.bubble.alexa:not(.pending)').nth(answered);
  await bubble.waitFor();
  return bubble;
}

describe.skipIf(!hasChromium)('Web console in headless Chromium', () => {
  let stack: LocalStack;
  let web: WebConsole;
  let context: BrowserContext;
  let profile: string;

  beforeAll(async () => {
    stack = await startTestStack();
    web = await startWebConsole(stack, { port: 0 });
    profile = mkdtempSync(join(tmpdir(), 'dbvoice-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
      viewport: { width: 1280, height: 860 },
    });
  });

  afterAll(async () => {
    await context?.close();
    await web?.close();
    await stack?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it('answers a typed utterance with speech, card, the request JSON and the AWS call log', async () => {
    // Prepare
    const page = await context.newPage();
    await page.goto(web.url);
    await page.locator('.examples button').first().waitFor();

    // Act
    const bubble = await say(page, 'how many instances in Oregon');

    // Assess: the transcript
    expect(await page.locator('.bubble.user').last().textContent()).toContain('how many instances in Oregon');
    expect(await bubble.locator('.text').textContent()).toBe('You have 9 instances in Oregon.');
    expect(await bubble.locator('.card .card-title').textContent()).toBe('Instance count');
    expect(await bubble.locator('.card .card-content').textContent()).toBe('You have 9 instances in Oregon.');
    // The JSON panel, once opened
    const request = page.locator('#exchanges details').first();
    await request.locator('summary').click();
    expect(await request.locator('summary').textContent()).toContain('IntentRequest · NumberOfInstances');
    const json = JSON.parse((await request.locator('pre').textContent()) ?? '{}');
    expect(json.request).toMatchObject({ type: 'IntentRequest', intent: { name: 'NumberOfInstances' } });
    // The call log of the turn
    const operations = await page.locator('#calls tbody td.operation').allTextContents();
    expect(operations).toContain('DescribeDBInstances');
    expect(await page.locator('#calls tbody tr', { hasText: 'DescribeDBInstances' }).textContent()).toContain(
      'us-west-2',
    );

    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    await page.close();
  });

  it('shows markup typed by the user as text, never as HTML', async () => {
    // Prepare
    const page = await context.newPage();
    await page.goto(web.url);
    const hostile = '<img src=x onerror="window.pwned=1"> & <b>bold</b>';

    // Act
    await say(page, hostile);

    // Assess
    expect(await page.locator('.bubble.user .text').last().textContent()).toBe(hostile);
    expect(await page.locator('#transcript img, #transcript b').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    await page.close();
  });

  it('keeps one Alexa session per browser tab', async () => {
    // Prepare: tab A is asked which Region it means; tab B has no question pending
    const tabA = await context.newPage();
    const tabB = await context.newPage();
    await tabA.goto(web.url);
    await tabB.goto(web.url);
    const question = await say(tabA, "what's the engine of hr");

    // Act
    const answerB = await say(tabB, 'Ireland');
    const answerA = await say(tabA, 'Ireland');

    // Assess
    expect(await question.locator('.text').textContent()).toBe(
      'I found hr in Oregon and Ireland. Which Region do you mean?',
    );
    expect(await answerB.locator('.text').textContent()).not.toContain('Oracle');
    expect(await answerA.locator('.text').textContent()).toBe(
      'The engine of hr in Ireland is Oracle Enterprise Edition.',
    );
    await tabA.close();
    await tabB.close();
  });
});
