/** A value built on first use: 20 Regions x 1,000 instances must not generate every log file up front. */
export interface LazyValue<T> {
  get(): T;
}
