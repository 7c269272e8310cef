import type { OperationContext } from '../../core/OperationContext.js';
import { read } from '../../core/read.js';
import type { WireInput, WireValue } from '../../core/WireValue.js';
import { findSecret } from './findSecret.js';
import { moveStage } from './moveStage.js';
import { secretsErrors } from './secretsErrors.js';

/**
 * Moves or removes a staging label, with Secrets Manager's guard: a label attached elsewhere may only be
 * moved by naming that version in RemoveFromVersionId, and AWSCURRENT can move but never just disappear.
 */
export function UpdateSecretVersionStage(ctx: OperationContext, input: WireInput): WireValue {
  const secret = findSecret(ctx, read.requiredStr(input, 'SecretId'));
  const stage = read.requiredStr(input, 'VersionStage');
  const removeFrom = read.str(input, 'RemoveFromVersionId');
  const moveTo = read.str(input, 'MoveToVersionId');
  if (moveTo !== undefined && !secret.versions.has(moveTo)) {
    throw secretsErrors.notFound(`Secrets Manager can't find the specified secret version: ${moveTo}`);
  }
  const holder = [...secret.versions.values()].find((v) => v.stages.has(stage));
  if (removeFrom !== undefined && holder?.versionId !== removeFrom) {
    throw secretsErrors.invalidParameter(`Staging label ${stage} is not attached to version ${removeFrom}.`);
  }
  if (moveTo !== undefined && holder && holder.versionId !== moveTo && removeFrom === undefined) {
    throw secretsErrors.invalidParameter(
      `The parameter RemoveFromVersionId can't be empty. Staging label ${stage} is currently attached to version ` +
        `${holder.versionId}, so you must explicitly reference that version in RemoveFromVersionId.`,
    );
  }
  if (moveTo === undefined) {
    if (stage === 'AWSCURRENT') {
      throw secretsErrors.invalidParameter(
        'You can only move staging label AWSCURRENT to a different secret version.',
      );
    }
    holder?.stages.delete(stage);
  } else {
    moveStage(secret, stage, moveTo);
  }
  secret.lastChangedAt = ctx.now;
  return { ARN: secret.arn, Name: secret.name };
}
