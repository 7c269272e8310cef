/** The same instance name exists in several Regions and the user named none: the handler asks which. */
export class InstanceAmbiguous extends Error {
  override readonly name = 'InstanceAmbiguous';

  constructor(
    readonly spoken: string,
    readonly regions: readonly string[],
  ) {
    super(`Instance ${spoken} exists in ${regions.join(', ')}`);
  }
}
