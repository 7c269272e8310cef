import type { Fleet, FleetEngine, FleetInstance, FleetRegion } from './Fleet.js';

export interface SyntheticFleetOptions {
  /** Region codes; us-west-2 only by default. */
  readonly regions?: readonly string[];
  readonly instancesPerRegion: number;
  readonly engines?: readonly FleetEngine[];
  readonly applications?: readonly string[];
  readonly environments?: readonly string[];
}

const ENGINES: readonly FleetEngine[] = ['mysql', 'postgres', 'oracle-ee', 'sqlserver-se', 'mariadb'];
const APPLICATIONS = ['hr', 'reporting', 'blog', 'payroll', 'crm', 'shop', 'billing', 'search'] as const;
const ENVIRONMENTS = ['production', 'staging', 'development'] as const;

/**
 * A large, regular fleet for benchmarks: `instancesPerRegion` tagged instances per Region (identifiers
 * <env>-<app>-<n>), a bastion, its Parameter Store entry and a topic in each Region. Instances get no
 * explicit logs or metrics: both are generated on first use, so 20 x 1,000 instances start in seconds.
 */
export function syntheticFleet(options: SyntheticFleetOptions): Fleet {
  const engines = options.engines ?? ENGINES;
  const applications = options.applications ?? APPLICATIONS;
  const environments = options.environments ?? ENVIRONMENTS;
  const regions: Record<string, FleetRegion> = {};
  for (const region of options.regions ?? ['us-west-2']) {
    const instances: FleetInstance[] = [];
    for (let i = 0; i < options.instancesPerRegion; i++) {
      const application = applications[i % applications.length]!;
      const environment = environments[Math.floor(i / applications.length) % environments.length]!;
      const name = `${environment.slice(0, 4)}-${application}-${String(i + 1).padStart(4, '0')}`;
      instances.push({
        identifier: name,
        engine: engines[i % engines.length]!,
        multiAz: environment === 'production',
        tags: { instance: name, application, environment },
      });
    }
    const bastion = `dbvoice-bastion-${region}`;
    regions[region] = {
      instances,
      bastions: [
        {
          instanceId: `i-0${region
            .replace(/[^a-z0-9]/g, '')
            .slice(0, 15)
            .padEnd(15, '0')}`,
          name: bastion,
        },
      ],
      parameters: [{ name: `/rds/configuration/bastion/${region}`, value: bastion }],
      topics: ['dbvoice-notifications'],
    };
  }
  return { regions };
}
