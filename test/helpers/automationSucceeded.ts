import type { GetAutomationExecutionCommandOutput } from '@aws-sdk/client-ssm';

/**
 * GetAutomationExecution's answer once the user-management document succeeded: the Lambda's `payload` as
 * the execution's own InvokeUserManagement.Payload output (a run in the skill's account and Region).
 */
export function automationSucceeded(payload: object): Partial<GetAutomationExecutionCommandOutput> {
  return {
    AutomationExecution: {
      AutomationExecutionStatus: 'Success',
      Outputs: { 'InvokeUserManagement.Payload': [JSON.stringify(payload)] },
    },
  };
}
