import type { OperationContext } from '../../core/OperationContext.js';
import { paginate } from '../../core/paginate.js';
import { read } from '../../core/read.js';
import type { WireInput, WireValue } from '../../core/WireValue.js';
import { ssmErrors } from './ssmErrors.js';
import { toParameter } from './toParameter.js';

/** One level under Path, or the whole subtree with Recursive; 10 per page at most. */
export function GetParametersByPath(ctx: OperationContext, input: WireInput): WireValue {
  const path = read.requiredStr(input, 'Path');
  if (!path.startsWith('/'))
    throw ssmErrors.validation('The parameter path must begin with a forward slash (/).');
  const recursive = read.bool(input, 'Recursive') ?? false;
  const decrypt = read.bool(input, 'WithDecryption') ?? false;
  const pageSize = read.int(input, 'MaxResults') ?? 10;
  if (pageSize < 1 || pageSize > 10) throw ssmErrors.validation('MaxResults must be between 1 and 10.');
  const types = read
    .objList(input, 'ParameterFilters')
    .filter((filter) => read.str(filter, 'Key') === 'Type')
    .flatMap((filter) => read.strList(filter, 'Values'));
  const prefix = path.endsWith('/') ? path : `${path}/`;
  const matching = [...ctx.regionState.parameters.values()]
    .filter((p) => p.name.startsWith(prefix) && (recursive || !p.name.slice(prefix.length).includes('/')))
    .filter((p) => types.length === 0 || types.includes(p.type))
    .sort((a, b) => a.name.localeCompare(b.name));
  const page = paginate(matching, read.str(input, 'NextToken'), pageSize, ssmErrors.invalidNextToken);
  return {
    Parameters: page.items.map((p) => toParameter(p, decrypt, ctx.region, ctx.state.accountId)),
    NextToken: page.next,
  };
}
