/** A CloudWatch alarm in ALARM state, as the skill speaks of it. */
export interface Alarm {
  readonly name: string;
  /** CloudWatch's own explanation ("Threshold Crossed: 1 datapoint [92.0] was greater than..."). */
  readonly reason: string;
  /** When it went into ALARM, when CloudWatch says. */
  readonly since?: Date;
  /**
   * The line it watches, when it compares one metric with a fixed threshold (not metric math, not an
   * anomaly band): a chart of that metric draws it. The value is in the metric's own unit, as CloudWatch has it.
   */
  readonly threshold?: AlarmThreshold;
}

export interface AlarmThreshold {
  /** The CloudWatch metric name ("CPUUtilization"). */
  readonly metric: string;
  readonly value: number;
  /** Fires above the line (GreaterThan...), or below it (LessThan...). */
  readonly direction: 'above' | 'below';
}
