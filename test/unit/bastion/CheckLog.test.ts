import { DescribeDBLogFilesCommand, DownloadDBLogFilePortionCommand } from '@aws-sdk/client-rds';
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { intentRequest, spoken } from '../../helpers/alexaRequests.js';
import { dbInstance } from '../../helpers/fleetFixtures.js';
import { mockFleet } from '../../helpers/mockFleet.js';
import { NOW } from '../../helpers/testSkill.js';
import { createBastionTestSkill, TOPIC_ARN } from './bastionSkill.js';

const OREGON = { value: 'oregon', id: 'us-west-2', type: 'REGION' } as const;
const fleet = {
  'us-west-2': [
    dbInstance({ identifier: 'prod-erp-01', name: 'erp', engine: 'oracle-ee' }),
    dbInstance({ identifier: 'prod-hr-01', name: 'hr', engine: 'mysql' }),
    dbInstance({ identifier: 'prod-shop-01', name: 'shop', engine: 'aurora-postgresql', cluster: 'shop' }),
    dbInstance({ identifier: 'prod-crm-01', name: 'crm', engine: 'sqlserver-se' }),
  ],
};

/** RDS log files of one instance: name, minutes since last written, content. */
type Files = Record<string, { minutesAgo: number; lines: string[] }>;

function filler(count: number, text = 'Thread 1 advanced to log sequence 42'): string[] {
  return Array.from({ length: count }, (_, i) => `${text} (${i})`);
}

let rds: ReturnType<typeof mockFleet>;
let sns: ReturnType<typeof mockClient>;
afterEach(() => {
  rds.restore();
  sns.restore();
});

/** DescribeDBLogFiles and DownloadDBLogFilePortion as RDS answers them: tail by lines, 1 MB portions. */
function mockLogs(files: Files, portionLines = 10_000) {
  rds = mockFleet(fleet);
  rds.on(DescribeDBLogFilesCommand).callsFake(async (input: { FilenameContains?: string }) => ({
    DescribeDBLogFiles: Object.entries(files)
      .filter(([name]) => !input.FilenameContains || name.includes(input.FilenameContains))
      .map(([name, file]) => ({
        LogFileName: name,
        LastWritten: NOW - file.minutesAgo * 60_000,
        Size: 1000,
      })),
  }));
  rds
    .on(DownloadDBLogFilePortionCommand)
    .callsFake(async (input: { LogFileName: string; NumberOfLines?: number; Marker?: string }) => {
      const lines = files[input.LogFileName]?.lines ?? [];
      const start = input.Marker
        ? Number(input.Marker)
        : Math.max(0, lines.length - (input.NumberOfLines ?? 10_000));
      const end = Math.min(lines.length, start + portionLines);
      return {
        LogFileData: lines.slice(start, end).join('\n') + (end > start ? '\n' : ''),
        Marker: String(end),
        AdditionalDataPending: end < lines.length,
      };
    });
  sns = mockClient(SNSClient);
  sns.on(PublishCommand).resolves({ MessageId: 'm-1' });
}

const ask = (instance: string, logType: { value: string; id: string }) =>
  intentRequest('CheckLog', {
    instance: { value: instance },
    region: OREGON,
    logType: { ...logType, type: 'LOG_TYPE' },
  });

