/** Where the allow-list lives: the parameter and the skill's home Region. */
export interface AllowListLocation {
  readonly parameter: string;
  readonly region: string;
}

/**
 * The shell commands that add one id to the allow-list, as an administrator runs them: put-parameter replaces
 * a value, so the current list is read first and the id appended (or the list created with it). The id comes
 * from Alexa's request envelope and is checked to be one, so nothing else can end up in the command.
 */
export function allowListCommand(location: AllowListLocation, id: string): string {
  if (!/^amzn1\.ask\.(account|person)\.[A-Za-z0-9._-]+$/.test(id))
    throw new Error('not an Alexa user or person id');
  const where = `--region ${location.region} --name ${location.parameter}`;
  return [
    `CURRENT=$(aws ssm get-parameter ${where} --query Parameter.Value --output text 2>/dev/null || true)`,
    `aws ssm put-parameter ${where} --type StringList --overwrite --value "\${CURRENT:+$CURRENT,}${id}"`,
  ].join('\n');
}
