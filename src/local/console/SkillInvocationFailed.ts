/** An error as it crossed the worker boundary (Error objects do not survive postMessage with their class). */
export interface SerialisedError {
  readonly name: string;
  readonly message: string;
  readonly stack?: string;
}

/** The skill threw (or the container died): the error as the skill raised it, stack included. */
export class SkillInvocationFailed extends Error {
  constructor(error: SerialisedError) {
    super(error.message);
    this.name = error.name;
    if (error.stack) this.stack = error.stack;
  }
}
