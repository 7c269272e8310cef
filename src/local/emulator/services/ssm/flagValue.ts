/** The value after `--name` (or in `--name=value`) among command words. */
export function flagValue(words: readonly string[], name: string): string | undefined {
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (word === `--${name}`) return words[i + 1];
    if (word.startsWith(`--${name}=`)) return word.slice(name.length + 3);
  }
  return undefined;
}
