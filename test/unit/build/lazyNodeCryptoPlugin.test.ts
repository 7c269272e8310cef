import { execFileSync } from 'node:child_process';
import { createHash, pbkdf2Sync } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { lambdaBundleOptions } from '../../../src/build/lambdaBundleOptions.js';

/** Bundles `source` the way `npm run build` bundles a Lambda; returns the bundle's folder. */
async function bundle(source: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'dbvoice-lazy-crypto-'));
  writeFileSync(join(dir, 'entry.ts'), source);
  const outdir = join(dir, 'out');
  await build({
    entryPoints: { index: join(dir, 'entry.ts') },
    ...lambdaBundleOptions(outdir, true),
    // The entry lives in a temporary folder; its packages are the project's.
    nodePaths: [fileURLToPath(new URL('../../../node_modules', import.meta.url))],
  });
  writeFileSync(join(outdir, 'package.json'), '{ "type": "module" }\n');
  return outdir;
}

/** Runs `script` after importing the bundle as `m` in a fresh node, the way a cold Lambda starts. */
function runFresh(outdir: string, script: string): string {
  const entry = JSON.stringify(pathToFileURL(join(outdir, 'index.js')).href);
  return execFileSync(
    process.execPath,
    ['--input-type=module', '-e', `const m = await import(${entry});\n${script}`],
    { encoding: 'utf8' },
  );
}

const loadsCrypto = "process.moduleLoadList.includes('NativeModule crypto')";

describe('lazyNodeCryptoPlugin', () => {
  it('leaves node:crypto unloaded until a function is called, then answers as node:crypto does', async () => {
    // Prepare
    const outdir = await bundle(
      "import { createHash, pbkdf2Sync } from 'node:crypto';\nexport const hash = (s: string) => createHash('sha256').update(pbkdf2Sync(s, 'salt', 2, 8, 'sha256')).digest('hex');\n",
    );

    // Act
    const output = runFresh(
      outdir,
      `const before = ${loadsCrypto}; const hash = m.hash('dbvoice'); console.log(JSON.stringify({ before, after: ${loadsCrypto}, hash }));`,
    );

    // Assess
    expect(JSON.parse(output)).toEqual({
      before: false,
      after: true,
      hash: createHash('sha256')
        .update(pbkdf2Sync('dbvoice', 'salt', 2, 8, 'sha256'))
        .digest('hex'),
    });
  });

  it('keeps the Powertools Logger from loading node:crypto when a bundle is imported and logs', async () => {
    // Prepare
    const outdir = await bundle(
      "import { Logger } from '@aws-lambda-powertools/logger';\nexport const log = () => new Logger({ serviceName: 't' }).info('hello');\n",
    );

    // Act
    const output = runFresh(outdir, `m.log(); console.log(${loadsCrypto});`);

    // Assess
    expect(output.trim().split('\n')).toEqual([expect.stringContaining('"message":"hello"'), 'false']);
  });

  it('fails the build, naming the import, when code imports a class it cannot defer', async () => {
    // Act
    const built = bundle(
      "import { KeyObject } from 'node:crypto';\nexport const isKey = (k: unknown) => k instanceof KeyObject;\n",
    );

    // Assess
    await expect(built).rejects.toThrow(
      /No matching export in "lazy-node-crypto:node:crypto" for import "KeyObject"/,
    );
  });
});
