/**
 * How people say a fleet name, for slot synonyms (the generated model's slot types and the skill's dynamic
 * entities share it, so both hear a name the same way): "prod-ledger-01" -> "prod ledger zero one",
 * "prod ledger one", "ledger zero one", "ledger one", "ledger"; "inventory-api" -> "inventory api",
 * "inventory a. p. i."; "hr" -> "hr", "h. r."; "reporting-dev" -> also "dev reporting". The first form is the
 * slot value; the rest are synonyms.
 */
export function spokenForms(name: string, { whole = false }: { readonly whole?: boolean } = {}): string[] {
  const parts = splitName(name);
  if (parts.length === 0) return [];
  const core = parts.filter((part) => !ENVIRONMENT_WORDS.has(part));
  const coreWords = core.filter((part) => !/^\d+$/.test(part));
  // People put the environment first whatever the tag's order: "the dev reporting database" for reporting-dev.
  const environmentFirst = [...parts.filter((part) => ENVIRONMENT_WORDS.has(part)), ...core];
  // `whole`: only the name read out in full, without the shortenings ("ledger" for prod-ledger-01).
  const shapes: (readonly string[])[] = whole ? [parts] : [parts, environmentFirst, core, coreWords];
  const forms: string[] = [];
  for (const shape of shapes) {
    if (shape.length === 0 || shape.every((part) => /^\d+$/.test(part))) continue;
    for (const numbers of [digitByDigit, cardinal]) {
      const words = shape.map((part) => (/^\d+$/.test(part) ? numbers(part) : part));
      forms.push(words.join(' '));
      if (words.some(isSpelledOut)) forms.push(words.map(spell).join(' '));
    }
  }
  return [...new Set(forms)];
}

/**
 * Whether a spoken form puts an environment before the name ("dev reporting" for reporting-dev): such a
 * form is said with a noun too ("the dev reporting database"), like the name itself.
 */
export function saysEnvironmentFirst(phrase: string): boolean {
  const [first, ...rest] = phrase.split(' ');
  return rest.length > 0 && ENVIRONMENT_WORDS.has(first ?? '');
}

/** "prodLedger_01.db" -> prod, ledger, 01, db: separators, case changes and letter/digit boundaries. */
function splitName(name: string): string[] {
  return name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Za-z])(\d)|(\d)([A-Za-z])/g, '$1$3 $2$4')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Prefixes and suffixes that say where an instance runs, not what it is: left out of the short forms. */
const ENVIRONMENT_WORDS = new Set([
  'prod',
  'prd',
  'production',
  'live',
  'stg',
  'stage',
  'staging',
  'preprod',
  'dev',
  'development',
  'test',
  'tst',
  'qa',
  'uat',
  'sandbox',
]);

/** Short words people spell out rather than read: the letters Alexa then transcribes "a. p. i.". */
const ACRONYMS = new Set([
  'api',
  'erp',
  'crm',
  'hr',
  'etl',
  'cms',
  'bi',
  'sso',
  'iam',
  'aws',
  'sql',
  'db',
  'dw',
  'edw',
  'oltp',
  'olap',
  'kpi',
  'sap',
  'pos',
  'ml',
  'ai',
  'qa',
  'uat',
  'cdn',
  'dns',
  'vpn',
  'gis',
  'ui',
  'io',
  'rds',
]);

function isSpelledOut(word: string): boolean {
  return ACRONYMS.has(word) || (/^[a-z]{2,4}$/.test(word) && !/[aeiouy]/.test(word));
}

function spell(word: string): string {
  return isSpelledOut(word) ? [...word].map((letter) => `${letter}.`).join(' ') : word;
}

const DIGITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = [
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** "01" -> "zero one": how a number is read off a name tag. */
function digitByDigit(digits: string): string {
  return [...digits].map((digit) => DIGITS[Number(digit)]!).join(' ');
}

/** "01" -> "one", "12" -> "twelve", "42" -> "forty two"; longer numbers are read digit by digit. */
function cardinal(digits: string): string {
  const value = Number(digits);
  if (value >= 100) return digitByDigit(digits);
  if (value < 10) return DIGITS[value]!;
  if (value < 20) return TEENS[value - 10]!;
  const unit = value % 10;
  return unit === 0 ? TENS[Math.floor(value / 10)]! : `${TENS[Math.floor(value / 10)]} ${DIGITS[unit]}`;
}
