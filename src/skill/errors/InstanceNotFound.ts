/** No instance's tag or identifier matches what the user said; `suggestions` are the closest names. */
export class InstanceNotFound extends Error {
  override readonly name = 'InstanceNotFound';

  constructor(
    readonly spoken: string,
    readonly regions: readonly string[],
    readonly suggestions: readonly string[],
  ) {
    super(`Instance not found: ${spoken}`);
  }
}
