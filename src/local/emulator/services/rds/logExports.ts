import { engineFamily } from './engineFamily.js';

/** The CloudWatch log exports RDS lists for an engine (what EnabledCloudwatchLogsExports would show). */
export function logExports(engine: string): string[] {
  switch (engineFamily(engine)) {
    case 'oracle':
      return ['alert', 'listener', 'trace'];
    case 'sqlserver':
      return ['agent', 'error'];
    case 'postgres':
      return ['postgresql'];
    default:
      return ['error', 'slowquery'];
  }
}
