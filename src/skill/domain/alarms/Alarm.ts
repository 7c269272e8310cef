/** A CloudWatch alarm in ALARM state, as the skill speaks of it. */
export interface Alarm {
  readonly name: string;
  /** CloudWatch's own explanation ("Threshold Crossed: 1 datapoint [92.0] was greater than..."). */
  readonly reason: string;
  /** When it went into ALARM, when CloudWatch says. */
  readonly since?: Date;
}
