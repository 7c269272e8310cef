import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** Relative imports in the minified chunks: `from"./chunk-X.js"`, `import("./chunks/dist-cjs-Y.js")`. */
const RELATIVE_IMPORT = /(?:from|import)\s*\(?\s*["'](\.\.?\/[^"']+\.js)["']/g;

function listJsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.js'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** The first import that points at a file the copy does not have (a build was half-way through). */
function firstMissingImport(dir: string): string | undefined {
  if (!existsSync(join(dir, 'index.js'))) return 'index.js';
  for (const file of listJsFiles(dir)) {
    for (const match of readFileSync(file, 'utf8').matchAll(RELATIVE_IMPORT)) {
      const target = join(dirname(file), match[1] ?? '');
      if (!existsSync(target)) return target;
    }
  }
  return undefined;
}

/**
 * Copies the bundle to a private temporary folder and loads it from there. The skill is code-split and loads
 * chunks lazily, so a `npm run build` in another terminal (which deletes dist/skill and writes new chunk
 * names) would otherwise break a console that has been running for a while. Returns the copy's folder.
 */
export async function snapshotSkillBundle(bundleDir: string): Promise<string> {
  let missing: string | undefined;
  for (let attempt = 0; attempt < 5; attempt++) {
    const copy = mkdtempSync(join(tmpdir(), 'dbvoice-skill-'));
    try {
      cpSync(bundleDir, copy, { recursive: true });
      missing = firstMissingImport(copy);
    } catch (error) {
      missing = (error as Error).message;
    }
    if (missing === undefined) return copy;
    rmSync(copy, { recursive: true, force: true });
    await sleep(500);
  }
  throw new Error(`${bundleDir} is incomplete (${missing}); is a build running? Try npm run build.`);
}
