import { engineFamily } from '../services/rds/engineFamily.js';

export interface EngineDefaults {
  readonly engineVersion: string;
  readonly port: number;
  readonly instanceClass: string;
  readonly licenseModel: string;
  readonly masterUsername: string;
}

const VERSIONS: Readonly<Record<string, string>> = {
  'oracle-ee': '19.0.0.0.ru-2024-07.rur-2024-07.r1',
  'oracle-se2': '19.0.0.0.ru-2024-07.rur-2024-07.r1',
  mysql: '8.0.39',
  mariadb: '10.11.9',
  postgres: '16.4',
  'sqlserver-ee': '15.00.4385.2.v1',
  'sqlserver-se': '15.00.4385.2.v1',
  'sqlserver-ex': '15.00.4385.2.v1',
  'sqlserver-web': '15.00.4385.2.v1',
  'aurora-mysql': '8.0.mysql_aurora.3.07.1',
  'aurora-postgresql': '16.4',
};

/** What RDS would fill in for an engine when the fleet file leaves it out. */
export function engineDefaults(engine: string): EngineDefaults {
  const family = engineFamily(engine);
  const engineVersion = VERSIONS[engine] ?? '1.0';
  switch (family) {
    case 'oracle':
      return {
        engineVersion,
        port: 1521,
        instanceClass: 'db.m5.large',
        licenseModel: 'bring-your-own-license',
        masterUsername: 'admin',
      };
    case 'sqlserver':
      return {
        engineVersion,
        port: 1433,
        instanceClass: 'db.m5.xlarge',
        licenseModel: 'license-included',
        masterUsername: 'admin',
      };
    case 'postgres':
      return {
        engineVersion,
        port: 5432,
        instanceClass: 'db.r6g.large',
        licenseModel: 'postgresql-license',
        masterUsername: 'postgres',
      };
    default:
      return {
        engineVersion,
        port: 3306,
        instanceClass: 'db.r6g.large',
        licenseModel: 'general-public-license',
        masterUsername: 'admin',
      };
  }
}
