import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export interface EnsureSkillBundleOptions {
  readonly repoRoot: string;
  /** Where `npm run build`'s own output goes (stderr by default, so `say --json` keeps stdout clean). */
  readonly buildOutput?: NodeJS.WritableStream;
  /** Called once before a build starts, to tell the user why they are waiting. */
  readonly onBuild?: (reason: string) => void;
}

/** Folders of src/ that are not part of the skill bundle: editing them must not trigger a rebuild. */
const NOT_IN_BUNDLE = new Set(['local', 'user-management']);
const LOCK_STALE_MS = 5 * 60_000;

function newestMtime(path: string, skip: ReadonlySet<string> = new Set()): number {
  let newest = 0;
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    if (skip.has(entry.name)) continue;
    const child = join(path, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(child) : statSync(child).mtimeMs);
  }
  return newest;
}

function mtimeOrZero(path: string): number {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

/** Why dist/skill must be (re)built, or undefined when it is newer than everything it is built from. */
function staleReason(repoRoot: string): string | undefined {
  const built = mtimeOrZero(join(repoRoot, 'dist/skill/index.js'));
  if (built === 0) return 'dist/skill/index.js is missing';
  const sources = Math.max(
    newestMtime(join(repoRoot, 'src'), NOT_IN_BUNDLE),
    mtimeOrZero(join(repoRoot, 'package-lock.json')),
    mtimeOrZero(join(repoRoot, 'package.json')),
  );
  return sources > built ? 'dist/skill is older than src/' : undefined;
}

function runBuild(repoRoot: string, output: NodeJS.WritableStream): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', 'build'], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.pipe(output, { end: false });
    child.stderr.pipe(output, { end: false });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`npm run build failed with exit code ${code}`)),
    );
  });
}

/**
 * Two consoles or test files starting together must not both run the build: the build deletes dist/skill
 * first, which would pull the bundle from under the other one. A directory is an atomic lock.
 */
async function withBuildLock<T>(repoRoot: string, work: () => Promise<T>): Promise<T> {
  const key = createHash('sha256').update(repoRoot).digest('hex').slice(0, 12);
  const lock = join(tmpdir(), `dbvoice-build-${key}.lock`);
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() - mtimeOrZero(lock) > LOCK_STALE_MS) rmSync(lock, { recursive: true, force: true });
      await sleep(200);
    }
  }
  try {
    return await work();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** Builds dist/skill with `npm run build` when it is missing or older than the sources; returns its path. */
export async function ensureSkillBundle(options: EnsureSkillBundleOptions): Promise<string> {
  const { repoRoot } = options;
  const bundleDir = join(repoRoot, 'dist/skill');
  if (staleReason(repoRoot) === undefined) return bundleDir;
  await withBuildLock(repoRoot, async () => {
    // Someone else may have built while this process waited for the lock.
    const reason = staleReason(repoRoot);
    if (reason === undefined) return;
    options.onBuild?.(reason);
    await runBuild(repoRoot, options.buildOutput ?? process.stderr);
  });
  return bundleDir;
}
