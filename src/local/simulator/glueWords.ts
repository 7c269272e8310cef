import { SLOT_TYPES } from '../../skill/intents/interactionModel.js';

/**
 * Words that hold a sentence together without saying what is asked. A sample made only of these and slots
 * ("{metric} for {instance}", "what's the {property} of {instance}") says nothing by itself: only its slot
 * values tell which intent it is.
 */
export const GLUE_WORDS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'of',
  'for',
  'on',
  'in',
  'at',
  'to',
  'from',
  'with',
  'by',
  'about',
  'and',
  'or',
  'is',
  'are',
  'was',
  'were',
  'what',
  'which',
  'how',
  'it',
  'its',
  'my',
  'our',
  'me',
  'please',
  // Japanese particles and copulas, as Intl.Segmenter cuts them: 「{instance}の{metric}」 is as bare as
  // "{metric} of {instance}".
  'の',
  'に',
  'は',
  'を',
  'が',
  'で',
  'と',
  'も',
  'へ',
  'から',
  'ある',
  'あり',
  'いる',
  'です',
  'ます',
  'か',
  'って',
]);

/**
 * Slot types whose values are names any words could be (instances, applications, users): they never anchor a
 * sample. Every other custom type is a closed vocabulary (metrics, properties, Regions, ...).
 */
export const OPEN_SLOT_TYPES: ReadonlySet<string> = new Set([
  SLOT_TYPES.DB_INSTANCE,
  SLOT_TYPES.APPLICATION,
  // A database user's name: any name at all, checked by the skill, not by the model.
  SLOT_TYPES.USER_NAME,
]);
