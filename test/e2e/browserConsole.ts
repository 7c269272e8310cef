import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import type { LocalStack } from '../../src/local/console/startLocalStack.js';
import { startWebConsole, type WebConsole } from '../../src/local/console/web/startWebConsole.js';
import { startTestStack } from '../integration/console/startTestStack.js';

/** Debian's chromium: CI installs it (.ci/services.sh); a browser is never downloaded. */
const CHROMIUM = '/usr/bin/chromium';

/**
 * Whether the browser tests can run here. Under CI=true a missing chromium is an install step gone wrong and
 * fails the file; on a laptop without it the tests skip and say why.
 */
export function chromiumAvailable(what: string): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI === 'true') {
    throw new Error(`${CHROMIUM} is missing: CI must install chromium (.ci/services.sh) for the ${what}`);
  }
  console.warn(`Skipping the ${what}: ${CHROMIUM} is missing (apt-get install -y chromium).`);
  return false;
}

/** The local stack, its web console and a fresh headless Chromium profile looking at it. */
export interface BrowserConsole {
  readonly stack: LocalStack;
  readonly web: WebConsole;
  readonly context: BrowserContext;
  close(): Promise<void>;
}

/** `env`: settings for the skill beyond the test stack's (which keeps the inventory cache 1 ms). */
export async function openBrowserConsole(
  viewport: { width: number; height: number },
  env: Readonly<Record<string, string>> = {},
): Promise<BrowserConsole> {
  const stack = await startTestStack(env);
  const web = await startWebConsole(stack, { port: 0 });
  const profile = mkdtempSync(join(tmpdir(), 'dbvoice-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    viewport,
  });
  return {
    stack,
    web,
    context,
    async close() {
      await context.close();
      await web.close();
      await stack.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
