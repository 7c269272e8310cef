import { hashString } from '../core/hashString.js';
import type { MetricGenerator, MetricSeries } from '../state/RegionState.js';
import type { FleetMetricGenerator } from './Fleet.js';

interface Definition extends MetricGenerator {
  readonly unit: string;
}

const GIB = 1024 ** 3;

/** The RDS metrics every instance publishes, with plausible levels. Latencies are in Seconds, as on RDS. */
const INSTANCE_METRICS: Readonly<Record<string, Omit<Definition, 'min' | 'max'> & { max?: number }>> = {
  CPUUtilization: { unit: 'Percent', baseline: 22, noise: 8, amplitude: 6, max: 100 },
  FreeableMemory: { unit: 'Bytes', baseline: 4.2 * GIB, noise: 0.2 * GIB, amplitude: 0.1 * GIB },
  DatabaseConnections: { unit: 'Count', baseline: 35, noise: 8, amplitude: 10 },
  ReadIOPS: { unit: 'Count/Second', baseline: 250, noise: 60, amplitude: 80 },
  WriteIOPS: { unit: 'Count/Second', baseline: 120, noise: 30, amplitude: 40 },
  ReadLatency: { unit: 'Seconds', baseline: 0.0015, noise: 0.0005, amplitude: 0.0002 },
  WriteLatency: { unit: 'Seconds', baseline: 0.003, noise: 0.001, amplitude: 0.0005 },
  ReadThroughput: { unit: 'Bytes/Second', baseline: 4e6, noise: 1e6, amplitude: 1e6 },
  WriteThroughput: { unit: 'Bytes/Second', baseline: 1.8e6, noise: 4e5, amplitude: 5e5 },
  NetworkReceiveThroughput: { unit: 'Bytes/Second', baseline: 9e5, noise: 2e5, amplitude: 2e5 },
  NetworkTransmitThroughput: { unit: 'Bytes/Second', baseline: 1.4e6, noise: 3e5, amplitude: 3e5 },
  SwapUsage: { unit: 'Bytes', baseline: 2e6, noise: 0, amplitude: 0 },
  DiskQueueDepth: { unit: 'Count', baseline: 0.8, noise: 0.4, amplitude: 0.2 },
};

const CLUSTER_METRICS: typeof INSTANCE_METRICS = {
  CPUUtilization: INSTANCE_METRICS.CPUUtilization!,
  DatabaseConnections: INSTANCE_METRICS.DatabaseConnections!,
  FreeableMemory: INSTANCE_METRICS.FreeableMemory!,
  VolumeBytesUsed: { unit: 'Bytes', baseline: 48 * GIB, noise: 0.01 * GIB, amplitude: 0 },
};

export interface SeriesSubject {
  readonly dimension: 'DBInstanceIdentifier' | 'DBClusterIdentifier';
  readonly identifier: string;
  readonly allocatedGb?: number;
  readonly aurora?: boolean;
  readonly auroraReader?: boolean;
  readonly overrides?: Readonly<Record<string, number | FleetMetricGenerator>>;
}

/**
 * Generated AWS/RDS series for one instance or cluster, so any time window has data. Levels vary per
 * identifier (stable across runs); the fleet file's `metrics` overrides a baseline or a whole generator.
 */
export function defaultMetricSeries(subject: SeriesSubject): MetricSeries[] {
  const definitions: Record<string, Definition> = {};
  const catalogue = subject.dimension === 'DBClusterIdentifier' ? CLUSTER_METRICS : INSTANCE_METRICS;
  for (const [name, definition] of Object.entries(catalogue)) {
    const scale = 0.7 + (hashString(`${subject.identifier}/${name}`) % 600) / 1000;
    definitions[name] = {
      ...definition,
      baseline: definition.baseline * scale,
      noise: definition.noise * scale,
      amplitude: definition.amplitude * scale,
      min: 0,
      max: definition.max ?? Number.POSITIVE_INFINITY,
    };
  }
  if (subject.dimension === 'DBInstanceIdentifier' && subject.allocatedGb !== undefined) {
    const allocated = subject.allocatedGb * GIB;
    definitions.FreeStorageSpace = {
      unit: 'Bytes',
      baseline: allocated * (0.35 + (hashString(subject.identifier) % 40) / 100),
      noise: allocated * 0.002,
      amplitude: 0,
      min: 0,
      max: allocated,
    };
  }
  if (subject.dimension === 'DBInstanceIdentifier' && subject.aurora) {
    // Aurora storage is the cluster volume; instances report their local (temporary) storage instead.
    definitions.FreeLocalStorage = {
      unit: 'Bytes',
      baseline: 28 * GIB,
      noise: 0.3 * GIB,
      amplitude: 0,
      min: 0,
      max: 64 * GIB,
    };
  }
  if (subject.auroraReader) {
    definitions.AuroraReplicaLag = {
      unit: 'Milliseconds',
      baseline: 18,
      noise: 6,
      amplitude: 2,
      min: 0,
      max: 1e9,
    };
  }
  for (const [name, override] of Object.entries(subject.overrides ?? {})) {
    const base = definitions[name];
    if (typeof override === 'number') {
      // A bare number pins the level: small noise, no daily swing, so "CPU is at 90" stays near 90.
      definitions[name] = {
        unit: base?.unit ?? 'None',
        baseline: override,
        noise: Math.abs(override) * 0.03,
        amplitude: 0,
        min: base?.min ?? 0,
        max: base?.max ?? Number.POSITIVE_INFINITY,
      };
    } else {
      definitions[name] = {
        unit: override.unit ?? base?.unit ?? 'None',
        baseline: override.baseline,
        noise: override.noise ?? 0,
        amplitude: override.amplitude ?? 0,
        min: override.min ?? base?.min ?? 0,
        max: override.max ?? base?.max ?? Number.POSITIVE_INFINITY,
      };
    }
  }
  return Object.entries(definitions).map(([metricName, { unit, ...generator }]) => ({
    namespace: 'AWS/RDS',
    metricName,
    dimensions: { [subject.dimension]: subject.identifier },
    unit,
    generator,
    points: [],
  }));
}
