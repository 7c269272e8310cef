import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import { lambdaBundleOptions } from '../../../build/lambdaBundleOptions.js';
import { repoRoot } from '../../console/repoRoot.js';

/** The reference programs, bundled like the skill, as outdir/<name>/index.js. */
export const COLD_START_FLOORS = {
  askSdkLaunch: 'src/local/bench/floors/askSdkLaunchFloor.ts',
  rdsDescribe: 'src/local/bench/floors/rdsDescribeFloor.ts',
  powertoolsLog: 'src/local/bench/floors/powertoolsLogFloor.ts',
} as const;

export async function buildColdStartFloors(
  outdir: string,
): Promise<Record<keyof typeof COLD_START_FLOORS, string>> {
  const dirs = {} as Record<keyof typeof COLD_START_FLOORS, string>;
  for (const [name, entry] of Object.entries(COLD_START_FLOORS) as [
    keyof typeof COLD_START_FLOORS,
    string,
  ][]) {
    const dir = join(outdir, name);
    await mkdir(dir, { recursive: true });
    await build({
      entryPoints: { index: join(repoRoot, entry) },
      ...lambdaBundleOptions(dir, false),
      sourcemap: false,
    });
    await writeFile(join(dir, 'package.json'), '{ "type": "module" }\n');
    dirs[name] = dir;
  }
  return dirs;
}
