/**
 * The readings a resource's tags give one of its names: `<key>-<language>` ("instance-ja": "レポーティング"
 * beside "instance": "reporting"), keys compared case-insensitively like the name tags; an empty reading is
 * none. Japanese recognition writes English words in katakana, so a reading is how such a listener's Alexa
 * hears the name and how the skill should say it back.
 */
export function nameReadings(
  tags: Iterable<readonly [string, string]>,
  key: string,
): Readonly<Record<string, string>> {
  const prefix = `${key.toLowerCase()}-`;
  const found: Record<string, string> = {};
  for (const [tagKey, value] of tags) {
    const lower = tagKey.toLowerCase();
    const language = lower.slice(prefix.length);
    if (lower.startsWith(prefix) && /^[a-z]{2}$/.test(language) && value.trim())
      found[language] = value.trim();
  }
  return found;
}

/** The name to say to a listener of `locale`: its reading in that language when it has one. */
export function spokenNameOf(
  named: { readonly name: string; readonly readings?: Readonly<Record<string, string>> },
  locale: string,
): string {
  return named.readings?.[locale.split('-')[0]!.toLowerCase()] ?? named.name;
}
