import { read } from '../../core/read.js';
import type { WireInput } from '../../core/WireValue.js';
import { secretsErrors } from './secretsErrors.js';

/** SecretString or SecretBinary (base64 on the wire), never both. */
export function readSecretValue(input: WireInput): {
  readonly secretString: string | undefined;
  readonly secretBinary: Uint8Array | undefined;
} {
  const secretString = read.str(input, 'SecretString');
  const binary = read.str(input, 'SecretBinary');
  if (secretString !== undefined && binary !== undefined) {
    throw secretsErrors.invalidParameter(
      "You can't specify both a binary secret value and a string secret value in the same secret.",
    );
  }
  return {
    secretString,
    secretBinary: binary === undefined ? undefined : new Uint8Array(Buffer.from(binary, 'base64')),
  };
}
