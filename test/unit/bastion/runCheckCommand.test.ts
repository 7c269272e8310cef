import { describe, expect, it } from 'vitest';
import { runCheckCommand } from '../../../src/skill/domain/bastion/runCheckCommand.js';

describe('runCheckCommand', () => {
  const base = {
    scriptsDirectory: '/opt/dbvoice/sql-scripts',
    engine: 'postgres',
    host: 'db.example.internal',
    port: 5432,
    user: 'dbvoice_monitor',
    database: 'app',
    check: 'parameter' as const,
    instance: 'prod-app-01',
    region: 'eu-west-1',
  };

  it('builds one line with every flag the runner reads, quoting only where needed', () => {
    expect(
      runCheckCommand({
        ...base,
        parameter: "it's (odd)",
        topic: { arn: 'arn:aws:sns:us-east-1:123456789012:dbvoice-notifications', notifyAfterSeconds: 3 },
        parameterPrefix: '/dbvoice/prod',
      }),
    ).toBe(
      '/opt/dbvoice/sql-scripts/run-check --engine postgres --host db.example.internal --port 5432 ' +
        '--user dbvoice_monitor --database app --check parameter --instance prod-app-01 ' +
        "--parameter 'it'\\''s (odd)' --region eu-west-1 " +
        '--topic arn:aws:sns:us-east-1:123456789012:dbvoice-notifications --notify-after 3 --prefix /dbvoice/prod',
    );
  });

  it('leaves out the default prefix and absent options', () => {
    const line = runCheckCommand({ ...base, check: 'connect', parameterPrefix: '/rds' });
    expect(line).not.toMatch(/--prefix|--topic|--parameter|--notify-after/);
  });
});
