import type { ServiceDescriptor } from '../ServiceDescriptor.js';
import { DescribeAlarms } from './DescribeAlarms.js';
import { GetMetricData } from './GetMetricData.js';
import { GetMetricStatistics } from './GetMetricStatistics.js';

/**
 * The current SDK client speaks JSON 1.0 (awsQueryCompatible); older clients and tools still use the query
 * protocol, which costs nothing extra here: every CloudWatch list uses the default `member` items.
 */
export const cloudwatchService: ServiceDescriptor = {
  name: 'cloudwatch',
  signingName: 'monitoring',
  json: { version: '1.0', targetPrefix: 'GraniteServiceVersion20100801', queryCompatible: true },
  query: {
    version: '2010-08-01',
    xmlNamespace: 'http://monitoring.amazonaws.com/doc/2010-08-01/',
    listMembers: {},
  },
  faultCodes: {
    throttling: 'Throttling',
    internal: 'InternalServiceError',
    unavailable: 'ServiceUnavailable',
  },
  operations: { GetMetricStatistics, GetMetricData, DescribeAlarms },
};
