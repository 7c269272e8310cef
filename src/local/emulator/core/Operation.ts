import type { OperationContext } from './OperationContext.js';
import type { WireInput, WireValue } from './WireValue.js';

/** One API action: decoded input in, protocol-neutral output out; failures are thrown AwsErrors. */
export type Operation = (ctx: OperationContext, input: WireInput) => WireValue | Promise<WireValue>;
