import type { EngineFamily } from '../services/rds/engineFamily.js';

/** A few errors worth finding, per engine (ORA-, [ERROR], FATAL, Error: nnnnn). */
export const defaultLogErrors: Readonly<Record<EngineFamily, readonly string[]>> = {
  oracle: [
    'ORA-01555: snapshot too old: rollback segment number 12 with name "_SYSSMU12_1849371620$" too small',
    'ORA-04031: unable to allocate 4160 bytes of shared memory ("shared pool","unknown object","sga heap(1,0)","kglsim object batch")',
    'ORA-00060: Deadlock detected. See Note 60.1 at My Oracle Support for Troubleshooting ORA-60 Errors.',
  ],
  mysql: [
    '0 [ERROR] [MY-012574] [InnoDB] Unable to lock ./ibdata1 error: 11',
    "0 [ERROR] [MY-010584] [Repl] Replica SQL for channel '': Error 'Duplicate entry '1042' for key 'PRIMARY'' on query.",
    '0 [ERROR] [MY-013183] [InnoDB] Assertion failure: btr0pcur.cc:519 thread 140310',
  ],
  mariadb: [
    '0 [ERROR] InnoDB: Unable to lock ./ibdata1 error: 11',
    '0 [ERROR] Got error 28 "No space left on device" when writing table \'./blog/wp_posts\'',
    "0 [ERROR] mysqld: Table './blog/wp_options' is marked as crashed and should be repaired",
  ],
  postgres: [
    'FATAL:  password authentication failed for user "report"',
    'ERROR:  deadlock detected',
    'FATAL:  remaining connection slots are reserved for non-replication superuser connections',
  ],
  sqlserver: [
    'Logon       Error: 18456, Severity: 14, State: 8.',
    'spid71      Error: 1205, Severity: 13, State: 51. Transaction (Process ID 71) was deadlocked on lock resources.',
    "spid12s     Error: 9002, Severity: 17, State: 2. The transaction log for database 'payroll' is full.",
  ],
};
