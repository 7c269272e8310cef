import { getLocale, type RequestInterceptor } from 'ask-sdk-core';
import { Deadline } from '../../domain/Deadline.js';
import { setRequestContext } from '../../intents/RequestContext.js';
import type { SkillServices } from '../../intents/SkillServices.js';
import { stringsFor } from '../../speech/stringsFor.js';
import type { Observability } from '../observability/Observability.js';

/** Starts the request's clock and picks its locale's words before any handler runs. */
export function requestContextInterceptor(
  services: SkillServices,
  observability: Observability,
  now: () => number,
): RequestInterceptor {
  return {
    process(input) {
      const startedAt = now();
      const locale = input.requestEnvelope.request.locale ?? getLocaleSafe(input.requestEnvelope);
      setRequestContext(input, {
        deadline: new Deadline(services.config.requestBudgetMs, now),
        strings: stringsFor(locale),
        services,
        logger: observability.logger,
        startedAt,
        now,
      });
    },
  };
}

function getLocaleSafe(envelope: Parameters<typeof getLocale>[0]): string | undefined {
  try {
    return getLocale(envelope);
  } catch {
    return undefined;
  }
}
