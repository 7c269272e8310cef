export type Paint = (text: string) => string;

export interface Style {
  readonly bold: Paint;
  readonly dim: Paint;
  readonly cyan: Paint;
  readonly green: Paint;
  readonly yellow: Paint;
  readonly red: Paint;
  readonly magenta: Paint;
}

function paint(open: number, close: number, enabled: boolean): Paint {
  return enabled ? (text) => `\x1b[${open}m${text}\x1b[${close}m` : (text) => text;
}

/**
 * ANSI colours for a terminal, plain text for pipes and files, and never when NO_COLOR is set
 * (https://no-color.org) so transcripts and CI logs stay readable.
 */
export function createStyle(stream: NodeJS.WritableStream & { isTTY?: boolean }): Style {
  const enabled = stream.isTTY === true && !process.env.NO_COLOR && process.env.TERM !== 'dumb';
  return {
    bold: paint(1, 22, enabled),
    dim: paint(2, 22, enabled),
    cyan: paint(36, 39, enabled),
    green: paint(32, 39, enabled),
    yellow: paint(33, 39, enabled),
    red: paint(31, 39, enabled),
    magenta: paint(35, 39, enabled),
  };
}
