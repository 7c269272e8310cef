/**
 * Names shared across stacks in different Regions or accounts, and with the code that finds the resources at
 * run time. CloudFormation cannot reference a resource in another Region or account, so everyone agrees on
 * these names instead of exporting ARNs.
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
  /** The bastion's Name tag in a Region; the skill finds it through ParameterPaths.bastion. */
  bastionName: (region: string): string => `dbvoice-bastion-${region}`,
  /** A tag on every bastion, for State Manager associations (Oracle/SQL Server clients) and patching. */
  bastionRoleTag: { key: 'dbvoice:role', value: 'bastion' },
  /**
   * Log group (in each managed Region) for the output of commands run on the bastion: the skill's checks
   * pass it as SendCommand's CloudWatchOutputConfig, the patching window as its task's.
   */
  bastionCommandLogGroup: '/dbvoice/bastion/commands',
  /** The unprivileged user Session Manager sessions on a bastion run as (never root, never ssm-user). */
  bastionSessionUser: 'dbvoice-session',
} as const;
