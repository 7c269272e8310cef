import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runModelCommand } from '../../../src/build/model/runModelCommand.js';
import type { InteractionModelData } from '../../../src/local/simulator/InteractionModelData.js';

const FLEET = new URL('./fixtures/ledger-fleet.yaml', import.meta.url).pathname;

async function run(argv: string[], env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runModelCommand(argv, {
    env,
    cwd: process.cwd(),
    out: (line) => out.push(line),
    err: (line) => err.push(line),
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

function slotType(directory: string, name: string) {
  const model = JSON.parse(readFileSync(join(directory, 'en-US.json'), 'utf8')) as InteractionModelData;
  const type = model.interactionModel.languageModel.types?.find((candidate) => candidate.name === name);
  return new Map(
    (type?.values ?? []).map((value) => [value.id, [value.name.value, ...(value.name.synonyms ?? [])]]),
  );
}

describe('npm run model', () => {
  it("writes a model whose slot types hold the fleet's names and the ways people say them", async () => {
    // Prepare
    const out = mkdtempSync(join(tmpdir(), 'dbvoice-model-'));

    // Act
    const result = await run(['--fleet', FLEET, '--out', out]);

    // Assess
    expect(result).toMatchObject({ code: 0, err: '' });
    const instances = slotType(out, 'DB_INSTANCE');
    expect([...instances.keys()].sort()).toEqual([
      'crm',
      'hr',
      'inventory-api',
      'prod-ledger-01',
      'stg-ledger-02',
    ]);
    expect(instances.get('stg-ledger-02')).toEqual(expect.arrayContaining(['ledger two']));
    expect(instances.get('prod-ledger-01')).toEqual(
      expect.arrayContaining(['prod ledger zero one', 'ledger zero one', 'ledger one']),
    );
    expect(instances.get('inventory-api')).toEqual(
      expect.arrayContaining(['inventory api', 'inventory a. p. i.']),
    );
    expect(instances.get('hr')).toEqual(expect.arrayContaining(['hr', 'h. r.']));
    expect(slotType(out, 'APPLICATION').get('crm-suite')).toEqual(
      expect.arrayContaining(['crm suite', 'c. r. m. suite']),
    );
    expect(slotType(out, 'ENVIRONMENT').has('sandbox')).toBe(true);
    // Both ledgers would be "ledger": neither gets it, and the user is told.
    expect([...instances.values()].flat()).not.toContain('ledger');
    expect(result.out).toMatch(/collides: "ledger" is said for prod-ledger-01 and stg-ledger-02; left out/);
    expect(result.out).toMatch(/prod-ledger-01 = "prod ledger zero one"/);
    expect(result.out).toMatch(/wrote .*en-US\.json/);
  });

  it("reports the fleet's environments the template already names as there, not as nothing", async () => {
    // Prepare: the fleet's environments are production (the template's) and sandbox (new).
    const out = mkdtempSync(join(tmpdir(), 'dbvoice-model-'));

    // Act
    const result = await run(['--fleet', FLEET, '--out', out]);

    // Assess
    expect(result.out).toContain(
      'ENVIRONMENT: 2 value(s) from the fleet, 1 added, 1 already in the template\n  production: already in the template\n  sandbox = "sandbox"',
    );
    expect(slotType(out, 'ENVIRONMENT').has('production')).toBe(true);
  });

  it('takes --locale in any case and writes the model under its canonical name', async () => {
    // Prepare
    const out = mkdtempSync(join(tmpdir(), 'dbvoice-model-'));

    // Act
    const result = await run(['--fleet', FLEET, '--locale', 'EN-gb', '--out', out]);

    // Assess
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(result.out).toContain(`wrote ${join(out, 'en-GB.json')}`);
    expect(() => readFileSync(join(out, 'en-GB.json'))).not.toThrow();
  });

  it('reads the tag keys the skill is configured with', async () => {
    // Prepare: with TAG_INSTANCE=application the application tag names each instance.
    const out = mkdtempSync(join(tmpdir(), 'dbvoice-model-'));

    // Act
    const result = await run(['--fleet', FLEET, '--out', out], { TAG_INSTANCE: 'application' });

    // Assess
    expect(result.code).toBe(0);
    expect([...slotType(out, 'DB_INSTANCE').keys()].sort()).toEqual([
      'crm-suite',
      'hr',
      'inventory',
      'ledger',
    ]);
  });

  it.each([
    [['--flet', 'x.yaml'], /^npm run model: unknown option --flet; did you mean --fleet\?$/m],
    [['--locale', 'english'], /--locale english is not a locale like en-US/],
    [['--fleet'], /Option '--fleet' argument/],
    [['--regions', 'us-west-2'], /--regions only goes with --from-aws/],
    [['--from-aws'], /--from-aws needs --regions/],
    [['--from-aws', '--regions', 'us-west-9'], /unknown Region code us-west-9/],
    [['--fleet', 'x.yaml', '--from-aws', '--regions', 'us-west-2'], /exclude each other/],
    [['--fleet', '/no/such/fleet.yaml'], /cannot read fleet file \/no\/such\/fleet\.yaml: no such file/],
    [['--locale', 'xx-YY'], /no template for locale xx-YY/],
  ])('answers %j with one sentence and the usage, and writes nothing', async (argv, message) => {
    // Prepare
    const out = mkdtempSync(join(tmpdir(), 'dbvoice-model-'));

    // Act
    const result = await run([...argv, '--out', out]);

    // Assess
    expect(result.code).toBe(2);
    expect(result.err).toMatch(message);
    expect(result.err).toMatch(/Usage: npm run model/);
    expect(result.err).not.toMatch(/\n\s+at /);
    expect(() => readFileSync(join(out, 'en-US.json'))).toThrow();
  });

  it('answers a fleet file with a mistake in it by the field to fix', async () => {
    // Prepare
    const bad = join(mkdtempSync(join(tmpdir(), 'dbvoice-model-')), 'fleet.yaml');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(bad, 'regions:\n  us-west-2:\n    instances:\n      - engine: mysql\n');

    // Act
    const result = await run(['--fleet', bad, '--out', tmpdir()]);

    // Assess
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/identifier/);
    expect(result.err).not.toMatch(/\n\s+at /);
  });
});
