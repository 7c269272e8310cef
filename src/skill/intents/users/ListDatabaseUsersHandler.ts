import { auditWho } from '../../domain/audit/auditWho.js';
import { UserTaskRefused } from '../../domain/users/errors.js';
import type { UserTaskPlan } from '../../domain/users/UserTask.js';
import type { UserWords } from '../../speech/UserStrings.js';
import { intentHandler } from '../intentHandler.js';
import { respond } from '../respond.js';
import { targetInstance } from '../slots/targetInstance.js';
import { answerUserTask } from './answerUserTask.js';
import { spokenRefusalDetail } from './spokenRefusalDetail.js';
import { USER_INTENTS } from './USER_INTENTS.js';

/**
 * "What users does blog have?": list_users through the same Automation, without MFA. It changes nothing and
 * its result holds names, roles and the secrets' names, never a password (the README says why that needs
 * no code). Still an audit line: it runs as the Automation's role on the database.
 */
/** The words of a request refused before its database was known. */
function refusedWords(target: { name: string; regionName: string }): UserWords {
  return { action: 'listUsers', name: target.name, region: target.regionName, database: '' };
}

export const ListDatabaseUsersHandler = intentHandler(USER_INTENTS.listUsers, async (input, context) => {
  const { services, deadline, strings } = context;
  const target = await targetInstance(input, context);
  let plan: UserTaskPlan;
  try {
    plan = services.users.plan('listUsers', target.instance);
  } catch (error) {
    if (!(error instanceof UserTaskRefused)) throw error;
    const speech = strings.users.refused(
      error.reason,
      'listUsers',
      target.name,
      target.regionName,
      spokenRefusalDetail(error, strings),
    );
    return respond(input, { speech, card: { title: strings.users.cardTitle(refusedWords(target)) } });
  }
  const words: UserWords = {
    action: 'listUsers',
    name: target.name,
    region: target.regionName,
    database: plan.database,
  };
  const audit = (result: 'done' | 'unknownOutcome', detail: string) =>
    services.audit.log(context, {
      ...auditWho(input.requestEnvelope),
      what: USER_INTENTS.listUsers,
      action: 'listUsers',
      instance: plan.instance.identifier,
      region: plan.instance.region,
      result,
      detail,
    });
  const started = await services.users.start(plan, deadline);
  if (started.state === 'unknown') {
    audit('unknownOutcome', started.cause);
    return respond(input, { speech: strings.users.unknownOutcome(words) });
  }
  const outcome = await services.users.outcome(plan, started.executionId, deadline);
  return answerUserTask(input, context, words, outcome, async (_speech, detail) => audit('done', detail));
});
