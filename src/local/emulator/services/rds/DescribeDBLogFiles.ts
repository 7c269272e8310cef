import type { OperationContext } from '../../core/OperationContext.js';
import { paginate } from '../../core/paginate.js';
import { read } from '../../core/read.js';
import type { WireInput, WireValue } from '../../core/WireValue.js';
import { findInstance } from './findInstance.js';
import { logFileSize } from './logFileSize.js';
import { rdsErrors } from './rdsErrors.js';
import { readMaxRecords } from './readMaxRecords.js';

export function DescribeDBLogFiles(ctx: OperationContext, input: WireInput): WireValue {
  const instance = findInstance(ctx.regionState, read.requiredStr(input, 'DBInstanceIdentifier'));
  const contains = read.str(input, 'FilenameContains');
  const writtenSince = read.int(input, 'FileLastWritten') ?? 0;
  const minSize = read.int(input, 'FileSize') ?? 0;
  const pageSize = readMaxRecords(input);
  const files = instance.logs
    .get()
    .map((file) => ({ file, size: logFileSize(file) }))
    .filter(
      ({ file, size }) =>
        (contains === undefined || file.name.includes(contains)) &&
        file.lastWritten.getTime() >= writtenSince &&
        size >= minSize,
    );
  const page = paginate(files, read.str(input, 'Marker'), pageSize, rdsErrors.invalidMarker);
  return {
    // LastWritten is a Long of epoch milliseconds, not a timestamp.
    DescribeDBLogFiles: page.items.map(({ file, size }) => ({
      LogFileName: file.name,
      LastWritten: file.lastWritten.getTime(),
      Size: size,
    })),
    Marker: page.next,
  };
}
