import type { OperationContext } from '../../core/OperationContext.js';
import { read } from '../../core/read.js';
import type { WireInput, WireValue } from '../../core/WireValue.js';
import { ssmErrors } from './ssmErrors.js';

/** An execution's status, its outputs once it succeeded, or its failure message once it failed. */
export function GetAutomationExecution(ctx: OperationContext, input: WireInput): WireValue {
  const id = read.requiredStr(input, 'AutomationExecutionId');
  const record = ctx.regionState.automations.get(id);
  if (!record) throw ssmErrors.automationExecutionNotFound(id);
  return {
    AutomationExecution: {
      AutomationExecutionId: record.executionId,
      DocumentName: record.documentName,
      DocumentVersion: '1',
      AutomationExecutionStatus: record.status,
      ExecutionStartTime: record.startedAt,
      ...(record.endedAt ? { ExecutionEndTime: record.endedAt } : {}),
      Parameters: new Map(Object.entries(record.parameters)),
      Outputs: new Map(Object.entries(record.outputs)),
      ...(record.failureMessage ? { FailureMessage: record.failureMessage } : {}),
      ...(record.targetLocations.length > 0 ? { TargetLocations: record.targetLocations as WireValue } : {}),
      Mode: 'Auto',
    },
  };
}
