/**
 * The skill's own words that Britain, Ireland, Australia and India spell apart from the US (lower case, whole
 * words). Only words the English source actually says are listed: englishStrings applies them to its fixed
 * words, never to instance or alarm names.
 */
export const BRITISH_SPELLINGS: Readonly<Record<string, string>> = {
  utilization: 'utilisation',
  license: 'licence',
};
