/** SSM's ExecutionElapsedTime, an ISO 8601 duration such as PT1.523S. */
export function elapsed(from: Date, to: Date): string {
  return `PT${(Math.max(0, to.getTime() - from.getTime()) / 1000).toFixed(3)}S`;
}
