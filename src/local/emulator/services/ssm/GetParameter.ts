import type { OperationContext } from '../../core/OperationContext.js';
import { read } from '../../core/read.js';
import type { WireInput, WireValue } from '../../core/WireValue.js';
import { lookupParameter } from './lookupParameter.js';
import { toParameter } from './toParameter.js';

export function GetParameter(ctx: OperationContext, input: WireInput): WireValue {
  const record = lookupParameter(ctx, read.requiredStr(input, 'Name'));
  const decrypt = read.bool(input, 'WithDecryption') ?? false;
  return { Parameter: toParameter(record, decrypt, ctx.region, ctx.state.accountId) };
}
