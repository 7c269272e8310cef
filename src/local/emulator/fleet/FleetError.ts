import { UsageError } from '../core/UsageError.js';

/** A fleet file that cannot be loaded, with the path of each offending field: the user's mistake to fix. */
export class FleetError extends UsageError {
  override readonly name: string = 'FleetError';
}
