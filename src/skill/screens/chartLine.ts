/** The AVG drawing space of the chart document's lineChart graphic (documents/chart.json). */
const CHART_WIDTH = 1000;
const CHART_HEIGHT = 400;

/** A round axis top at or above `max`: 1, 2, 2.5 or 5 times a power of ten, so the labels read cleanly. */
export function niceCeiling(max: number): number {
  if (!(max > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  const step = [1, 2, 2.5, 5, 10].find((s) => s * power >= max) ?? 10;
  return step * power;
}

/**
 * The AVG path of a line through the points: "M x,y L x,y ...", one command per point, x from the times over
 * [start, end] and y from the values over [0, top] (the drawing's y grows downward).
 */
export function chartLine(
  points: readonly { readonly at: number; readonly value: number }[],
  start: number,
  end: number,
  top: number,
): string {
  const span = Math.max(end - start, 1);
  const round = (n: number) => Math.round(n * 10) / 10;
  const xy = points.map(({ at, value }) => {
    const x = round(((at - start) / span) * CHART_WIDTH);
    const y = round(CHART_HEIGHT - (Math.max(0, Math.min(value, top)) / top) * CHART_HEIGHT);
    return `${x},${y}`;
  });
  return xy.map((p, i) => `${i === 0 ? 'M' : 'L'}${p}`).join(' ');
}
