import { randomUUID } from 'node:crypto';
import type { OperationContext } from '../../core/OperationContext.js';
import { read } from '../../core/read.js';
import type { WireInput, WireValue } from '../../core/WireValue.js';
import type { AutomationRecord } from '../../state/RegionState.js';
import { findAutomationDocument, resolveParameters } from './automationDocuments.js';
import { announceOnTopic, runAutomation } from './runAutomation.js';
import { ssmErrors } from './ssmErrors.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function givenParameters(input: WireInput): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(read.map(input, 'Parameters')).map(([name, value]) => [
      name,
      (Array.isArray(value) ? value : [value]).map(String),
    ]),
  );
}

/**
 * Where the step runs: the one target location's account and Region (the skill names the instance's), or
 * the caller's own. The emulator holds one account and runs one location; more is refused, not faked.
 */
function targetOf(ctx: OperationContext, locations: readonly WireInput[]): AutomationRecord['target'] {
  if (locations.length === 0) return { account: ctx.state.accountId, region: ctx.region };
  const accounts = locations.flatMap((location) => read.strList(location, 'Accounts'));
  const regions = locations.flatMap((location) => read.strList(location, 'Regions'));
  if (locations.length > 1 || accounts.length !== 1 || regions.length !== 1) {
    throw ssmErrors.validation('The emulator runs an Automation in exactly one account and Region.');
  }
  return { account: accounts[0]!, region: regions[0]! };
}

/**
 * Starts the user-management Automation. The parameters are checked against lib/documents/ as SSM checks
 * them; the step then runs in the background (runAutomation) and GetAutomationExecution reports it.
 * ClientToken makes the call idempotent as in SSM: the same token with the same request returns the same
 * execution (nothing runs twice), with a different request IdempotentParameterMismatch.
 */
export function StartAutomationExecution(ctx: OperationContext, input: WireInput): WireValue {
  const { name, document } = findAutomationDocument(
    ctx.runtime.repoRoot,
    read.requiredStr(input, 'DocumentName'),
  );
  const parameters = resolveParameters(document, givenParameters(input));
  const clientToken = read.str(input, 'ClientToken');
  if (clientToken !== undefined && !UUID.test(clientToken)) {
    throw ssmErrors.validation('ClientToken must be a UUID.');
  }
  const locations = read.objList(input, 'TargetLocations');
  const target = targetOf(ctx, locations);
  if (clientToken !== undefined) {
    const earlier = [...ctx.regionState.automations.values()].find((a) => a.clientToken === clientToken);
    if (earlier) {
      const same =
        earlier.documentName === name &&
        JSON.stringify(earlier.parameters) === JSON.stringify(parameters) &&
        JSON.stringify(earlier.target) === JSON.stringify(target);
      if (!same) throw ssmErrors.idempotentParameterMismatch();
      return { AutomationExecutionId: earlier.executionId };
    }
  }
  const record: AutomationRecord = {
    executionId: randomUUID(),
    documentName: name,
    parameters,
    clientToken,
    target,
    targetLocations: locations,
    startedAt: ctx.now,
    status: 'InProgress',
    endedAt: undefined,
    outputs: {},
    failureMessage: undefined,
  };
  ctx.regionState.automations.set(record.executionId, record);
  if (target.account !== ctx.state.accountId) {
    record.status = 'Failed';
    record.endedAt = ctx.now;
    record.failureMessage = `The emulator holds account ${ctx.state.accountId} only, not ${target.account}.`;
    announceOnTopic(ctx.state, ctx.regionState)(record);
  } else {
    void runAutomation(ctx.runtime, record, announceOnTopic(ctx.state, ctx.regionState));
  }
  return { AutomationExecutionId: record.executionId };
}
