import type { OperationContext } from '../../core/OperationContext.js';
import type { ParameterRecord } from '../../state/RegionState.js';
import { parameterName } from './parameterName.js';
import { ssmErrors } from './ssmErrors.js';

/** The parameter a GetParameter(s) name selects; only the current version is kept. */
export function lookupParameter(ctx: OperationContext, raw: string): ParameterRecord {
  const { name, version } = parameterName(raw);
  const record =
    ctx.regionState.parameters.get(name) ?? ctx.regionState.parameters.get(name.replace(/^\//, ''));
  if (!record) throw ssmErrors.parameterNotFound(raw);
  if (version !== undefined && version !== record.version) throw ssmErrors.parameterVersionNotFound(raw);
  return record;
}
