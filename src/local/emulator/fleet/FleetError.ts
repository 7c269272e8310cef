/** A fleet file that cannot be loaded, with the path of the offending field. */
export class FleetError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'FleetError';
  }
}
