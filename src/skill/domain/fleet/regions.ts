/**
 * Every commercial AWS Region with the names people say for it. The interaction model's REGION slot type
 * carries the same ids (the Region code) so entity resolution hands the skill a code directly; the spoken
 * aliases here are the fallback when a slot arrives unresolved (ER_SUCCESS_NO_MATCH).
 */
export interface RegionInfo {
  /** Region code, e.g. us-west-2. */
  readonly code: string;
  /** The name the skill says back, e.g. "Oregon". */
  readonly spoken: string;
  /** Other things people call it (city, area, country). */
  readonly aliases: readonly string[];
}

export const REGIONS: readonly RegionInfo[] = [
  {
    code: 'us-east-1',
    spoken: 'North Virginia',
    aliases: ['virginia', 'northern virginia', 'n virginia', 'us east'],
  },
  { code: 'us-east-2', spoken: 'Ohio', aliases: ['columbus'] },
  {
    code: 'us-west-1',
    spoken: 'North California',
    aliases: ['california', 'northern california', 'n california', 'san francisco', 'bay area'],
  },
  { code: 'us-west-2', spoken: 'Oregon', aliases: ['portland', 'us west'] },
  { code: 'af-south-1', spoken: 'Cape Town', aliases: ['south africa', 'africa'] },
  { code: 'ap-east-1', spoken: 'Hong Kong', aliases: [] },
  { code: 'ap-east-2', spoken: 'Taipei', aliases: ['taiwan'] },
  { code: 'ap-south-1', spoken: 'Mumbai', aliases: ['bombay', 'india'] },
  { code: 'ap-south-2', spoken: 'Hyderabad', aliases: [] },
  { code: 'ap-southeast-1', spoken: 'Singapore', aliases: [] },
  { code: 'ap-southeast-2', spoken: 'Sydney', aliases: ['australia'] },
  { code: 'ap-southeast-3', spoken: 'Jakarta', aliases: ['indonesia'] },
  { code: 'ap-southeast-4', spoken: 'Melbourne', aliases: [] },
  { code: 'ap-southeast-5', spoken: 'Malaysia', aliases: ['kuala lumpur'] },
  { code: 'ap-southeast-6', spoken: 'New Zealand', aliases: ['auckland'] },
  { code: 'ap-southeast-7', spoken: 'Thailand', aliases: ['bangkok'] },
  { code: 'ap-northeast-1', spoken: 'Tokyo', aliases: ['japan'] },
  { code: 'ap-northeast-2', spoken: 'Seoul', aliases: ['korea', 'south korea'] },
  { code: 'ap-northeast-3', spoken: 'Osaka', aliases: [] },
  { code: 'ca-central-1', spoken: 'Canada Central', aliases: ['canada', 'montreal', 'central canada'] },
  { code: 'ca-west-1', spoken: 'Calgary', aliases: ['canada west', 'western canada'] },
  { code: 'eu-central-1', spoken: 'Frankfurt', aliases: ['germany'] },
  { code: 'eu-central-2', spoken: 'Zurich', aliases: ['switzerland'] },
  { code: 'eu-west-1', spoken: 'Ireland', aliases: ['dublin'] },
  { code: 'eu-west-2', spoken: 'London', aliases: ['england', 'united kingdom', 'u. k.'] },
  { code: 'eu-west-3', spoken: 'Paris', aliases: ['france'] },
  { code: 'eu-south-1', spoken: 'Milan', aliases: ['italy'] },
  { code: 'eu-south-2', spoken: 'Spain', aliases: ['aragon'] },
  { code: 'eu-north-1', spoken: 'Stockholm', aliases: ['sweden'] },
  { code: 'il-central-1', spoken: 'Tel Aviv', aliases: ['israel'] },
  { code: 'me-south-1', spoken: 'Bahrain', aliases: [] },
  { code: 'me-central-1', spoken: 'U. A. E.', aliases: ['united arab emirates', 'dubai', 'uae'] },
  { code: 'mx-central-1', spoken: 'Mexico', aliases: ['mexico central', 'queretaro'] },
  { code: 'sa-east-1', spoken: 'Sao Paulo', aliases: ['brazil', 'são paulo'] },
];

/** The slot id the interaction model uses for "all regions" / "everywhere". */
export const ALL_REGIONS_ID = 'ALL';

const DIGIT_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'] as const;

/**
 * The Region code as people read it aloud: "us-west-2" -> "us west two", plus the letter-by-letter forms
 * Alexa transcribes ("u. s. west two"). Used for slot synonyms and unresolved-slot matching alike.
 */
export function spokenCodeForms(code: string): string[] {
  const words = code.split('-').map((part) => (/^\d$/.test(part) ? DIGIT_WORDS[Number(part)]! : part));
  const spelled = words.map((w) =>
    w.length === 2 && !DIGIT_WORDS.includes(w as never) ? `${w[0]}. ${w[1]}.` : w,
  );
  return [...new Set([words.join(' '), spelled.join(' ')])];
}

/** Lower-cases, drops punctuation and collapses spaces so "U. S. West-Two" equals "us west two". */
export function normaliseSpoken(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[._\-'’]/g, ' ')
    .replace(/\s+/g, '')
    .trim();
}

const BY_CODE = new Map(REGIONS.map((r) => [r.code, r]));
let bySpoken: Map<string, RegionInfo> | undefined;

/** Every name of every Region, normalised. Built on first use: Launch and Help never look a Region up. */
function spokenIndex(): Map<string, RegionInfo> {
  if (bySpoken) return bySpoken;
  bySpoken = new Map();
  for (const region of REGIONS) {
    for (const name of [region.code, region.spoken, ...region.aliases, ...spokenCodeForms(region.code)]) {
      bySpoken.set(normaliseSpoken(name), region);
    }
  }
  return bySpoken;
}

/** Finds a Region by code or by anything people call it; undefined when nothing matches. */
export function findRegion(value: string): RegionInfo | undefined {
  return BY_CODE.get(value.trim().toLowerCase()) ?? spokenIndex().get(normaliseSpoken(value));
}

/** The name to speak for a Region code (the code itself for a Region this list does not know). */
export function regionSpokenName(code: string): string {
  return BY_CODE.get(code)?.spoken ?? code;
}
