import { intentHandler } from '../intentHandler.js';
import { INTENTS } from '../interactionModel.js';
import { issueReportAnswer } from './issueReportAnswer.js';

/**
 * "Any pending maintenance (in Oregon / for production)?": every pending action, required or optional, the
 * soonest first, each with its instance, kind and date; the rest on the card. "None" only when every Region's
 * list was read.
 */
export const PendingMaintenanceHandler = intentHandler(INTENTS.PendingMaintenance, (input, context) => {
  const words = context.strings.fleetHealth;
  return issueReportAnswer(input, context, {
    read: (regions, deadline, filter) =>
      context.services.health.pendingMaintenanceReport(regions, deadline, filter),
    head: (report, { what, where, complete }) =>
      report.issues.length === 0
        ? words.noMaintenance(what, where, complete)
        : words.maintenanceIntro(report.issues.length, where),
    cardTitle: words.maintenanceCardTitle,
    cardNamesAsHeard: false,
  });
});
