import type { FleetInstance } from '../../../../src/local/emulator/fleet/Fleet.js';

/** `count` MySQL instances named `<prefix>-001`..., tagged like a real fleet. */
export function syntheticInstances(count: number, prefix = 'db'): FleetInstance[] {
  return Array.from({ length: count }, (_, i) => ({
    identifier: `${prefix}-${String(i + 1).padStart(3, '0')}`,
    engine: 'mysql',
    tags: {
      instance: `${prefix}${i + 1}`,
      application: ['hr', 'blog', 'crm'][i % 3]!,
      environment: i % 2 === 0 ? 'production' : 'staging',
    },
    logs: [],
  }));
}
