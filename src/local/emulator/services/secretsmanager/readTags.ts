import { read } from '../../core/read.js';
import type { WireInput } from '../../core/WireValue.js';
import { secretsErrors } from './secretsErrors.js';

/** The characters Secrets Manager (like most AWS tagging) allows in tag keys and values: no '%', no quotes. */
const TAG_TEXT = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;

export function readTags(input: WireInput): { Key: string; Value: string }[] {
  return read.objList(input, 'Tags').map((tag) => {
    const Key = read.str(tag, 'Key') ?? '';
    const Value = read.str(tag, 'Value') ?? '';
    if (
      Key.length < 1 ||
      Key.length > 128 ||
      !TAG_TEXT.test(Key) ||
      Value.length > 256 ||
      !TAG_TEXT.test(Value)
    ) {
      throw secretsErrors.invalidParameter(
        'Tag keys (1-128) and values (0-256) may hold only letters, digits, spaces and _ . : / = + - @',
      );
    }
    return { Key, Value };
  });
}
