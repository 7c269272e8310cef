import { read } from '../../core/read.js';
import type { WireInput } from '../../core/WireValue.js';

export function readTags(input: WireInput): { Key: string; Value: string }[] {
  return read
    .objList(input, 'Tags')
    .map((tag) => ({ Key: read.str(tag, 'Key') ?? '', Value: read.str(tag, 'Value') ?? '' }));
}
