import type { OperationContext } from '../../core/OperationContext.js';
import { read } from '../../core/read.js';
import type { WireInput, WireValue } from '../../core/WireValue.js';
import { elapsed } from './elapsed.js';
import { findInvocation } from './findInvocation.js';
import { invocationView } from './invocationView.js';
import { ssmErrors } from './ssmErrors.js';

/** SSM returns at most this much of each stream inline. */
const MAX_INLINE_CHARS = 24_000;

export function GetCommandInvocation(ctx: OperationContext, input: WireInput): WireValue {
  const { command, invocation } = findInvocation(
    ctx,
    read.requiredStr(input, 'CommandId'),
    read.requiredStr(input, 'InstanceId'),
  );
  const plugin = read.str(input, 'PluginName');
  if (plugin !== undefined && plugin !== 'aws:runShellScript' && plugin !== 'aws:runPowerShellScript') {
    throw ssmErrors.invalidPluginName();
  }
  const view = invocationView(command, invocation, ctx.now);
  // Right after SendCommand the invocation does not exist yet: callers must retry briefly.
  if (!view.visible) throw ssmErrors.invocationDoesNotExist();
  return {
    CommandId: command.commandId,
    InstanceId: invocation.instanceId,
    Comment: command.comment ?? '',
    DocumentName: command.documentName,
    DocumentVersion: '$DEFAULT',
    PluginName:
      command.documentName === 'AWS-RunPowerShellScript' ? 'aws:runPowerShellScript' : 'aws:runShellScript',
    ResponseCode: view.responseCode,
    ExecutionStartDateTime: view.startedAt?.toISOString() ?? '',
    ExecutionElapsedTime: view.startedAt ? elapsed(view.startedAt, view.endedAt ?? ctx.now) : '',
    ExecutionEndDateTime: view.endedAt?.toISOString() ?? '',
    Status: view.status,
    StatusDetails: view.statusDetails,
    StandardOutputContent: view.stdout.slice(0, MAX_INLINE_CHARS),
    StandardOutputUrl: '',
    StandardErrorContent: view.stderr.slice(0, MAX_INLINE_CHARS),
    StandardErrorUrl: '',
    CloudWatchOutputConfig: { CloudWatchLogGroupName: '', CloudWatchOutputEnabled: false },
  };
}
