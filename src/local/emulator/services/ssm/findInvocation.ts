import type { OperationContext } from '../../core/OperationContext.js';
import type { CommandRecord, InvocationRecord } from '../../state/RegionState.js';
import { ssmErrors } from './ssmErrors.js';

export function findInvocation(
  ctx: OperationContext,
  commandId: string,
  instanceId: string,
): { readonly command: CommandRecord; readonly invocation: InvocationRecord } {
  const command = ctx.regionState.commands.get(commandId);
  const invocation = command?.invocations.get(instanceId);
  if (!command || !invocation) throw ssmErrors.invocationDoesNotExist();
  return { command, invocation };
}
