/** No instance carries the application tag the user said; `suggestions` are the closest applications. */
export class ApplicationNotFound extends Error {
  override readonly name = 'ApplicationNotFound';

  constructor(
    readonly spoken: string,
    readonly regions: readonly string[],
    readonly suggestions: readonly string[],
  ) {
    super(`Application not found: ${spoken}`);
  }
}
