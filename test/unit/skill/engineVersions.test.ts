import { afterEach, describe, expect, it } from 'vitest';
import { intentRequest, spoken } from '../../helpers/alexaRequests.js';
import { dbInstance } from '../../helpers/fleetFixtures.js';
import { mockFleet } from '../../helpers/mockFleet.js';
import { createTestSkill } from '../../helpers/testSkill.js';

const OREGON = { value: 'oregon', id: 'us-west-2', type: 'REGION' };

let rds: ReturnType<typeof mockFleet> | undefined;
afterEach(() => rds?.restore());

async function versionOf(engine: string, version: string) {
  rds = mockFleet({
    'us-west-2': [dbInstance({ identifier: 'db-1', name: 'hr', engine, extra: { EngineVersion: version } })],
  });
  const { skill } = createTestSkill();
  const response = await skill.invoke(
    intentRequest('CheckInstanceProperty', {
      property: { value: 'engine version', id: 'engineVersion' },
      instance: { value: 'hr' },
      region: OREGON,
    }),
  );
  rds.restore();
  const card = response.response.card as { content?: string } | undefined;
  return { speech: spoken(response), card: card?.content ?? '' };
}

describe('Handler: CheckInstanceProperty (engine version as people say it)', () => {
  it('says an Oracle version by its release and Release Update, and keeps the exact string on the card', async () => {
    // Act
    const { speech, card } = await versionOf('oracle-ee', '19.0.0.0.ru-2024-07.rur-2024-07.r1');

    // Assess
    expect(speech).toBe('The engine version of hr in Oregon is 19c, July 2024 release update.');
    expect(card).toContain('19.0.0.0.ru-2024-07.rur-2024-07.r1');
  });

  it('says an Aurora MySQL 3 version with the MySQL release it is compatible with', async () => {
    // Act
    const { speech, card } = await versionOf('aurora-mysql', '8.0.mysql_aurora.3.07.1');

    // Assess
    expect(speech).toBe(
      'The engine version of hr in Oregon is Aurora MySQL 3.07.1, compatible with MySQL 8.0.36.',
    );
    expect(card).toContain('8.0.mysql_aurora.3.07.1');
  });

  it('says only the MySQL major version when an Aurora release is not in its table', async () => {
    // Act
    const { speech } = await versionOf('aurora-mysql', '5.7.mysql_aurora.2.11.2');

    // Assess
    expect(speech).toBe(
      'The engine version of hr in Oregon is Aurora MySQL 2.11.2, compatible with MySQL 5.7.',
    );
  });

  it('says a SQL Server version by its year', async () => {
    // Act
    const { speech, card } = await versionOf('sqlserver-se', '15.00.4385.2.v1');

    // Assess
    expect(speech).toBe('The engine version of hr in Oregon is SQL Server 2019.');
    expect(card).toContain('15.00.4385.2.v1');
  });

  it('says PostgreSQL, MySQL and Aurora PostgreSQL versions as they are', async () => {
    // Act
    const postgres = await versionOf('postgres', '16.4');
    const mysql = await versionOf('mysql', '8.0.39');
    const auroraPostgres = await versionOf('aurora-postgresql', '16.4');

    // Assess
    expect(postgres.speech).toBe('The engine version of hr in Oregon is 16.4.');
    expect(mysql.speech).toBe('The engine version of hr in Oregon is 8.0.39.');
    expect(auroraPostgres.speech).toBe('The engine version of hr in Oregon is Aurora PostgreSQL 16.4.');
  });

  it('says a version it cannot read exactly as RDS gives it', async () => {
    // Act
    const { speech } = await versionOf('oracle-ee', 'custom-build-7');

    // Assess
    expect(speech).toBe('The engine version of hr in Oregon is custom-build-7.');
  });
});
