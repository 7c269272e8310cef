import * as nodeCrypto from 'node:crypto';
import type { Plugin } from 'esbuild';

/**
 * Every function node:crypto exports (createHash, randomUUID, pbkdf2Sync, ...), read from this node at build
 * time. Its classes and constants (Hash, KeyObject, constants, webcrypto) are not wrapped: importing one from
 * our code fails the build with esbuild's "No matching export in lazy-node-crypto", pointing here.
 */
const FUNCTIONS = Object.entries(nodeCrypto)
  .filter(([name, value]) => typeof value === 'function' && /^[a-z]/.test(name))
  .map(([name]) => name);

/** Our own sources and Powertools; the SDK and mysql2 keep their imports (they use crypto as they load). */
function importsLazily(importer: string): boolean {
  return !importer.includes('/node_modules/') || importer.includes('/node_modules/@aws-lambda-powertools/');
}

const FACADE = [
  "import { createRequire } from 'node:module';",
  'const requireBuiltin = createRequire(import.meta.url);',
  ...FUNCTIONS.map(
    (name) => `export const ${name} = (...args) => requireBuiltin('node:crypto').${name}(...args);`,
  ),
  `export default { ${FUNCTIONS.join(', ')} };`,
].join('\n');

/**
 * Loads node:crypto on the first call instead of at module load. Importing it costs a cold start about 8 ms
 * of CPU (it pulls in streams and a dozen internal crypto modules; 20-30 ms of wall time on a busy machine),
 * and the Launch and Help answers never call it: the Logger imports randomInt only for debug sampling, and
 * the user-id hash and MFA code run on the intents that read state. node caches the builtin, so later calls
 * pay one lookup.
 */
export function lazyNodeCryptoPlugin(): Plugin {
  return {
    name: 'lazy-node-crypto',
    setup(build) {
      build.onResolve({ filter: /^(node:)?crypto$/ }, (args) =>
        importsLazily(args.importer) ? { path: 'node:crypto', namespace: 'lazy-node-crypto' } : undefined,
      );
      build.onLoad({ filter: /.*/, namespace: 'lazy-node-crypto' }, () => ({
        contents: FACADE,
        loader: 'js',
      }));
    },
  };
}
