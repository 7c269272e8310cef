import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runModelCommand } from '../../../src/build/model/runModelCommand.js';
import { createControlClient } from '../../../src/local/emulator/controlClient.js';
import { createEmulator, type Emulator } from '../../../src/local/emulator/createEmulator.js';
import type { InteractionModelData } from '../../../src/local/simulator/InteractionModelData.js';

const FLEET = new URL('../../unit/interaction-model/fixtures/ledger-fleet.yaml', import.meta.url).pathname;

describe('npm run model -- --from-aws (emulator over real HTTP)', () => {
  let emulator: Emulator;
  const saved = { ...process.env };

  beforeAll(async () => {
    emulator = await createEmulator({ fleet: FLEET });
    // The standard credential chain and endpoint configuration, exactly as on a laptop pointed at AWS.
    Object.assign(process.env, {
      AWS_ENDPOINT_URL: emulator.url,
      AWS_ACCESS_KEY_ID: 'AKIAEMULATORTEST',
      AWS_SECRET_ACCESS_KEY: 'emulator-test-secret',
    });
  });
  afterAll(async () => {
    process.env = saved;
    await emulator.close();
  });

  it('reads each Region with one paginated DescribeDBInstances and adds its names', async () => {
    // Prepare
    const out = mkdtempSync(join(tmpdir(), 'dbvoice-model-aws-'));
    const control = createControlClient(emulator.url);
    const lines: string[] = [];

    // Act
    const code = await runModelCommand(['--from-aws', '--regions', 'us-west-2,eu-west-1', '--out', out], {
      env: process.env,
      cwd: process.cwd(),
      out: (line) => lines.push(line),
      err: (line) => lines.push(line),
    });

    // Assess
    expect(code, lines.join('\n')).toBe(0);
    const model = JSON.parse(readFileSync(join(out, 'en-US.json'), 'utf8')) as InteractionModelData;
    const ids = (name: string) =>
      model.interactionModel.languageModel.types
        ?.find((type) => type.name === name)
        ?.values?.map((value) => value.id)
        .sort();
    expect(ids('DB_INSTANCE')).toEqual(['crm', 'hr', 'inventory-api', 'prod-ledger-01', 'stg-ledger-02']);
    expect(ids('APPLICATION')).toEqual(['crm-suite', 'hr', 'inventory', 'ledger']);
    const { calls } = await control.calls({ service: 'rds' });
    expect(calls.map((call) => [call.operation, call.region]).sort()).toEqual([
      ['DescribeDBInstances', 'eu-west-1'],
      ['DescribeDBInstances', 'us-west-2'],
    ]);
  });

  it('says what failed, without a stack, when AWS cannot be reached', async () => {
    // Prepare
    const lines: string[] = [];
    process.env.AWS_ENDPOINT_URL = 'http://127.0.0.1:9';

    // Act
    const code = await runModelCommand(['--from-aws', '--regions', 'us-west-2', '--out', tmpdir()], {
      env: process.env,
      cwd: process.cwd(),
      out: (line) => lines.push(line),
      err: (line) => lines.push(line),
    });
    process.env.AWS_ENDPOINT_URL = emulator.url;

    // Assess
    expect(code).toBe(1);
    expect(lines.join('\n')).toMatch(/could not read the fleet from AWS/);
    expect(lines.join('\n')).not.toMatch(/\n\s+at /);
  });
});
