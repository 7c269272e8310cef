// `npm run build`: bundles each Lambda in LAMBDA_BUNDLES into <outdir>/index.js.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { build } from 'esbuild';
import { LAMBDA_BUNDLES } from './LAMBDA_BUNDLES.js';
import { lambdaBundleOptions } from './lambdaBundleOptions.js';

for (const { entry, outdir, splitting } of Object.values(LAMBDA_BUNDLES)) {
  await rm(outdir, { recursive: true, force: true });
  await mkdir(outdir, { recursive: true });
  await build({ entryPoints: { index: entry }, ...lambdaBundleOptions(outdir, splitting) });
  // Lambda decides ESM vs CommonJS from the nearest package.json.
  await writeFile(`${outdir}/package.json`, '{ "type": "module" }\n');
}
console.log(
  `built ${Object.values(LAMBDA_BUNDLES)
    .map((l) => `${l.outdir}/index.js`)
    .join(', ')}`,
);
