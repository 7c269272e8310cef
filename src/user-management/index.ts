/**
 * Lambda entry point (bundled to dist/user-management/index.js). Clients are built on the first invocation,
 * once per container, so importing this module in a test costs nothing.
 */
import { createDefaultDeps } from './defaultDeps.js';
import { createHandler, type UserManagementHandler } from './handler.js';

const defaultHandler = lazily(() => createHandler(createDefaultDeps()));

export const handler: UserManagementHandler = (event, context) => defaultHandler()(event, context);

function lazily<T>(build: () => T): () => T {
  let built: { value: T } | undefined;
  return () => {
    built ??= { value: build() };
    return built.value;
  };
}
