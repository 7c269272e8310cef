import type { MissingRegion } from '../MissingRegion.js';

/** The readings (by language) of the names suggested, so each is said the way the listener hears it. */
export type SuggestionReadings = Readonly<Record<string, Readonly<Record<string, string>>>>;

/**
 * No instance carries the application tag the user said in the Regions that answered (`regions`);
 * `suggestions` are the closest applications (`readings` their readings), `missing` the Regions that did not
 * answer.
 */
export class ApplicationNotFound extends Error {
  override readonly name = 'ApplicationNotFound';

  constructor(
    readonly spoken: string,
    readonly regions: readonly string[],
    readonly suggestions: readonly string[],
    readonly missing: readonly MissingRegion[] = [],
    readonly readings: SuggestionReadings = {},
  ) {
    super(`Application not found: ${spoken}`);
  }
}

/**
 * The same instance name exists in several Regions and the user named none: the handler asks which.
 * `readings` are the name's readings, to ask in the words the listener hears it by.
 */
export class InstanceAmbiguous extends Error {
  override readonly name = 'InstanceAmbiguous';

  constructor(
    readonly spoken: string,
    readonly regions: readonly string[],
    readonly readings: Readonly<Record<string, string>> = {},
  ) {
    super(`Instance ${spoken} exists in ${regions.join(', ')}`);
  }
}

/**
 * No instance's tag or identifier matches what the user said in the Regions that answered (`regions`);
 * `suggestions` are the closest names (`readings` their readings), `missing` the Regions that did not answer.
 */
export class InstanceNotFound extends Error {
  override readonly name = 'InstanceNotFound';

  constructor(
    readonly spoken: string,
    readonly regions: readonly string[],
    readonly suggestions: readonly string[],
    readonly missing: readonly MissingRegion[] = [],
    readonly readings: SuggestionReadings = {},
  ) {
    super(`Instance not found: ${spoken}`);
  }
}

/** The user named a Region the skill does not know (or one outside the managed Regions). */
export class RegionUnknown extends Error {
  override readonly name = 'RegionUnknown';

  constructor(
    readonly spoken: string,
    readonly managedRegions: readonly string[] = [],
  ) {
    super(`Unknown region: ${spoken}`);
  }
}
