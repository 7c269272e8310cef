/**
 * The two SQL families served. RDS engine names (the master secret's `engine`, or the owning instance's or
 * cluster's Engine) map onto them; `aurora` is Aurora MySQL 1's name.
 */
export const ENGINE_FAMILY = { mysql: 'mysql', postgres: 'postgres' } as const;
export type EngineFamily = (typeof ENGINE_FAMILY)[keyof typeof ENGINE_FAMILY];

const FAMILY_OF_ENGINE: Readonly<Record<string, EngineFamily>> = {
  mysql: ENGINE_FAMILY.mysql,
  mariadb: ENGINE_FAMILY.mysql,
  aurora: ENGINE_FAMILY.mysql,
  'aurora-mysql': ENGINE_FAMILY.mysql,
  postgres: ENGINE_FAMILY.postgres,
  postgresql: ENGINE_FAMILY.postgres,
  'aurora-postgresql': ENGINE_FAMILY.postgres,
};

/** The family of an RDS engine name, or undefined for an engine user management does not serve. */
export function engineFamily(engine: string): EngineFamily | undefined {
  return FAMILY_OF_ENGINE[engine.toLowerCase()];
}

/** The port a master secret without `port` means. */
export const DEFAULT_PORT: Readonly<Record<EngineFamily, number>> = { mysql: 3306, postgres: 5432 };
