import type { Operation } from '../core/Operation.js';
import type { ListMemberNames } from '../protocols/ListMemberNames.js';

/** How a service is reached on the wire and what it can do: one row of the dispatcher table. */
export interface ServiceDescriptor {
  /** Our name for it, used in call counts and fault rules. */
  readonly name: string;
  /** The SigV4 signing name in the credential scope (CloudWatch signs as "monitoring"). */
  readonly signingName: string;
  /** awsQuery: the Version parameter, the response namespace and list item names. */
  readonly query?: {
    readonly version: string;
    readonly xmlNamespace: string;
    readonly listMembers: ListMemberNames;
  };
  /** awsJson: the X-Amz-Target prefix; queryCompatible services also send x-amzn-query-error. */
  readonly json?: {
    readonly version: '1.0' | '1.1';
    readonly targetPrefix: string;
    readonly queryCompatible: boolean;
  };
  /** Error codes this service uses for injected faults. */
  readonly faultCodes: {
    readonly throttling: string;
    readonly internal: string;
    readonly unavailable: string;
  };
  readonly operations: Readonly<Record<string, Operation>>;
}
