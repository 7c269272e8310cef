import type { DescribeDBLogFilesDetails, RDSClient } from '@aws-sdk/client-rds';
import type { AwsClients } from '../../../aws/AwsClients.js';
import { callAws } from '../../../aws/mapAwsError.js';
import { loadRds } from '../../../aws/sdk.js';
import { checkFamily } from '../bastion/checkFamily.js';
import type { Deadline } from '../Deadline.js';
import type { DbInstanceSummary } from '../fleet/DbInstanceSummary.js';
import type { LogTypeId } from '../vocabulary.js';
import { LogNotFound, LogTypeUnavailable } from './errors.js';
import type { LogTail } from './LogTail.js';
import { LOG_CATALOG, type LogFileKind } from './logCatalog.js';

/** DownloadDBLogFilePortion returns at most 1 MB per call; a tail longer than this many pages is cut. */
const MAX_PORTIONS = 4;
/** Leave this much of the request for summarising and answering. */
const RESERVE_MS = 1_000;

type Rds = Awaited<ReturnType<typeof loadRds>>;

/**
 * Reads the end of an instance's newest log file of one type: DescribeDBLogFiles to find it, then
 * DownloadDBLogFilePortion of the last lines (paging with Marker while RDS has more, bounded by pages and
 * by the request deadline).
 */
export class LogService {
  constructor(private readonly clients: AwsClients) {}

  /** The log types this instance's engine writes, for "you can check ..." answers. */
  logTypes(instance: DbInstanceSummary): LogTypeId[] {
    const family = checkFamily(instance.engine);
    return family ? (Object.keys(LOG_CATALOG[family]) as LogTypeId[]) : [];
  }

  async tail(
    instance: DbInstanceSummary,
    logType: LogTypeId,
    lines: number,
    deadline: Deadline,
  ): Promise<LogTail> {
    const family = checkFamily(instance.engine);
    const kind = family ? LOG_CATALOG[family][logType] : undefined;
    if (!kind) throw new LogTypeUnavailable(instance.engine, logType, this.logTypes(instance));
    const [rds, sdk] = await Promise.all([this.clients.rds(instance.region), loadRds()]);
    const file = await this.newestFile(rds, sdk, instance, kind, deadline);
    if (!file?.LogFileName) throw new LogNotFound(instance.name, instance.region, logType);
    return {
      fileName: file.LogFileName,
      lastWritten: file.LastWritten,
      lines: await this.download(rds, sdk, instance, file.LogFileName, lines, deadline),
    };
  }

  private async newestFile(
    rds: RDSClient,
    sdk: Rds,
    instance: DbInstanceSummary,
    kind: LogFileKind,
    deadline: Deadline,
  ): Promise<DescribeDBLogFilesDetails | undefined> {
    const files: DescribeDBLogFilesDetails[] = [];
    let marker: string | undefined;
    do {
      const page = await callAws('DescribeDBLogFiles', () =>
        rds.send(
          new sdk.DescribeDBLogFilesCommand({
            DBInstanceIdentifier: instance.identifier,
            ...(kind.contains ? { FilenameContains: kind.contains } : {}),
            ...(marker ? { Marker: marker } : {}),
          }),
          { abortSignal: deadline.signal() },
        ),
      );
      files.push(...(page?.DescribeDBLogFiles ?? []).filter((f) => kind.match.test(f.LogFileName ?? '')));
      marker = page?.Marker;
    } while (marker && deadline.remainingMs() > RESERVE_MS);
    return files.sort(
      (a, b) =>
        (b.LastWritten ?? 0) - (a.LastWritten ?? 0) ||
        (b.LogFileName ?? '').localeCompare(a.LogFileName ?? ''),
    )[0];
  }

  private async download(
    rds: RDSClient,
    sdk: Rds,
    instance: DbInstanceSummary,
    fileName: string,
    lines: number,
    deadline: Deadline,
  ): Promise<string[]> {
    let text = '';
    let marker: string | undefined;
    for (let portion = 0; portion < MAX_PORTIONS; portion++) {
      // Without a Marker RDS starts NumberOfLines from the end; a Marker continues where the last portion
      // stopped (at 1 MB).
      const page = await callAws('DownloadDBLogFilePortion', () =>
        rds.send(
          new sdk.DownloadDBLogFilePortionCommand({
            DBInstanceIdentifier: instance.identifier,
            LogFileName: fileName,
            NumberOfLines: lines,
            ...(marker ? { Marker: marker } : {}),
          }),
          { abortSignal: deadline.signal() },
        ),
      );
      text += page?.LogFileData ?? '';
      marker = page?.Marker;
      if (!page?.AdditionalDataPending || !marker || deadline.remainingMs() <= RESERVE_MS) break;
    }
    const all = text.split('\n').map((line) => line.replace(/\r$/, ''));
    while (all.length > 0 && all[all.length - 1] === '') all.pop();
    return all.slice(-lines);
  }
}
