const BASIC = new Set(['Average', 'Sum', 'Minimum', 'Maximum', 'SampleCount']);

export function isValidStatistic(stat: string): boolean {
  return BASIC.has(stat) || /^p(\d{1,2}(\.\d+)?|100)$/.test(stat);
}
