/** One RDS event of an instance ("DB instance restarted"), as the skill speaks of it. */
export interface RdsEvent {
  readonly message: string;
  /** When it happened, when RDS says. */
  readonly at?: Date;
  /** Set when the event is its Aurora cluster's (SourceType db-cluster), such as a failover: the cluster id. */
  readonly cluster?: string;
}
