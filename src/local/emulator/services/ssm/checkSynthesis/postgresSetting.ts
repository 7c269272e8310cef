const MEMORY_UNITS = ['kB', 'MB', 'GB', 'TB'] as const;
const TIME_UNITS: readonly [string, number][] = [
  ['ms', 1000],
  ['s', 60],
  ['min', 60],
  ['h', 24],
  ['d', Number.POSITIVE_INFINITY],
];

/**
 * How `SHOW` (current_setting) prints a setting kept in `unit`: memory and time in the largest unit that
 * divides it exactly ("2GB" for 262144 x 8kB, "5min" for 300 s), anything else as the setting itself.
 */
export function postgresSetting(setting: number, unit: string): string {
  if (setting <= 0) return String(setting);
  const memoryKb =
    unit === '8kB' ? setting * 8 : unit === 'kB' ? setting : unit === 'MB' ? setting * 1024 : undefined;
  if (memoryKb !== undefined) {
    let value = memoryKb;
    let index = 0;
    while (index < MEMORY_UNITS.length - 1 && value % 1024 === 0) {
      value /= 1024;
      index++;
    }
    return `${value}${MEMORY_UNITS[index]}`;
  }
  const start = TIME_UNITS.findIndex(([name]) => name === unit);
  if (start < 0) return String(setting);
  let value = setting;
  let index = start;
  while (index < TIME_UNITS.length - 1 && value % TIME_UNITS[index]![1] === 0) {
    value /= TIME_UNITS[index]![1];
    index++;
  }
  return `${value}${TIME_UNITS[index]![0]}`;
}
