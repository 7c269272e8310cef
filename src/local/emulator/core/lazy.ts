import type { LazyValue } from './LazyValue.js';

export function lazy<T>(build: () => T): LazyValue<T> {
  let built: { value: T } | undefined;
  return {
    get: () => {
      built ??= { value: build() };
      return built.value;
    },
  };
}
