import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SerialisedTurn } from '../../src/local/console/serializeTurn.js';
import { pathPoints } from '../helpers/screenRequests.js';
import { type BrowserConsole, chromiumAvailable, openBrowserConsole } from './browserConsole.js';

/**
 * Where the screenshots go: the README's copies in docs/screenshots only with UPDATE_SCREENSHOTS=1 (their
 * times change every run, so an ordinary run must not leave the tree modified), a temporary folder otherwise.
 */
const SCREENSHOTS = process.env.UPDATE_SCREENSHOTS
  ? join(import.meta.dirname, '../../docs/screenshots')
  : join(tmpdir(), 'dbvoice-screenshots');
const hasChromium = chromiumAvailable('screen test');

/** Says an utterance on the page and returns the turn the console's API answered with. */
async function say(page: Page, utterance: string): Promise<SerialisedTurn> {
  const answer = page.waitForResponse((r) => r.url().endsWith('/api/say'));
  await page.fill('#utterance', utterance);
  await page.click('#send');
  const turn = (await (await answer).json()) as SerialisedTurn;
  await page.locator('.bubble.alexa.pending').waitFor({ state: 'detached' });
  return turn;
}

/** The rendered height in CSS pixels of a text on the scaled screen: legible means at least 9 px. */
async function shownHeight(page: Page, selector: string): Promise<number> {
  const box = await page.locator(selector).first().boundingBox();
  return box?.height ?? 0;
}