describe('Handler: CheckLog', () => {
  it('counts the ORA- errors in the newest alert log, reads the latest and e-mails the lines', async () => {
    // Prepare
    mockLogs({
      'trace/alert_ERP.log': {
        minutesAgo: 1,
        lines: [
          ...filler(480),
          'ORA-00060: Deadlock detected. See Note 60.1 at My Oracle Support for Troubleshooting ORA-60 Errors.',
          ...filler(10),
          'Errors in file /rdsdbdata/log/diag/rdbms/erp/ERP/trace/ERP_j000_123.trc:',
          'ORA-12012: error on auto execute of job "SYS"."X"',
          ...filler(5),
          'ORA-01555: snapshot too old: rollback segment number 9 with name "_SYSSMU9$" too small',
          ...filler(2),
        ],
      },
      'trace/alert_ERP.log.2026-11-21': { minutesAgo: 600, lines: ['ORA-00600: internal error'] },
      'trace/ERP_ora_1234.trc': { minutesAgo: 0, lines: ['ORA-04031: unable to allocate'] },
    });
    const { skill } = createBastionTestSkill({ env: { TOPIC_ARN } });
    // Act
    const response = await skill.invoke(ask('erp', { value: 'alert log', id: 'alert' }));
    // Assess
    expect(spoken(response)).toBe(
      '3 errors in the last 500 lines of the alert log of erp in Oregon. The latest: ORA-01555 snapshot too old. ' +
        "I've e-mailed you those 500 lines.",
    );
    expect(rds.commandCalls(DescribeDBLogFilesCommand)[0]?.args[0].input).toEqual({
      DBInstanceIdentifier: 'prod-erp-01',
      FilenameContains: 'alert_',
    });
    expect(rds.commandCalls(DownloadDBLogFilePortionCommand).map((c) => c.args[0].input)).toEqual([
      { DBInstanceIdentifier: 'prod-erp-01', LogFileName: 'trace/alert_ERP.log', NumberOfLines: 500 },
    ]);
    const publish = sns.commandCalls(PublishCommand)[0]?.args[0].input;
    expect(publish?.TopicArn).toBe(TOPIC_ARN);
    expect(publish?.Subject).toBe('dbvoice: CheckLog - alert log - erp - Oregon');
    expect(publish?.Message).toContain(
      'The last 500 lines of trace/alert_ERP.log of prod-erp-01 (us-west-2)',
    );
    expect(publish?.Message).toContain('ORA-01555: snapshot too old');
  });

  it('sends one e-mail, the spoken summary above the lines, when notifications are on too', async () => {
    // Prepare
    mockLogs({
      'error/mysql-error.log': {
        minutesAgo: 1,
        lines: [...filler(20), '2026-11-22T11:00:00Z 12 [ERROR] Disk full'],
      },
    });
    const { skill } = createBastionTestSkill({ env: { TOPIC_ARN } });
    await skill.invoke(intentRequest('SetNotifications', { notificationState: { value: 'on', id: 'on' } }));
    sns.resetHistory(); // the "notifications are on" answer is itself e-mailed
    // Act
    const response = await skill.invoke(ask('hr', { value: 'error log', id: 'error' }));
    // Assess
    const published = sns.commandCalls(PublishCommand).map((c) => String(c.args[0].input.Message));
    expect(published).toHaveLength(1);
    expect(published[0]!.startsWith(spoken(response).split(" I've e-mailed")[0]!)).toBe(true);
    expect(published[0]).toContain('[ERROR] Disk full');
  });

  it('reads only the first sentence of a long Oracle message', async () => {
    mockLogs({
      'trace/alert_ERP.log': {
        minutesAgo: 1,
        lines: [
          'ORA-00060: Deadlock detected. See Note 60.1 at My Oracle Support for Troubleshooting ORA-60 Errors.',
        ],
      },
    });
    const { skill } = createBastionTestSkill();
    const response = await skill.invoke(ask('erp', { value: 'alert log', id: 'alert' }));
    expect(spoken(response)).toBe(
      '1 error in the last 1 line of the alert log of erp in Oregon. The latest: ORA-00060 Deadlock detected.',
    );
  });

  it('reads the MySQL error log and its [ERROR] lines', async () => {
    mockLogs({
      'error/mysql-error-running.log': {
        minutesAgo: 2,
        lines: [
          '2026-11-22T11:00:00.000000Z 0 [System] [MY-010116] [Server] starting',
          '2026-11-22T11:58:00.000000Z 12 [ERROR] [MY-012574] [InnoDB] Unable to lock ./ibdata1 error: 11',
          '2026-11-22T11:59:00.000000Z 0 [Warning] [MY-010068] [Server] CA certificate is self signed.',
        ],
      },
      'error/mysql-error.log': { minutesAgo: 55, lines: ['[ERROR] old'] },
    });
    const { skill } = createBastionTestSkill();
    const response = await skill.invoke(ask('hr', { value: 'error log', id: 'error' }));
    expect(spoken(response)).toBe(
      '1 error in the last 3 lines of the error log of hr in Oregon. The latest: Unable to lock ./ibdata1 error, 11.',
    );
    expect(sns.commandCalls(PublishCommand)).toHaveLength(0);
  });

  it('reads FATAL and ERROR lines of the newest PostgreSQL log', async () => {
    mockLogs({
      'error/postgresql.log.2026-11-22-11': {
        minutesAgo: 3,
        lines: [
          '2026-11-22 11:10:00 UTC:10.0.1.5(5432):app@shop:[4242]:ERROR:  relation "orders_old" does not exist at character 15',
          '2026-11-22 11:20:00 UTC:10.0.1.9(5432):report@shop:[4243]:FATAL:  password authentication failed for user "report"',
          '2026-11-22 11:21:00 UTC::@:[100]:LOG:  checkpoint complete',
        ],
      },
      'error/postgresql.log.2026-11-22-10': { minutesAgo: 63, lines: ['PANIC:  old'] },
    });
    const { skill } = createBastionTestSkill();
    const response = await skill.invoke(ask('shop', { value: 'postgres log', id: 'postgresql' }));
    expect(spoken(response)).toBe(
      '2 errors in the last 3 lines of the PostgreSQL log of shop in Oregon. The latest: fatal, password authentication failed for user "report".',
    );
  });

  it('reads a SQL Server error with its message from the next line', async () => {
    mockLogs({
      'log/ERROR': {
        minutesAgo: 1,
        lines: [
          '2026-11-22 11:00:00.12 Server      SQL Server is starting.',
          '2026-11-22 11:40:00.55 Logon       Error: 18456, Severity: 14, State: 8.',
          "2026-11-22 11:40:00.55 Logon       Login failed for user 'app'. Reason: Password did not match.",
        ],
      },
      'log/ERROR.1': { minutesAgo: 1440, lines: [] },
    });
    const { skill } = createBastionTestSkill();
    const response = await skill.invoke(ask('crm', { value: 'error log', id: 'error' }));
    expect(spoken(response)).toBe(
      "1 error in the last 3 lines of the error log of crm in Oregon. The latest: Error 18456. Login failed for user 'app'. Reason, Password did not match.",
    );
  });

  it('counts slow queries and the slowest one in the slow query log', async () => {
    mockLogs({
      'slowquery/mysql-slowquery.log': {
        minutesAgo: 5,
        lines: [
          '# Time: 2026-11-22T11:00:00.000000Z',
          '# Query_time: 12.500000  Lock_time: 0.000100 Rows_sent: 1  Rows_examined: 100000',
          'SELECT COUNT(*) FROM orders;',
          '# Query_time: 34.250000  Lock_time: 0.000000 Rows_sent: 0  Rows_examined: 9000000',
          'UPDATE stock SET n = n - 1;',
        ],
      },
    });
    const { skill } = createBastionTestSkill();
    const response = await skill.invoke(ask('hr', { value: 'slow query log', id: 'slowquery' }));
    expect(spoken(response)).toBe(
      '2 slow queries in the last 5 lines of the slow query log of hr in Oregon. The slowest took 34.3 seconds.',
    );
  });

  it('pages through a tail longer than one portion, boundedly', async () => {
    mockLogs({ 'error/mysql-error.log': { minutesAgo: 1, lines: filler(20_000, '[Note] fine') } }, 150);
    const { skill } = createBastionTestSkill();
    const response = await skill.invoke(ask('hr', { value: 'error log', id: 'error' }));
    expect(spoken(response)).toBe('No errors in the last 500 lines of the error log of hr in Oregon.');
    const markers = rds.commandCalls(DownloadDBLogFilePortionCommand).map((c) => c.args[0].input.Marker);
    expect(markers).toEqual([undefined, '19650', '19800', '19950']);
  });

  it('stops after four portions, speaking only the lines it read', async () => {
    mockLogs({ 'error/mysql-error.log': { minutesAgo: 1, lines: filler(20_000, '[Note] fine') } }, 100);
    const { skill } = createBastionTestSkill();
    const response = await skill.invoke(ask('hr', { value: 'error log', id: 'error' }));
    expect(spoken(response)).toBe('No errors in the last 400 lines of the error log of hr in Oregon.');
    expect(rds.commandCalls(DownloadDBLogFilePortionCommand)).toHaveLength(4);
  });

  it('keeps the e-mail within the SNS size limit', async () => {
    mockLogs({ 'trace/alert_ERP.log': { minutesAgo: 1, lines: filler(500, 'x'.repeat(1_000)) } });
    const { skill } = createBastionTestSkill({ env: { TOPIC_ARN } });
    await skill.invoke(ask('erp', { value: 'alert log', id: 'alert' }));
    const message = String(sns.commandCalls(PublishCommand)[0]?.args[0].input.Message);
    expect(Buffer.byteLength(message)).toBeLessThanOrEqual(200_000);
    expect(message).toContain('(499)');
  });

  it('says which logs an engine has when asked for one it does not write', async () => {
    mockLogs({});
    const { skill } = createBastionTestSkill();
    const response = await skill.invoke(ask('hr', { value: 'alert log', id: 'alert' }));
    expect(spoken(response)).toBe(
      "MySQL instances don't have an alert log I can read. You can check the error log, slow query log, general log, and audit log.",
    );
    expect(rds.commandCalls(DescribeDBLogFilesCommand)).toHaveLength(0);
  });

  it('says the log may be off when RDS lists no file of that type', async () => {
    mockLogs({ 'error/mysql-error.log': { minutesAgo: 1, lines: ['ok'] } });
    const { skill } = createBastionTestSkill();
    const response = await skill.invoke(ask('hr', { value: 'general log', id: 'general' }));
    expect(spoken(response)).toBe(
      'I found no general log files for hr in Oregon. That log may be turned off.',
    );
  });

  it('says an empty log is empty', async () => {
    mockLogs({ 'log/SQLAGENT.OUT': { minutesAgo: 1, lines: [] } });
    const { skill } = createBastionTestSkill();
    const response = await skill.invoke(ask('crm', { value: 'agent log', id: 'agent' }));
    expect(spoken(response)).toBe('The SQL Server Agent log of crm in Oregon is empty.');
    expect(rds.commandCalls(DescribeDBLogFilesCommand)[0]?.args[0].input.FilenameContains).toBeUndefined();
  });

  it('still answers when the e-mail cannot be sent', async () => {
    mockLogs({ 'error/mysql-error.log': { minutesAgo: 1, lines: ['[ERROR] disk full'] } });
    sns.on(PublishCommand).rejects(Object.assign(new Error('denied'), { name: 'AuthorizationError' }));
    const { skill } = createBastionTestSkill({ env: { TOPIC_ARN } });
    const response = await skill.invoke(ask('hr', { value: 'error log', id: 'error' }));
    expect(spoken(response)).toBe(
      '1 error in the last 1 line of the error log of hr in Oregon. The latest: disk full.',
    );
  });
});
