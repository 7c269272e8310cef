/** A metric value with its CloudWatch unit, before it is put into words. */
export interface MetricReading {
  readonly value: number;
  /** CloudWatch's StandardUnit, e.g. Percent, Bytes, Seconds, Count/Second. */
  readonly unit: string;
}
