import { encodeRunnerValue } from './encodeRunnerValue.js';

/** One result row, columns in the order the check's SQL selects them. */
export type RunnerRow = Readonly<Record<string, string>>;

/**
 * The block run-check prints, built in the runner's order: fields as they are known (check, engine,
 * instance, parameter, family, user, database), then the rows and their count, then the status.
 */
export class RunnerResultBlock {
  private readonly lines: string[] = [];

  public result(key: string, value: string): this {
    this.lines.push(`DBVOICE_RESULT ${key}=${encodeRunnerValue(value)}`);
    return this;
  }

  public rows(rows: readonly RunnerRow[]): this {
    for (const row of rows) {
      const pairs = Object.entries(row).map(([key, value]) => `${key}=${encodeRunnerValue(value)}`);
      this.lines.push(`DBVOICE_ROW ${pairs.join(' ')}`);
    }
    return this.result('rows', String(rows.length));
  }

  /** The result lines without BEGIN/END: what the runner's e-mail quotes. */
  public body(): string {
    return this.lines.map((line) => `${line}\n`).join('');
  }

  public text(): string {
    return `DBVOICE_BEGIN version=1\n${this.body()}DBVOICE_END\n`;
  }
}
