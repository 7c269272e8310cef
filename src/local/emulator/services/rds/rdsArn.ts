/** arn:aws:rds:<region>:<account>:<type>:<name>, type db or cluster. */
export function rdsArn(region: string, account: string, type: 'db' | 'cluster', name: string): string {
  return `arn:aws:rds:${region}:${account}:${type}:${name}`;
}
