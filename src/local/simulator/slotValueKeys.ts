const DIGIT_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'] as const;

/** Lookup keys: digits read out ("us west 2" = "us west two"), and without spaces ("multi az" = "multiaz"). */
export function slotValueKeys(words: readonly string[]): [string, string] {
  const spelled = words.flatMap((word) =>
    /^\d+$/.test(word) ? [...word].map((digit) => DIGIT_WORDS[Number(digit)]!) : [word],
  );
  return [spelled.join(' '), spelled.join('')];
}
