/** One CloudWatch period of a metric: when it started and its average and maximum, in the reading's unit. */
export interface MetricDatapoint {
  readonly at: Date;
  readonly average: number;
  readonly maximum: number;
}
