import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../console/repoRoot.js';
import { closestMatch } from '../emulator/core/closestMatch.js';
import { parseCommandLine } from '../emulator/core/parseCommandLine.js';
import { runCommand } from '../emulator/core/runCommand.js';
import { UsageError } from '../emulator/core/UsageError.js';
import { measureAllRegions } from './measureAllRegions.js';
import { measureCallsPerIntent } from './measureCallsPerIntent.js';
import { measureColdStart } from './measureColdStart.js';
import { measureFaults } from './measureFaults.js';
import { measureFleetHealth } from './measureFleetHealth.js';
import { measureLatency } from './measureLatency.js';

/** The sections, in the order they run; `--only` picks one by its key. */
const SECTIONS = ['calls', 'latency', 'all-regions', 'fleet-health', 'faults', 'cold-start'] as const;
type Section = (typeof SECTIONS)[number];

const USAGE = `Usage:
  npm run bench [-- [--quick] [--only <section>]]

Options:
  --quick           fewer samples and smaller fleets
  --only <section>  run one section: ${SECTIONS.join(', ')}
  -h, --help        this text`;

function sectionFrom(value: string | undefined): Section | undefined {
  if (value === undefined) return undefined;
  if ((SECTIONS as readonly string[]).includes(value)) return value as Section;
  const match = closestMatch(value, SECTIONS);
  throw new UsageError(
    `--only ${value}: not a section${match ? `; did you mean ${match}?` : `; use one of ${SECTIONS.join(', ')}`}`,
  );
}

/**
 * `npm run bench`: builds the skill once, then measures it through the local stack (emulator over real
 * HTTP, bundled skill in a Lambda-like container) and writes bench-results/bench.md. `--quick` takes fewer
 * samples. Exits 1 when a target is missed, so a regression is visible.
 */
async function main(): Promise<number> {
  const { values } = parseCommandLine({
    args: process.argv.slice(2),
    options: {
      quick: { type: 'boolean' },
      only: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const quick = values.quick ?? false;
  const only = sectionFrom(values.only);
  execFileSync('npm', ['run', '-s', 'build'], { cwd: repoRoot, stdio: 'inherit' });
  const bundleDir = join(repoRoot, 'dist/skill');
  const sections: string[] = [
    `# dbvoice benchmarks\n\n${new Date().toISOString()} · node ${process.version} · ${quick ? 'quick' : 'full'} run${only ? ` · ${only} only` : ''}\n`,
  ];
  const results: boolean[] = [];
  const section = async (key: Section, title: string, run: () => Promise<{ table: string; ok: boolean }>) => {
    if (only !== undefined && only !== key) return;
    process.stderr.write(`bench: ${title}…\n`);
    const { table, ok } = await run();
    results.push(ok);
    sections.push(`## ${title}${ok ? '' : ' (TARGET MISSED)'}\n\n${table}\n`);
    process.stdout.write(`\n## ${title}\n\n${table}\n`);
  };

  await section('calls', 'AWS calls per intent (one Region)', () =>
    measureCallsPerIntent(bundleDir, quick ? [10, 100] : [10, 100, 1000]),
  );
  await section('latency', 'Response time at 50 ms per AWS call', () =>
    measureLatency(bundleDir, { latencyMs: 50, samples: quick ? 5 : 20, instances: 100 }),
  );
  await section('all-regions', '"All regions" across 20 Regions (50 ms per call)', () =>
    measureAllRegions(bundleDir, { regions: 20, perRegion: 50, latencyMs: 50, samples: quick ? 2 : 5 }),
  );
  await section(
    'fleet-health',
    '"How is the fleet" and the busiest instance across 20 Regions (50 ms per call)',
    () =>
      measureFleetHealth(bundleDir, {
        regions: 20,
        perRegion: quick ? [10, 100] : [10, 100, 1000],
        latencyMs: 50,
        samples: quick ? 2 : 5,
      }),
  );
  await section('faults', 'Every intent under injected faults', async () => {
    const result = await measureFaults(bundleDir);
    return {
      ok: result.ok,
      table: `${result.table}\n\nWorst bastion-check response when the bastion never answers: ${result.worstBastionMs} ms.`,
    };
  });
  await section('cold-start', 'Cold start of the bundled skill', () =>
    measureColdStart(bundleDir, quick ? 5 : 15),
  );

  mkdirSync(join(repoRoot, 'bench-results'), { recursive: true });
  const out = join(repoRoot, 'bench-results/bench.md');
  writeFileSync(out, sections.join('\n'));
  process.stderr.write(`bench: wrote ${out}\n`);
  return results.some((ok) => !ok) ? 1 : 0;
}

runCommand(main, USAGE);
