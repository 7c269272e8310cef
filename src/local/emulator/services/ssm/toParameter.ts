import { createHash } from 'node:crypto';
import type { WireValue } from '../../core/WireValue.js';
import type { ParameterRecord } from '../../state/RegionState.js';

/** A stand-in for KMS ciphertext: stable, base64, and carrying nothing of the value. */
function ciphertext(record: ParameterRecord): string {
  const digest = createHash('sha256').update(`${record.name}#${record.version}`).digest();
  return Buffer.concat([Buffer.from([1, 2, 2, 0, 120]), digest, digest]).toString('base64');
}

/** The Parameter structure; SecureString values stay encrypted unless WithDecryption was asked. */
export function toParameter(
  record: ParameterRecord,
  decrypt: boolean,
  region: string,
  account: string,
): WireValue {
  const path = record.name.startsWith('/') ? record.name : `/${record.name}`;
  return {
    Name: record.name,
    Type: record.type,
    Value: record.type === 'SecureString' && !decrypt ? ciphertext(record) : record.value,
    Version: record.version,
    LastModifiedDate: record.lastModified,
    ARN: `arn:aws:ssm:${region}:${account}:parameter${path}`,
    DataType: record.dataType,
  };
}
