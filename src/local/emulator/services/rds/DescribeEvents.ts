import type { OperationContext } from '../../core/OperationContext.js';
import { paginate } from '../../core/paginate.js';
import { read } from '../../core/read.js';
import type { WireInput, WireValue } from '../../core/WireValue.js';
import { rdsErrors } from './rdsErrors.js';
import { readMaxRecords } from './readMaxRecords.js';

const SOURCE_TYPES = new Set([
  'db-instance',
  'db-parameter-group',
  'db-security-group',
  'db-snapshot',
  'db-cluster',
  'db-cluster-snapshot',
  'custom-engine-version',
  'db-proxy',
  'blue-green-deployment',
]);

const FOURTEEN_DAYS_MS = 14 * 86_400_000;

/** Events in a window: StartTime/EndTime, or the last Duration minutes (60 by default), oldest first. */
export function DescribeEvents(ctx: OperationContext, input: WireInput): WireValue {
  const sourceIdentifier = read.str(input, 'SourceIdentifier');
  const sourceType = read.str(input, 'SourceType');
  if (sourceType !== undefined && !SOURCE_TYPES.has(sourceType)) {
    throw rdsErrors.invalidParameterValue(`Invalid SourceType: ${sourceType}`);
  }
  if (sourceIdentifier !== undefined && sourceType === undefined) {
    throw rdsErrors.invalidParameterCombination(
      'Cannot specify SourceIdentifier without specifying SourceType',
    );
  }
  const pageSize = readMaxRecords(input);
  const duration = read.int(input, 'Duration');
  const endTime = read.date(input, 'EndTime') ?? ctx.now;
  const startTime =
    read.date(input, 'StartTime') ??
    new Date((duration === undefined ? ctx.now : endTime).getTime() - (duration ?? 60) * 60_000);
  const earliest = ctx.now.getTime() - FOURTEEN_DAYS_MS;
  const categories = read.strList(input, 'EventCategories');
  const wanted = sourceIdentifier?.toLowerCase();

  const events = ctx.regionState.events
    .filter((event) => {
      const at = event.date.getTime();
      return (
        at >= Math.max(startTime.getTime(), earliest) &&
        at <= Math.min(endTime.getTime(), ctx.now.getTime()) &&
        (sourceType === undefined || event.sourceType === sourceType) &&
        (wanted === undefined || event.sourceIdentifier.toLowerCase() === wanted) &&
        (categories.length === 0 || event.categories.some((c) => categories.includes(c)))
      );
    })
    .sort((a, b) => a.date.getTime() - b.date.getTime());
  const page = paginate(events, read.str(input, 'Marker'), pageSize, rdsErrors.invalidMarker);
  return {
    Marker: page.next,
    Events: page.items.map((event) => ({
      SourceIdentifier: event.sourceIdentifier,
      SourceType: event.sourceType,
      Message: event.message,
      EventCategories: [...event.categories],
      Date: event.date,
      SourceArn: event.sourceArn,
    })),
  };
}
