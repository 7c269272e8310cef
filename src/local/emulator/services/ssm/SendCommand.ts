import { randomUUID } from 'node:crypto';
import type { OperationContext } from '../../core/OperationContext.js';
import { read } from '../../core/read.js';
import type { WireInput, WireValue } from '../../core/WireValue.js';
import type { BastionRecord, CommandRecord } from '../../state/RegionState.js';
import { planInvocation } from './planInvocation.js';
import { ssmErrors } from './ssmErrors.js';

const DOCUMENTS = new Set(['AWS-RunShellScript', 'AWS-RunPowerShellScript']);

function resolveTargets(ctx: OperationContext, input: WireInput): BastionRecord[] {
  const bastions = ctx.regionState.bastions;
  const instanceIds = read.strList(input, 'InstanceIds');
  if (instanceIds.length > 0) {
    const unknown = instanceIds.filter((id) => !bastions.some((b) => b.instanceId === id));
    if (unknown.length > 0) throw ssmErrors.invalidInstanceId(unknown);
    return bastions.filter((b) => instanceIds.includes(b.instanceId));
  }
  const targets = read.objList(input, 'Targets');
  if (targets.length === 0) throw ssmErrors.validation('Either InstanceIds or Targets must be specified.');
  // The emulator knows each bastion's Name tag and instance id; other tags match nothing.
  return bastions.filter((bastion) =>
    targets.every((target) => {
      const key = read.str(target, 'Key');
      const values = read.strList(target, 'Values');
      if (key === 'tag:Name') return values.includes(bastion.name);
      if (key === 'InstanceIds') return values.includes(bastion.instanceId);
      return false;
    }),
  );
}

/** Run Command on the bastions: the invocations complete asynchronously (see invocationView). */
export function SendCommand(ctx: OperationContext, input: WireInput): WireValue {
  const documentName = read.requiredStr(input, 'DocumentName');
  if (!DOCUMENTS.has(documentName)) throw ssmErrors.invalidDocument(documentName);
  const rawParameters = read.map(input, 'Parameters');
  const parameters: Record<string, string[]> = {};
  for (const [key, value] of Object.entries(rawParameters)) {
    parameters[key] = (Array.isArray(value) ? value : [value]).map(String);
  }
  const commands = parameters.commands ?? [];
  if (commands.length === 0 || commands.every((c) => c.trim() === '')) {
    throw ssmErrors.invalidParameters('Parameters provided are invalid: commands is required.');
  }
  const executionTimeoutSeconds = Number(parameters.executionTimeout?.[0] ?? 3600);
  const deliveryTimeoutSeconds = read.int(input, 'TimeoutSeconds') ?? 3600;
  const targets = resolveTargets(ctx, input);
  const command: CommandRecord = {
    commandId: randomUUID(),
    documentName,
    comment: read.str(input, 'Comment'),
    parameters,
    targets: read.objList(input, 'Targets').map((t) => ({
      Key: read.str(t, 'Key') ?? '',
      Values: read.strList(t, 'Values'),
    })),
    instanceIds: read.strList(input, 'InstanceIds'),
    requestedAt: ctx.now,
    deliveryTimeoutSeconds,
    executionTimeoutSeconds,
    invocations: new Map(),
  };
  for (const bastion of targets) {
    command.invocations.set(
      bastion.instanceId,
      planInvocation(ctx, bastion, commands, executionTimeoutSeconds),
    );
  }
  ctx.regionState.commands.set(command.commandId, command);
  return {
    Command: {
      CommandId: command.commandId,
      DocumentName: documentName,
      DocumentVersion: '$DEFAULT',
      Comment: command.comment,
      ExpiresAfter: new Date(ctx.now.getTime() + (deliveryTimeoutSeconds + executionTimeoutSeconds) * 1000),
      Parameters: new Map(Object.entries(parameters)),
      InstanceIds: command.instanceIds,
      Targets: command.targets,
      RequestedDateTime: ctx.now,
      Status: 'Pending',
      StatusDetails: 'Pending',
      MaxConcurrency: read.str(input, 'MaxConcurrency') ?? '50',
      MaxErrors: read.str(input, 'MaxErrors') ?? '0',
      TargetCount: targets.length,
      CompletedCount: 0,
      ErrorCount: 0,
      DeliveryTimedOutCount: 0,
      TimeoutSeconds: deliveryTimeoutSeconds,
      CloudWatchOutputConfig: read.obj(input, 'CloudWatchOutputConfig') as WireValue,
    },
  };
}
