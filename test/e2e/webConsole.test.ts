import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserConsole, chromiumAvailable, openBrowserConsole } from './browserConsole.js';

const SCREENSHOT = join(tmpdir(), 'dbvoice-web-console.png');
const hasChromium = chromiumAvailable('web console browser test');

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
  let browser: BrowserConsole;

  beforeAll(async () => {
    browser = await openBrowserConsole({ width: 1280, height: 860 });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('answers a typed utterance with speech, card, the request JSON and the AWS call log', async () => {
    // Prepare
    const page = await browser.context.newPage();
    await page.goto(browser.web.url);
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
    const page = await browser.context.newPage();
    await page.goto(browser.web.url);
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
    const tabA = await browser.context.newPage();
    const tabB = await browser.context.newPage();
    await tabA.goto(browser.web.url);
    await tabB.goto(browser.web.url);
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

  it('speaks the locale chosen in the switch: British phrasing through the en-GB model, kept on reload', async () => {
    // Prepare
    const page = await browser.context.newPage();
    await page.goto(browser.web.url);
    await page.locator('#locale option[value="en-GB"]').waitFor({ state: 'attached' });

    // Act
    await page.selectOption('#locale', 'en-GB');
    const answer = await (await say(page, 'how many databases have we got in Ireland'))
      .locator('.text')
      .textContent();
    await page.reload();
    await page.locator('#locale option[value="en-GB"]').waitFor({ state: 'attached' });

    // Assess
    expect(answer).toBe('You have 3 instances in Ireland.');
    expect(await page.locator('#locale').inputValue()).toBe('en-GB');
    expect(await page.locator('html').getAttribute('lang')).toBe('en-GB');
    await page.close();
  });
});
