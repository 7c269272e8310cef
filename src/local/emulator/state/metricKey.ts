/** CloudWatch identifies a metric by namespace, name and the exact set of dimensions. */
export function metricKey(
  namespace: string,
  metricName: string,
  dimensions: Readonly<Record<string, string>>,
): string {
  const dims = Object.keys(dimensions)
    .sort()
    .map((name) => `${name}=${dimensions[name]}`)
    .join(',');
  return `${namespace}|${metricName}|${dims}`;
}
