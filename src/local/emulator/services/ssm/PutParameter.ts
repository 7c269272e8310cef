import type { OperationContext } from '../../core/OperationContext.js';
import { read } from '../../core/read.js';
import type { WireInput, WireValue } from '../../core/WireValue.js';
import { ssmErrors } from './ssmErrors.js';

const TYPES = new Set(['String', 'StringList', 'SecureString']);

export function PutParameter(ctx: OperationContext, input: WireInput): WireValue {
  const name = read.requiredStr(input, 'Name');
  const value = read.str(input, 'Value');
  if (value === undefined || value === '') {
    throw ssmErrors.validation(
      "1 validation error detected: Value at 'value' failed to satisfy constraint: Member must have length greater than or equal to 1",
    );
  }
  const type = read.str(input, 'Type');
  if (type !== undefined && !TYPES.has(type)) throw ssmErrors.validation(`Invalid parameter type ${type}.`);
  const overwrite = read.bool(input, 'Overwrite') ?? false;
  if (overwrite && read.list(input, 'Tags').length > 0) {
    throw ssmErrors.validation("Invalid request: tags and overwrite can't be used together.");
  }
  const existing = ctx.regionState.parameters.get(name);
  if (existing) {
    if (!overwrite) throw ssmErrors.parameterAlreadyExists();
    existing.value = value;
    existing.type = type ?? existing.type;
    existing.version += 1;
    existing.lastModified = ctx.now;
    existing.description = read.str(input, 'Description') ?? existing.description;
    return { Version: existing.version, Tier: 'Standard' };
  }
  if (type === undefined)
    throw ssmErrors.validation('A parameter type is required when you create a parameter.');
  ctx.regionState.parameters.set(name, {
    name,
    type,
    value,
    version: 1,
    lastModified: ctx.now,
    description: read.str(input, 'Description'),
    dataType: read.str(input, 'DataType') ?? 'text',
  });
  return { Version: 1, Tier: 'Standard' };
}
