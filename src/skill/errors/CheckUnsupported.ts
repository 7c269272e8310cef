import type { CheckName } from '../bastion/CheckName.js';

/** The engine has no checks at all (Db2), or cannot answer this one honestly (memory per session on PostgreSQL). */
export class CheckUnsupported extends Error {
  override readonly name = 'CheckUnsupported';

  constructor(
    readonly engine: string,
    readonly check?: CheckName,
  ) {
    super(check ? `The ${check} check is not available for ${engine}` : `No checks exist for ${engine}`);
  }
}
