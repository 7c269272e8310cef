import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../../src/local/console/repoRoot.js';
import { interactionModelLocales } from '../../../src/local/simulator/interactionModelLocales.js';

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs an npm script the way a user (or a CI step) does, with `input` as stdin; never a terminal. */
function npm(args: readonly string[], input = ''): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', ...args], {
      cwd: repoRoot,
      env: { ...process.env, NO_COLOR: '1' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

/** A fleet file of your own, `yaml`, in a new temporary folder `dir` (the caller removes it). */
function writeFleet(prefix: string, yaml: string): { readonly dir: string; readonly fleet: string } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const fleet = join(dir, 'fleet.yaml');
  writeFileSync(fleet, yaml);
  return { dir, fleet };
}

describe('Console: command line', () => {
  it('say --json --fleet FILE answers from your own fleet as parseable JSON and exits 0', {
    timeout: 90_000,
  }, async () => {
    // Prepare: a one-Region fleet of your own
    const { dir, fleet } = writeFleet(
      'dbvoice-fleet-',
      [
        'regions:',
        '  eu-central-1:',
        '    instances:',
        '      - { identifier: prod-ledger-01, engine: postgres, tags: { instance: ledger, application: finance } }',
        '      - { identifier: prod-ledger-02, engine: postgres, tags: { instance: ledger-replica, application: finance } }',
        '',
      ].join('\n'),
    );

    // Act
    const run = await npm(['say', '--', '--json', '--fleet', fleet, 'how many instances in Frankfurt']);
    rmSync(dir, { recursive: true, force: true });

    // Assess
    expect(run.code, run.stderr).toBe(0);
    const output = JSON.parse(run.stdout) as {
      turns: { speech: string; requests: string[]; calls: { operation: string; region: string }[] }[];
    };
    expect(output.turns).toHaveLength(1);
    expect(output.turns[0]?.speech).toBe('You have 2 instances in Frankfurt.');
    expect(output.turns[0]?.requests).toEqual(['NumberOfInstances']);
    expect(output.turns[0]?.calls).toContainEqual(
      expect.objectContaining({ operation: 'DescribeDBInstances', region: 'eu-central-1' }),
    );
  });

  it('say runs several utterances as one conversation and prints them as text', {
    timeout: 90_000,
  }, async () => {
    // Act
    const run = await npm(['say', '--', "what's the engine of hr", 'Ireland']);

    // Assess
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain("Alexa> what's the engine of hr\nAlexa: I found hr in Oregon and Ireland.");
    expect(run.stdout).toContain(
      'Alexa> Ireland\nAlexa: The engine of hr in Ireland is Oracle Enterprise Edition.',
    );
    expect(run.stdout).toContain('┌ Card: hr: property');
  });

  it("say takes .mfa as the code the fleet's device shows, so a reboot runs from the command line", {
    timeout: 90_000,
  }, async () => {
    // Act
    const run = await npm(['say', '--', 'reboot payroll in oregon', '.mfa', 'yes']);

    // Assess
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/Alexa> (zero|one|two|three|four|five|six|seven|eight|nine)( \w+){5}\n/);
    expect(run.stdout).toContain('Alexa: Reboot payroll in Oregon?');
    expect(run.stdout).toContain('Alexa> yes\nAlexa: Rebooting payroll in Oregon.');
  });

  it('say --locale en-gb (any case) hears British phrasing through the en-GB model and answers in en-GB', {
    timeout: 90_000,
  }, async () => {
    // Act
    const run = await npm([
      'say',
      '--',
      '--json',
      '--locale',
      'en-gb',
      'how many databases have we got in Ireland',
      "what's the cpu like on reporting",
    ]);

    // Assess
    expect(run.code, run.stderr).toBe(0);
    const output = JSON.parse(run.stdout) as {
      turns: {
        speech: string;
        requests: string[];
        exchanges: { request: { request: { locale: string } } }[];
      }[];
    };
    expect(output.turns.map((turn) => turn.requests)).toEqual([
      ['NumberOfInstances'],
      ['CheckInstanceMetric'],
    ]);
    expect(output.turns[0]?.speech).toBe('You have 3 instances in Ireland.');
    expect(output.turns[1]?.speech).toMatch(/^The CPU utilisation of reporting in Oregon is /);
    expect(output.turns[0]?.exchanges[0]?.request.request.locale).toBe('en-GB');
  });

  it("say --model-dir DIR hears your fleet's names through the models npm run model -- --out DIR wrote", {
    timeout: 120_000,
  }, async () => {
    // Prepare: a fleet whose instance name the committed models do not know, and its en-GB model
    const { dir, fleet } = writeFleet(
      'dbvoice-model-dir-',
      [
        'regions:',
        '  eu-central-1:',
        '    instances:',
        '      - { identifier: prod-ledger-01, engine: postgres, tags: { instance: zephyr-ledger, application: finance } }',
        '',
      ].join('\n'),
    );
    const models = join(dir, 'models');
    const generated = await npm(['model', '--', '--fleet', fleet, '--locale', 'en-GB', '--out', models]);
    expect(generated.code, generated.stderr).toBe(0);

    // Act
    const run = await npm([
      'say',
      '--',
      '--json',
      '--fleet',
      fleet,
      '--model-dir',
      models,
      '--locale',
      'en-GB',
      "what's the engine of zephyr ledger",
    ]);
    rmSync(dir, { recursive: true, force: true });

    // Assess: the name resolves through the model's DB_INSTANCE values, as on a skill built from that model
    expect(run.code, run.stderr).toBe(0);
    const output = JSON.parse(run.stdout) as {
      turns: {
        speech: string;
        exchanges: {
          request: {
            request: {
              intent: {
                slots: Record<
                  string,
                  {
                    resolutions?: {
                      resolutionsPerAuthority: {
                        authority: string;
                        status: { code: string };
                        values: { value: { id: string } }[];
                      }[];
                    };
                  }
                >;
              };
            };
          };
        }[];
      }[];
    };
    expect(output.turns[0]?.speech).toBe('The engine of zephyr-ledger in Frankfurt is PostgreSQL.');
    const staticAuthority =
      output.turns[0]?.exchanges[0]?.request.request.intent.slots.instance?.resolutions?.resolutionsPerAuthority.find(
        (authority) => authority.authority.endsWith('.DB_INSTANCE'),
      );
    expect(staticAuthority?.status.code).toBe('ER_SUCCESS_MATCH');
    expect(staticAuthority?.values[0]?.value.id).toBe('zephyr-ledger');
  });

  it("say keeps the AWS SDK's node version warning out of a user-management turn", {
    timeout: 90_000,
  }, async () => {
    // Act: the emulator runs the user-management handler (and its SDK clients) in the console's process.
    const run = await npm(['say', '--', 'list the users on the dev reporting database']);

    // Assess: on node < 22 the SDK would print its eight-line NodeVersionSupportWarning to stderr here.
    expect(run.stdout).toContain('ListDatabaseUsers');
    expect(run.stdout).toContain('ssm StartAutomationExecution');
    expect(run.stderr).not.toContain('NodeVersionSupportWarning');
    expect(run.stdout).not.toContain('NodeVersionSupportWarning');
  });

  it('say without an utterance explains its usage and exits 2', async () => {
    // Act
    const run = await npm(['say']);

    // Assess
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('say needs at least one utterance');
    expect(run.stderr).toContain('--fleet FILE');
  });

  describe('a user mistake gets one message and the usage, exit code 2, no stack trace', () => {
    const { dir, fleet: badFleet } = writeFleet(
      'dbvoice-bad-fleet-',
      'regions:\n  us-west-2:\n    instances:\n      - { identifier: a, engine: postgress }\n',
    );
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it.each([
      [['start', '--', '--bad-flag'], 'unknown option --bad-flag', 'npm start'],
      [
        ['say', '--', '--locale', 'en-NZ', 'hello'],
        `--locale takes one of ${interactionModelLocales().join(', ')} (a locale with interaction-model/<locale>.json); not en-NZ`,
        'npm start',
      ],
      [['start', '--', '--fleeet', 'x.yaml'], 'unknown option --fleeet; did you mean --fleet?', 'npm start'],
      [
        ['say', '--', '--screen', 'huge', 'hi'],
        '--screen takes hub, round, tv (or nothing, for hub); not huge; did you mean hub?',
        'npm start',
      ],
      [
        ['say', '--', '--model-dir', 'no-such-dir', 'hi'],
        `--model-dir ${join(repoRoot, 'no-such-dir')} is not a directory`,
        'npm start',
      ],
      [
        ['say', '--', '--fleet', 'missing.yaml', 'hello'],
        `cannot read fleet file ${join(repoRoot, 'missing.yaml')}: no such file`,
        'npm start',
      ],
      [
        ['say', '--', '--fleet', badFleet, 'hello'],
        `${badFleet}: regions.us-west-2.instances[0].engine: "postgress" is not a valid value; did you mean postgres?`,
        'npm start',
      ],
      [
        ['emulator', '--', '--port', 'abc'],
        '--port needs a port number (0-65535), not "abc"',
        'npm run emulator',
      ],
      [
        ['emulator', '--', '--fleet', badFleet],
        `${badFleet}: regions.us-west-2.instances[0].engine: "postgress" is not a valid value; did you mean postgres?`,
        'npm run emulator',
      ],
      [['bench', '--', '--quik'], 'unknown option --quik; did you mean --quick?', 'npm run bench'],
      [
        ['bench', '--', '--only', 'cold-strat'],
        '--only cold-strat: not a section; did you mean cold-start?',
        'npm run bench',
      ],
    ])('npm run %j', async (args, message, usage) => {
      // Act
      const run = await npm(args);

      // Assess
      expect(run.code).toBe(2);
      expect(run.stderr.split('\n\n')[0]).toBe(message);
      expect(run.stderr).toContain(`Usage:\n  ${usage}`);
      expect(run.stderr).not.toMatch(/^\s+at /m);
      expect(run.stdout).toBe('');
    });
  });

  it('npm start reads stdin without a terminal, answers each line, and exits at the end of input', {
    timeout: 90_000,
  }, async () => {
    // Act
    const run = await npm(['start', '--', '--web-port', '0'], 'how many instances in Oregon\n.calls\n');

    // Assess
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('dbvoice local console');
    expect(run.stdout).toMatch(/Web console: http:\/\/127\.0\.0\.1:\d+\//);
    expect(run.stdout).toContain(
      'Alexa> how many instances in Oregon\nAlexa: You have 9 instances in Oregon.',
    );
    expect(run.stdout).toMatch(/Alexa> \.calls\n.*\n.*DescribeDBInstances\s+us-west-2\s+200/);
    // No spinner frames or colour codes in a pipe.
    expect(run.stdout).not.toMatch(/[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏]/);
    expect(run.stdout).not.toContain('\u001b[');
  });
});
