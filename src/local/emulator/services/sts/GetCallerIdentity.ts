import type { OperationContext } from '../../core/OperationContext.js';
import { stableId } from '../../core/stableId.js';
import type { WireValue } from '../../core/WireValue.js';

/** The fleet's IAM user, whatever keys signed the call (session keys from GetSessionToken included). */
export function GetCallerIdentity(ctx: OperationContext): WireValue {
  return {
    UserId: `AIDA${stableId(ctx.state.userName, 17)}`,
    Account: ctx.state.accountId,
    Arn: `arn:aws:iam::${ctx.state.accountId}:user/${ctx.state.userName}`,
  };
}
