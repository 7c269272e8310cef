import { nameReadings } from '../../skill/domain/fleet/nameReadings.js';

/**
 * The names a fleet's users say, as the skill sees them: the instance tag (or the identifier when an
 * instance has none), the application tag and the environment tag, from every Region read.
 */
export interface FleetNames {
  readonly instances: readonly string[];
  readonly applications: readonly string[];
  readonly environments: readonly string[];
  /** Readings from `<tag>-<language>` tags ("instance-ja": "レポーティング"), by language, then by name. */
  readonly readings?: Readonly<Record<string, NameReadings>>;
}

/** A language's readings of the fleet's names: instance name -> readings, application name -> readings. */
export interface NameReadings {
  readonly instances: Readonly<Record<string, readonly string[]>>;
  readonly applications: Readonly<Record<string, readonly string[]>>;
}

export interface TagKeys {
  readonly instance: string;
  readonly application: string;
  readonly environment: string;
}

/** Collects names from tagged resources: `tags` keyed case-insensitively, like the skill's inventory. */
export function collectFleetNames(
  resources: Iterable<{
    readonly identifier?: string;
    readonly tags: Readonly<Record<string, string>>;
  }>,
  tagKeys: TagKeys,
): FleetNames {
  const instances = new Set<string>();
  const applications = new Set<string>();
  const environments = new Set<string>();
  const readings: Record<
    string,
    { instances: Record<string, string[]>; applications: Record<string, string[]> }
  > = {};
  const noteReadings = (
    kind: 'instances' | 'applications',
    name: string,
    key: string,
    tags: Readonly<Record<string, string>>,
  ) => {
    for (const [language, reading] of Object.entries(nameReadings(Object.entries(tags), key))) {
      const forLanguage = readings[language] ?? { instances: {}, applications: {} };
      readings[language] = forLanguage;
      const byName = forLanguage[kind];
      byName[name] = [...new Set([...(byName[name] ?? []), reading])];
    }
  };
  for (const { identifier, tags } of resources) {
    const tag = (key: string) =>
      Object.entries(tags)
        .find(([name]) => name.toLowerCase() === key.toLowerCase())?.[1]
        ?.trim();
    const name = tag(tagKeys.instance) || identifier;
    if (identifier !== undefined && name) {
      instances.add(name);
      noteReadings('instances', name, tagKeys.instance, tags);
    }
    const application = tag(tagKeys.application);
    if (application) {
      applications.add(application);
      noteReadings('applications', application, tagKeys.application, tags);
    }
    const environment = tag(tagKeys.environment);
    if (environment) environments.add(environment);
  }
  const sorted = (names: Set<string>) => [...names].sort((a, b) => a.localeCompare(b));
  return {
    instances: sorted(instances),
    applications: sorted(applications),
    environments: sorted(environments),
    ...(Object.keys(readings).length > 0 ? { readings } : {}),
  };
}
