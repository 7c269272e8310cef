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
