import { intentHandler } from '../intentHandler.js';
import { INTENTS } from '../interactionModel.js';
import { issueReportAnswer } from './issueReportAnswer.js';

/**
 * "Is anything wrong (in Oregon / with production)?" The most urgent issues first, the rest on the card.
 * "All clear" only when every check of every Region asked was read; otherwise what is missing is said.
 */
export const FleetHealthHandler = intentHandler(INTENTS.FleetHealth, (input, context) => {
  const words = context.strings.fleetHealth;
  return issueReportAnswer(input, context, {
    read: (regions, deadline, filter) => context.services.health.report(regions, deadline, filter),
    head: (report, { what, where, complete }) =>
      report.issues.length === 0
        ? complete
          ? words.allClear(report.instanceCount, what, where)
          : words.nothingFound(report.instanceCount, what, where)
        : words.intro(report.issues.length, where),
    cardTitle: words.cardTitle,
    cardNamesAsHeard: true,
  });
});
