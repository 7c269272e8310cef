import type { OperationContext } from '../../core/OperationContext.js';
import { paginate } from '../../core/paginate.js';
import { read } from '../../core/read.js';
import type { WireInput, WireValue } from '../../core/WireValue.js';
import { invocationView } from './invocationView.js';
import { ssmErrors } from './ssmErrors.js';

/** Visible invocations, newest command first; Details adds the plugin output (first 2,500 characters). */
export function ListCommandInvocations(ctx: OperationContext, input: WireInput): WireValue {
  const commandId = read.str(input, 'CommandId');
  const instanceId = read.str(input, 'InstanceId');
  const details = read.bool(input, 'Details') ?? false;
  const pageSize = read.int(input, 'MaxResults') ?? 50;
  if (pageSize < 1 || pageSize > 50) throw ssmErrors.validation('MaxResults must be between 1 and 50.');
  if (commandId !== undefined && !ctx.regionState.commands.has(commandId)) throw ssmErrors.invalidCommandId();
  const commands = [...ctx.regionState.commands.values()]
    .filter((c) => commandId === undefined || c.commandId === commandId)
    .sort((a, b) => b.requestedAt.getTime() - a.requestedAt.getTime());
  const rows: WireValue[] = [];
  for (const command of commands) {
    for (const invocation of command.invocations.values()) {
      if (instanceId !== undefined && invocation.instanceId !== instanceId) continue;
      const view = invocationView(command, invocation, ctx.now);
      if (!view.visible) continue;
      rows.push({
        CommandId: command.commandId,
        InstanceId: invocation.instanceId,
        InstanceName: invocation.instanceName,
        Comment: command.comment ?? '',
        DocumentName: command.documentName,
        DocumentVersion: '$DEFAULT',
        RequestedDateTime: command.requestedAt,
        Status: view.status,
        StatusDetails: view.statusDetails,
        TraceOutput: '',
        StandardOutputUrl: '',
        StandardErrorUrl: '',
        CommandPlugins: details
          ? [
              {
                Name: 'aws:runShellScript',
                Status: view.status,
                StatusDetails: view.statusDetails,
                ResponseCode: view.responseCode,
                ResponseStartDateTime: view.startedAt,
                ResponseFinishDateTime: view.endedAt,
                Output: (view.stdout + view.stderr).slice(0, 2500),
                StandardOutputUrl: '',
                StandardErrorUrl: '',
              },
            ]
          : [],
        ServiceRole: '',
        CloudWatchOutputConfig: { CloudWatchLogGroupName: '', CloudWatchOutputEnabled: false },
      });
    }
  }
  const page = paginate(rows, read.str(input, 'NextToken'), pageSize, ssmErrors.invalidNextToken);
  return { CommandInvocations: page.items, NextToken: page.next };
}
