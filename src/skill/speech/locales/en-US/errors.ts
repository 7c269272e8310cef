import type { AwsFailureReason } from '../../../../aws/AwsCallFailed.js';
import { listToSpeech } from '../../listToSpeech.js';
import type { ErrorSectionStrings } from '../../SpeechStrings.js';
import type { English } from './common.js';

const AWS_FAILURES: Record<AwsFailureReason, string> = {
  accessDenied:
    "I'm not allowed to do that: AWS denied access. Ask your administrator to check the skill's permissions.",
  throttled: 'AWS is throttling my requests right now. Please try again in a minute.',
  timedOut: 'AWS took too long to answer. Please try again in a moment.',
  unavailable: 'AWS is not answering right now. Please try again in a moment.',
};

const MISSING: Record<AwsFailureReason, (region: string) => string> = {
  accessDenied: (region) => `${region} denied me access`,
  throttled: (region) => `${region} was throttling my requests`,
  timedOut: (region) => `${region} did not answer in time`,
  unavailable: (region) => `${region} did not answer`,
};

/** The English words of errors, of partial answers, of the questions asked back, and of slots. */
export function errorsEnglish(en: English): ErrorSectionStrings {
  const { list } = en;
  return {
    errors: {
      generic: "Sorry, something went wrong on my side and I couldn't answer that. Please try again.",
      aws: (reason) => AWS_FAILURES[reason],
      regionUnknown: (spoken) =>
        `I don't know a Region called ${spoken}. Say a Region by its name, like ${en.variant.exampleRegion} or Frankfurt, or by its code, like us west two.`,
      instanceNotFound: (spoken, regions, suggestions) =>
        `I couldn't find an instance called ${spoken} in ${list(regions)}.` +
        (suggestions.length > 0
          ? ` Did you mean ${listToSpeech(suggestions, en.locale, () => '', 5)
              .replace(/, and /, ', or ')
              .replace(/ and /, ' or ')}?`
          : ''),
      applicationNotFound: (spoken, regions, suggestions) =>
        `I couldn't find an application called ${spoken} in ${list(regions)}.` +
        (suggestions.length > 0 ? ` Did you mean ${suggestions.join(' or ')}?` : ''),
      slotMissing: (slot) => `I need to know which ${slot} you mean. Please ask again with it.`,
      slotValueUnknown: (slot, spoken) => `Sorry, I don't know the ${slot} ${spoken}.`,
    },
    partial: {
      missing: (region, reason) => MISSING[reason](region),
      regionsAnswered: (missing) => `That is in the Regions that answered; ${list(missing)}.`,
      listCutShort: (missing) => `I couldn't read the whole list: ${list(missing)}.`,
    },
    ask: {
      region: (instance, regions) => `I found ${instance} in ${list(regions)}. Which Region do you mean?`,
      instance: 'Which instance?',
    },
    slotNames: {
      region: 'Region',
      instance: 'instance',
      application: 'application',
      metric: 'metric',
      property: 'property',
      logType: 'log type',
      parameter: 'parameter',
      environment: 'environment',
      engine: 'engine',
    },
  };
}
