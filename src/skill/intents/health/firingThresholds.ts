import { AwsCallFailed } from '../../../aws/AwsCallFailed.js';
import type { DbInstanceSummary } from '../../domain/fleet/DbInstanceSummary.js';
import { untilDeadline } from '../../domain/untilDeadline.js';
import type { FiringThreshold } from '../../screens/metricChartScreen.js';
import type { RequestContext } from '../RequestContext.js';

/**
 * The lines of the instance's alarms in ALARM, for a chart to draw: one DescribeAlarms (by the page, within
 * the request's deadline). The line is decoration, so it never costs the answer: an AWS failure leaves the
 * chart without it, and anything else is logged and does the same.
 */
export async function firingThresholds(
  context: RequestContext,
  instance: DbInstanceSummary,
): Promise<readonly FiringThreshold[]> {
  const { services, deadline, logger } = context;
  try {
    const { alarms } = await untilDeadline(
      services.alarms.firing(instance, deadline),
      deadline,
      'DescribeAlarms',
    );
    return alarms.flatMap((a) => (a.threshold ? [{ alarm: a.name, threshold: a.threshold }] : []));
  } catch (error) {
    if (!(error instanceof AwsCallFailed)) logger.warn('Alarm lines left off the chart', { error });
    return [];
  }
}
