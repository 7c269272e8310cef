/**
 * Names shared across stacks in different Regions or accounts. CloudFormation cannot reference a resource in
 * another Region or account, so the stacks agree on these names instead of exporting ARNs.
 */
export const ResourceNames = {
  /** The SNS topic the skill and the bastions publish results to (in the home Region). */
  topicName: 'dbvoice-notifications',
  /** Alias of the topic's KMS key; bastions in other Regions are granted the key through it. */
  topicKeyAlias: 'alias/dbvoice/notifications',
  /** The user-management Lambda, the same name in every Region so the Automation document can name it. */
  userManagementFunctionName: 'dbvoice-user-management',
  /** Role in each database account that the Automation runs as (TargetLocations ExecutionRoleName). */
  automationExecutionRoleName: 'DbVoiceUserManagementAutomation',
  /** The name Systems Manager expects for multi-account Automation in the central account. */
  automationAdministrationRoleName: 'AWS-SystemsManager-AutomationAdministrationRole',
  /** The Automation document in the central account. */
  userManagementDocumentName: 'DbVoice-UserManagement',
  /** The SSM document the skill's checks run through. */
  runShellScriptDocument: 'AWS-RunShellScript',
  /** Where the bastion unpacks sql-scripts/ at boot. */
  bastionScriptsDirectory: '/opt/dbvoice/sql-scripts',
} as const;

/** The bastion's Name tag in a Region; the skill finds it through `<prefix>/configuration/bastion/<region>`. */
export function bastionName(region: string): string {
  return `dbvoice-bastion-${region}`;
}

/** The parameter holding a Region's bastion Name tag. */
export function bastionParameterName(parameterPrefix: string, region: string): string {
  return `${parameterPrefix}/configuration/bastion/${region}`;
}