describe.skipIf(!hasChromium)('Web console: what a screen device shows (APL in headless Chromium)', () => {
  let browser: BrowserConsole;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    // The inventory kept for a minute, as `npm start` keeps it: fleet health shows engines from it.
    browser = await openBrowserConsole({ width: 1400, height: 900 }, { INVENTORY_TTL_SECONDS: '60' });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('draws the metric chart: one path point per datapoint, axis and times legible', async () => {
    // Prepare
    const page = await browser.context.newPage();
    await page.goto(browser.web.url);
    // Act
    const turn = await say(page, "what's the cpu on reporting in oregon over the last hour");
    // Assess
    const chart = (turn.screen as unknown as { datasources: { chart: { points: unknown[] } } }).datasources
      .chart;
    const screen = page.locator('#screen');
    // The graphic's paths: the grid, the firing alarm's threshold (dashed), the datapoints' line
    const paths = screen.locator('[data-apl-id="chartLine"] path');
    await paths.nth(2).waitFor();
    const line = await paths.nth(2).getAttribute('d');
    expect(pathPoints(line ?? '')).toHaveLength(chart.points.length);
    expect(pathPoints((await paths.nth(1).getAttribute('d')) ?? '')).toHaveLength(2);
    expect(await paths.nth(1).getAttribute('stroke-dasharray')).toBeTruthy();
    expect(await screen.locator('[data-apl-id="chartThreshold"]').textContent()).toBe(
      'prod-reporting-01-high-cpu: alarm above 80%',
    );
    expect(await screen.locator('[data-apl-id="chartTitle"]').textContent()).toBe('CPUUtilization');
    expect(await screen.locator('[data-apl-id="chartSubtitle"]').textContent()).toContain(
      'Average per 5 minutes',
    );
    expect(await screen.locator('[data-apl-id="axisTop"]').textContent()).toBe('100%');
    expect(await screen.locator('[data-apl-id="timeEnd"]').textContent()).toMatch(
      /^\d{1,2}:\d{2} [AP]M UTC$/,
    );
    expect(await shownHeight(page, '#screen [data-apl-id="axisTop"]')).toBeGreaterThanOrEqual(9);
    const graphic = await screen.locator('[data-apl-id="chartLine"]').boundingBox();
    expect(graphic!.width).toBeGreaterThan(300);
    expect(graphic!.height).toBeGreaterThan(100);
    await screen.screenshot({ path: join(SCREENSHOTS, 'screen-chart.png') });
    await page.close();
  });

  it('draws a storage check as one bar per tablespace, as wide as its usage', async () => {
    // Prepare
    const page = await browser.context.newPage();
    await page.goto(browser.web.url);
    // Act
    const turn = await say(page, 'tablespace usage for hr in oregon');
    // Assess
    const rows = (
      turn.screen as unknown as { datasources: { card: { rows: { label: string; width: string }[] } } }
    ).datasources.card.rows;
    const bars = page.locator('#screen [data-apl-id="bar"]');
    expect(await bars.count()).toBe(rows.length);
    for (let i = 0; i < rows.length; i++) {
      const bar = await bars.nth(i).boundingBox();
      const track = await bars.nth(i).locator('..').boundingBox();
      expect(bar!.width / track!.width).toBeCloseTo(Number.parseFloat(rows[i]!.width) / 100, 1);
    }
    expect(await page.locator('#screen').textContent()).toContain(rows[0]!.label);
    // The percentage beside each bar is on screen, not squeezed to nothing
    const value = page.locator('#screen [data-apl-type="Text"]', { hasText: /^\d+(\.\d+)?%$/ }).first();
    expect((await value.boundingBox())!.width).toBeGreaterThan(10);
    await page.locator('#screen').screenshot({ path: join(SCREENSHOTS, 'screen-storage.png') });
    await page.close();
  });

  it('lists instances as touchable rows, and a touch answers for that instance', async () => {
    // Prepare
    const page = await browser.context.newPage();
    await page.goto(browser.web.url);
    const turn = await say(page, 'list instances in oregon');
    const items = (
      turn.screen as unknown as { datasources: { list: { items: { name: string; status: string }[] } } }
    ).datasources.list.items;
    const rows = page.locator('#screen .apl-touch');
    // Assess the list
    expect(await rows.count()).toBe(items.length);
    expect(await page.locator('#screen [data-apl-id="listTitle"]').textContent()).toBe(
      `${items.length} instances`,
    );
    expect(await rows.nth(1).textContent()).toContain(items[1]!.name);
    expect(await rows.nth(1).textContent()).toContain('Oregon');
    expect(await shownHeight(page, '#screen .apl-touch .apl-text')).toBeGreaterThanOrEqual(9);
    await page.locator('#screen').screenshot({ path: join(SCREENSHOTS, 'screen-list.png') });
    // Act: touch the second row
    const answered = page.waitForResponse((r) => r.url().endsWith('/api/touch'));
    await rows.nth(1).click();
    const touched = (await (await answered).json()) as SerialisedTurn;
    await page.locator('.bubble.alexa.pending').waitFor({ state: 'detached' });
    // Assess the answer
    expect(touched.speech).toBe(`The status of ${items[1]!.name} in Oregon is ${items[1]!.status}.`);
    expect(await page.locator('.bubble.alexa .text').last().textContent()).toBe(touched.speech);
    await page.close();
  });

  it('lists the fleet-health issues with status, Region and engine, and a touch answers for that instance', async () => {
    // Prepare
    const page = await browser.context.newPage();
    await page.goto(browser.web.url);
    const turn = await say(page, 'how is the fleet');
    const items = (
      turn.screen as unknown as {
        datasources: {
          list: { items: { label: string; name: string; regionName: string; detail: string }[] };
        };
      }
    ).datasources.list.items;
    const rows = page.locator('#screen .apl-touch');
    // Assess the list: every issue a row, its engine shown
    expect(await rows.count()).toBe(items.length);
    for (let i = 0; i < items.length; i++) {
      expect(await rows.nth(i).textContent()).toContain(items[i]!.regionName);
      expect(items[i]!.detail, items[i]!.label).not.toBe('');
      expect(await rows.nth(i).textContent()).toContain(items[i]!.detail);
    }
    await page.locator('#screen').screenshot({ path: join(SCREENSHOTS, 'screen-fleet-health.png') });
    // Act: touch the row of the instance with alarms
    const index = items.findIndex((item) => item.label === 'reporting');
    const answered = page.waitForResponse((r) => r.url().endsWith('/api/touch'));
    await rows.nth(index).click();
    const touched = (await (await answered).json()) as SerialisedTurn;
    await page.locator('.bubble.alexa.pending').waitFor({ state: 'detached' });
    // Assess the answer
    expect(touched.speech).toMatch(/^The status of reporting in Oregon is /);
    await page.close();
  });
});
