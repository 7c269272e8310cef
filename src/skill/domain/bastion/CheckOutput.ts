/**
 * The result block run-check prints (sql-scripts/README.md): DBVOICE_RESULT fields and DBVOICE_ROW rows,
 * values already decoded.
 */
export interface CheckOutput {
  /** DBVOICE_END was seen: the block is whole (SSM truncates long output). */
  readonly complete: boolean;
  readonly fields: Readonly<Record<string, string>>;
  readonly rows: readonly Readonly<Record<string, string>>[];
}
