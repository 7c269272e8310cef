/**
 * An engine version as people name it, read from RDS's EngineVersion string. RDS writes versions for
 * machines ("19.0.0.0.ru-2024-07.rur-2024-07.r1", "8.0.mysql_aurora.3.07.1", "15.00.4385.2.v1"); the
 * locale's words turn this structure into speech, and the card keeps RDS's exact string.
 */
export type EngineRelease =
  | {
      readonly kind: 'oracle';
      /** Oracle's marketing release: "19c", "21c", "23ai". */
      readonly release: string;
      /** The quarterly Release Update the version carries, when it names one. */
      readonly update?: { readonly year: number; readonly month: number };
    }
  | {
      readonly kind: 'aurora';
      readonly flavour: 'MySQL' | 'PostgreSQL';
      readonly auroraVersion: string;
      /** The community version it is compatible with: "8.0.36", or only "8.0" when not in the table. */
      readonly compatibleWith: string;
    }
  | { readonly kind: 'sqlserver'; readonly year: string }
  | { readonly kind: 'plain'; readonly version: string };

/** Oracle's major version to the name it is sold under. */
const ORACLE_RELEASES: Readonly<Record<string, string>> = {
  '11': '11g',
  '12.1': '12c',
  '12.2': '12c Release 2',
  '18': '18c',
  '19': '19c',
  '21': '21c',
  '23': '23ai',
};

/** SQL Server's major version to its year (15.00 is SQL Server 2019). */
const SQL_SERVER_YEARS: Readonly<Record<string, string>> = {
  '11': '2012',
  '12': '2014',
  '13': '2016',
  '14': '2017',
  '15': '2019',
  '16': '2022',
};

/** Aurora MySQL 3 minor releases and the MySQL 8.0 community release each is compatible with (AWS release notes). */
const AURORA_MYSQL_COMPATIBLE: Readonly<Record<string, string>> = {
  '3.01': '8.0.23',
  '3.02': '8.0.23',
  '3.03': '8.0.26',
  '3.04': '8.0.28',
  '3.05': '8.0.32',
  '3.06': '8.0.34',
  '3.07': '8.0.36',
  '3.08': '8.0.39',
  '3.09': '8.0.40',
  '3.10': '8.0.42',
};

export function engineRelease(engine: string, version: string): EngineRelease {
  const plain = { kind: 'plain', version } as const;
  if (engine.includes('oracle')) {
    const match = /^(\d+)\.(\d+)/.exec(version);
    if (!match) return plain;
    const release = ORACLE_RELEASES[`${match[1]}.${match[2]}`] ?? ORACLE_RELEASES[match[1]!];
    if (!release) return plain;
    const update = /\.ru-(\d{4})-(\d{2})/.exec(version);
    return update
      ? { kind: 'oracle', release, update: { year: Number(update[1]), month: Number(update[2]) } }
      : { kind: 'oracle', release };
  }
  if (engine === 'aurora-mysql') {
    const match = /^(\d+\.\d+)\.mysql_aurora\.((\d+\.\d+)(?:\.\d+)?)$/.exec(version);
    if (!match) return plain;
    const compatibleWith = AURORA_MYSQL_COMPATIBLE[match[3]!] ?? match[1]!;
    return { kind: 'aurora', flavour: 'MySQL', auroraVersion: match[2]!, compatibleWith };
  }
  if (engine === 'aurora-postgresql') {
    return /^\d+(\.\d+)*$/.test(version)
      ? { kind: 'aurora', flavour: 'PostgreSQL', auroraVersion: version, compatibleWith: version }
      : plain;
  }
  if (engine.includes('sqlserver')) {
    const year = SQL_SERVER_YEARS[String(Number(version.split('.')[0]))];
    return year ? { kind: 'sqlserver', year } : plain;
  }
  return plain;
}
