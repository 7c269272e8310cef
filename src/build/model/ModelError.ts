/** A mistake the user can fix (a flag, a fleet file, a template): one message and the usage, no stack. */
export class ModelError extends Error {
  override readonly name: string = 'ModelError';
}
