/** RDS's default parameter group name: default.mysql8.0, default.postgres16, default.oracle-ee-19, ... */
export function parameterGroupName(engine: string, version: string): string {
  const [major = '', minor = ''] = version.split('.');
  if (engine.startsWith('oracle') || engine.startsWith('sqlserver'))
    return `default.${engine}-${major}${engine.startsWith('sqlserver') ? '.0' : ''}`;
  if (engine === 'postgres' || engine === 'aurora-postgresql') return `default.${engine}${major}`;
  if (engine === 'aurora-mysql') return 'default.aurora-mysql8.0';
  return `default.${engine}${major}.${minor}`;
}
