import { AwsError } from '../../core/AwsError.js';
import type { OperationContext } from '../../core/OperationContext.js';
import { read } from '../../core/read.js';
import type { WireInput, WireValue } from '../../core/WireValue.js';
import { lookupParameter } from './lookupParameter.js';
import { ssmErrors } from './ssmErrors.js';
import { toParameter } from './toParameter.js';

/** Up to 10 names; missing ones are listed in InvalidParameters rather than failing the call. */
export function GetParameters(ctx: OperationContext, input: WireInput): WireValue {
  const names = read.strList(input, 'Names');
  if (names.length === 0 || names.length > 10) {
    throw ssmErrors.validation('Names must contain between 1 and 10 parameter names.');
  }
  const decrypt = read.bool(input, 'WithDecryption') ?? false;
  const parameters: WireValue[] = [];
  const invalid: string[] = [];
  for (const name of names) {
    try {
      parameters.push(toParameter(lookupParameter(ctx, name), decrypt, ctx.region, ctx.state.accountId));
    } catch (error) {
      if (!(error instanceof AwsError)) throw error;
      invalid.push(name);
    }
  }
  return { Parameters: parameters, InvalidParameters: invalid };
}
