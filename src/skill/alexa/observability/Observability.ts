import type { Logger } from '@aws-lambda-powertools/logger';
import type { Metrics } from '@aws-lambda-powertools/metrics';

/** Structured logging and EMF metrics, created once per container. */
export interface Observability {
  readonly logger: Logger;
  readonly metrics: Metrics;
}
