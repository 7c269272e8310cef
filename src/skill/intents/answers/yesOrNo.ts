const YES = new Set(['yes', 'yeah', 'yep', 'yup', 'sure', 'correct', 'right', 'yes please', 'that one']);
const NO = new Set(['no', 'nope', 'nah', 'no thanks', 'no thank you', 'wrong', 'neither', 'none']);

/**
 * A yes or a no heard as the value of the slot the skill asked for: on a device "no" in answer to "which
 * Region?" can fill the region slot instead of reaching AMAZON.NoIntent. Anything else is undefined.
 */
export function yesOrNo(heard: string | undefined): 'yes' | 'no' | undefined {
  const words = (heard ?? '')
    .toLowerCase()
    .replace(/[^a-z ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (YES.has(words)) return 'yes';
  if (NO.has(words)) return 'no';
  return undefined;
}
