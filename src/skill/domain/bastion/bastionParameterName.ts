/** The parameter holding a Region's bastion Name tag (the CDK bastion stack writes it). */
export function bastionParameterName(parameterPrefix: string, region: string): string {
  return `${parameterPrefix}/configuration/bastion/${region}`;
}
