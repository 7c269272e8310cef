// Bundles each Lambda into dist/<name>/index.js (ESM, node20 target so one bundle runs on nodejs20.x and
// nodejs22.x). The skill is code-split so AWS SDK clients load only when an intent needs them.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { build } from 'esbuild';

const lambdas = [
  { name: 'skill', entry: 'src/skill/index.ts', splitting: true },
  { name: 'user-management', entry: 'src/user-management/index.ts', splitting: false },
];

// Some CommonJS dependencies call require() for Node built-ins; an ESM bundle needs it defined.
const banner =
  "import { createRequire as __dbvoiceCreateRequire } from 'node:module';\nconst require = __dbvoiceCreateRequire(import.meta.url);";

for (const { name, entry, splitting } of lambdas) {
  const outdir = `dist/${name}`;
  await rm(outdir, { recursive: true, force: true });
  await mkdir(outdir, { recursive: true });
  await build({
    entryPoints: { index: entry },
    outdir,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    splitting,
    chunkNames: 'chunks/[name]-[hash]',
    sourcemap: true,
    minify: true,
    keepNames: true,
    legalComments: 'none',
    // Prefer the packages' ESM builds: with code splitting, a dynamic import() of a CommonJS build would
    // hand back only { default }, and `new (await import('@smithy/node-http-handler')).NodeHttpHandler`
    // would fail at run time.
    mainFields: ['module', 'main'],
    banner: { js: banner },
    logLevel: 'warning',
  });
  // Lambda decides ESM vs CommonJS from the nearest package.json.
  await writeFile(`${outdir}/package.json`, '{ "type": "module" }\n');
}
console.log(`built ${lambdas.map((l) => `dist/${l.name}/index.js`).join(', ')}`);
