import type { BuildOptions } from 'esbuild';
import { lazyNodeCryptoPlugin } from './lazyNodeCryptoPlugin.js';

// Some CommonJS dependencies call require() for Node built-ins; an ESM bundle needs it defined.
const banner =
  "import { createRequire as __dbvoiceCreateRequire } from 'node:module';\nconst require = __dbvoiceCreateRequire(import.meta.url);";

/**
 * How every Lambda bundle is built: ESM for a node20 target, so one bundle runs on nodejs20.x and nodejs22.x.
 * Shared by the build and by the cold-start benchmark's reference programs, so both pay the same loader costs.
 */
export function lambdaBundleOptions(outdir: string, splitting: boolean): BuildOptions {
  return {
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
    plugins: [lazyNodeCryptoPlugin()],
    logLevel: 'warning',
  };
}
