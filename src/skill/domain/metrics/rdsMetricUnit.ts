/**
 * The unit CloudWatch publishes each RDS metric in. GetMetricData, unlike GetMetricStatistics, returns bare
 * values: the unit is known from the metric. Latencies are Seconds on RDS, AuroraReplicaLag Milliseconds.
 */
const UNITS: Readonly<Record<string, string>> = {
  CPUUtilization: 'Percent',
  FreeableMemory: 'Bytes',
  FreeStorageSpace: 'Bytes',
  FreeLocalStorage: 'Bytes',
  DatabaseConnections: 'Count',
  ReadIOPS: 'Count/Second',
  WriteIOPS: 'Count/Second',
  ReadLatency: 'Seconds',
  WriteLatency: 'Seconds',
  ReadThroughput: 'Bytes/Second',
  WriteThroughput: 'Bytes/Second',
  NetworkReceiveThroughput: 'Bytes/Second',
  NetworkTransmitThroughput: 'Bytes/Second',
  SwapUsage: 'Bytes',
  ReplicaLag: 'Seconds',
  AuroraReplicaLag: 'Milliseconds',
  DiskQueueDepth: 'Count',
};

export function rdsMetricUnit(cloudWatchMetric: string): string {
  return UNITS[cloudWatchMetric] ?? 'None';
}
