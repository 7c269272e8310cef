/** The end of one log file as read from RDS. */
export interface LogTail {
  readonly fileName: string;
  /** LastWritten of the file, epoch milliseconds. */
  readonly lastWritten: number | undefined;
  /** At most the requested number of lines, oldest first. */
  readonly lines: readonly string[];
}
