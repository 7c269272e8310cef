import type { OperationContext } from '../../core/OperationContext.js';
import { read } from '../../core/read.js';
import type { WireInput, WireValue } from '../../core/WireValue.js';
import { ssmErrors } from './ssmErrors.js';

export function DeleteParameter(ctx: OperationContext, input: WireInput): WireValue {
  const name = read.requiredStr(input, 'Name');
  if (!ctx.regionState.parameters.delete(name)) throw ssmErrors.parameterNotFound(name);
  return {};
}
