import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The READMEs whose commands people copy: the root one, lib/README.md and each src/<area>/README.md. */
function readmes(): string[] {
  const areas = readdirSync('src', { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) =>
      readdirSync(`src/${entry.name}`).includes('README.md') ? [`src/${entry.name}/README.md`] : [],
    );
  return ['README.md', 'lib/README.md', ...areas.sort()];
}

interface ShellBlock {
  readonly where: string;
  readonly code: string;
}

/** Every ```bash, ```sh and ```shell fence, named by file and first line. */
function shellBlocks(file: string): ShellBlock[] {
  const blocks: ShellBlock[] = [];
  const lines = readFileSync(file, 'utf8').split('\n');
  for (let index = 0; index < lines.length; index++) {
    const open = /^(\s*)```(bash|sh|shell)\s*$/.exec(lines[index]!);
    if (!open) continue;
    const indent = open[1]!.length;
    const body: string[] = [];
    const start = index + 1;
    for (index++; index < lines.length && !/^\s*```\s*$/.test(lines[index]!); index++)
      body.push(lines[index]!.slice(indent));
    blocks.push({ where: `${file}:${start}`, code: `${body.join('\n')}\n` });
  }
  return blocks;
}

const blocks = readmes().flatMap(shellBlocks);
const shellcheck = spawnSync('shellcheck', ['--version'], { encoding: 'utf8' });
const haveShellcheck = shellcheck.status === 0;
const missing = 'shellcheck is not installed (Debian: apt-get install shellcheck; .ci/run installs it)';

describe('Docs: shell blocks run as written', () => {
  it('finds the shell blocks of every README', () => {
    expect(blocks.length).toBeGreaterThan(10);
  });

  it.each(blocks)('$where has no <placeholder> (bash reads it as a redirection)', ({ code }) => {
    // "--execution-id <id>" parses, as "< id" and "> ..." redirections: it must be a variable instead.
    expect(code.match(/(^|\s)<[A-Za-z][\w-]*>(?=\s|$)/gm) ?? []).toEqual([]);
  });

  it.each(blocks)('$where parses (bash -n)', ({ code }) => {
    const result = spawnSync('bash', ['-n'], { input: code, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  if (!haveShellcheck && process.env.CI !== 'true') {
    console.warn(`skipping the shellcheck half of the docs test: ${missing}`);
    it.skip(`passes shellcheck [skipped: ${missing}]`, () => {});
    return;
  }

  it.each(blocks)('$where passes shellcheck', ({ code }) => {
    expect(haveShellcheck, missing).toBe(true);
    const result = spawnSync('shellcheck', ['--shell=bash', '--format=gcc', '-'], {
      input: code,
      encoding: 'utf8',
    });
    expect(result.stdout).toBe('');
    expect(result.status).toBe(0);
  });
});
