import { DescribeDBInstancesCommand } from '@aws-sdk/client-rds';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { intentRequest, spoken } from '../../helpers/alexaRequests.js';
import { dbInstance } from '../../helpers/fleetFixtures.js';
import { mockFleet } from '../../helpers/mockFleet.js';
import { createTestSkill } from '../../helpers/testSkill.js';

// NOW (test/helpers/testSkill.ts) is Sunday 22 November 2026, noon UTC: Oregon is on standard time (UTC-8).
const OREGON = { value: 'oregon', id: 'us-west-2', type: 'REGION' };
const SYDNEY = { value: 'sydney', id: 'ap-southeast-2', type: 'REGION' };

const fleet = {
  'us-west-2': [
    dbInstance({
      identifier: 'prod-hr-01',
      name: 'hr',
      extra: {
        PreferredMaintenanceWindow: 'sun:03:00-sun:03:30',
        PreferredBackupWindow: '07:00-07:30',
        BackupRetentionPeriod: 7,
        StorageEncrypted: true,
        KmsKeyId: 'arn:aws:kms:us-west-2:123456789012:alias/hr-data',
        DeletionProtection: true,
        PerformanceInsightsEnabled: false,
        CACertificateIdentifier: 'rds-ca-rsa2048-g1',
        CertificateDetails: {
          CAIdentifier: 'rds-ca-rsa2048-g1',
          ValidTill: new Date('2061-05-20T00:00:00Z'),
        },
      },
    }),
    dbInstance({
      identifier: 'prod-crm-01',
      name: 'crm',
      extra: {
        StorageEncrypted: true,
        KmsKeyId: 'arn:aws:kms:us-west-2:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab',
        PreferredMaintenanceWindow: 'wed:17:30-wed:18:00',
        PerformanceInsightsEnabled: true,
      },
    }),
    dbInstance({ identifier: 'prod-shop-01', name: 'shop', extra: { StorageEncrypted: false } }),
  ],
  'ap-southeast-2': [
    dbInstance({
      identifier: 'prod-ledger-01',
      name: 'ledger',
      region: 'ap-southeast-2',
      extra: { PreferredMaintenanceWindow: 'sat:22:00-sat:22:30' },
    }),
  ],
};

let rds: ReturnType<typeof mockFleet>;
beforeEach(() => {
  rds = mockFleet(fleet);
});
afterEach(() => rds.restore());

async function ask(property: { value: string; id: string }, instance: string, region = OREGON) {
  const { skill } = createTestSkill({ env: { DBVOICE_REGIONS: 'us-west-2,ap-southeast-2' } });
  const response = await skill.invoke(
    intentRequest('CheckInstanceProperty', { property, instance: { value: instance }, region }),
  );
  return spoken(response);
}

describe('Handler: CheckInstanceProperty (windows, encryption, protection, certificates)', () => {
  it("says the maintenance window in UTC and in the Region's own time, with its day", async () => {
    // Act
    const speech = await ask({ value: 'maintenance window', id: 'maintenanceWindow' }, 'hr');

    // Assess
    expect(speech).toBe(
      "The maintenance window of hr in Oregon is Sundays at 3 a.m. U. T. C., that's 7 p.m. Saturday in Oregon.",
    );
    expect(rds.commandCalls(DescribeDBInstancesCommand)).toHaveLength(1);
  });

  it('keeps the backup window apart from the backup retention', async () => {
    // Act
    const window = await ask({ value: 'backup window', id: 'backupWindow' }, 'hr');
    const retention = await ask({ value: 'backup retention', id: 'backupRetention' }, 'hr');

    // Assess
    expect(window).toBe(
      "The backup window of hr in Oregon is daily at 7 a.m. U. T. C., that's 11 p.m. in Oregon.",
    );
    expect(retention).toBe('The backup retention of hr in Oregon is 7 days.');
  });

  it('says minutes and a local time that falls on the next day', async () => {
    // Act
    const oregon = await ask({ value: 'maintenance window', id: 'maintenanceWindow' }, 'crm');
    const sydney = await ask({ value: 'maintenance window', id: 'maintenanceWindow' }, 'ledger', SYDNEY);

    // Assess
    expect(oregon).toBe(
      "The maintenance window of crm in Oregon is Wednesdays at 5:30 p.m. U. T. C., that's 9:30 a.m. Wednesday in Oregon.",
    );
    // Sydney is on daylight time (UTC+11) in November.
    expect(sydney).toBe(
      "The maintenance window of ledger in Sydney is Saturdays at 10 p.m. U. T. C., that's 9 a.m. Sunday in Sydney.",
    );
  });

  it('answers "is hr encrypted" with the KMS key alias, or the key id when no alias is known', async () => {
    // Act
    const alias = await ask({ value: 'encrypted', id: 'storageEncrypted' }, 'hr');
    const keyId = await ask({ value: 'encrypted', id: 'storageEncrypted' }, 'crm');
    const none = await ask({ value: 'encrypted', id: 'storageEncrypted' }, 'shop');

    // Assess
    expect(alias).toBe(
      'The storage encryption of hr in Oregon is enabled, with the K. M. S. key alias hr-data.',
    );
    expect(keyId).toBe(
      'The storage encryption of crm in Oregon is enabled, with the K. M. S. key 1234abcd-12ab-34cd-56ef-1234567890ab.',
    );
    expect(none).toBe('The storage encryption of shop in Oregon is disabled.');
  });

  it('says deletion protection, Performance Insights, the CA certificate and when it expires', async () => {
    // Act
    const protection = await ask({ value: 'deletion protection', id: 'deletionProtection' }, 'hr');
    const insightsOff = await ask({ value: 'performance insights', id: 'performanceInsights' }, 'hr');
    const insightsOn = await ask({ value: 'performance insights', id: 'performanceInsights' }, 'crm');
    const ca = await ask({ value: 'c. a. certificate', id: 'caCertificate' }, 'hr');
    const expiry = await ask({ value: 'certificate expiry', id: 'certificateExpiry' }, 'hr');

    // Assess
    expect(protection).toBe('The deletion protection of hr in Oregon is enabled.');
    expect(insightsOff).toBe('The Performance Insights setting of hr in Oregon is disabled.');
    expect(insightsOn).toBe('The Performance Insights setting of crm in Oregon is enabled.');
    expect(ca).toBe('The C. A. certificate of hr in Oregon is rds-ca-rsa2048-g1.');
    expect(expiry).toBe('The certificate expiry of hr in Oregon is May 20, 2061.');
  });

  it('says a setting RDS does not report is not set, rather than guessing', async () => {
    // Act
    const expiry = await ask({ value: 'certificate expiry', id: 'certificateExpiry' }, 'shop');
    const window = await ask({ value: 'backup window', id: 'backupWindow' }, 'shop');

    // Assess
    expect(expiry).toBe('shop in Oregon has no certificate expiry set.');
    expect(window).toBe('shop in Oregon has no backup window set.');
  });
});
