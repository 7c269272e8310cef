// Only what the skill uses; see rds.ts for why the packages are not imported whole.
export {
  GetAutomationExecutionCommand,
  GetCommandInvocationCommand,
  GetParameterCommand,
  GetParametersCommand,
  ListCommandInvocationsCommand,
  SendCommandCommand,
  SSMClient,
  StartAutomationExecutionCommand,
} from '@aws-sdk/client-ssm';
