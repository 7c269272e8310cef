import { DefaultApiClient, type RequestHandler, SkillBuilders } from 'ask-sdk-core';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { DeployedSkillId } from '../domain/access/DeployedSkillId.js';
import { WhoAmIHandler } from '../intents/access/WhoAmIHandler.js';
import { NoIntentHandler } from '../intents/answers/NoIntentHandler.js';
import { YesIntentHandler } from '../intents/answers/YesIntentHandler.js';
import { CheckInstanceParameterHandler } from '../intents/bastion/CheckInstanceParameterHandler.js';
import { ConnectInstanceHandler } from '../intents/bastion/ConnectInstanceHandler.js';
import { ShowTopSessionHandler } from '../intents/bastion/ShowTopSessionHandler.js';
import { TablespaceUsageHandler } from '../intents/bastion/TablespaceUsageHandler.js';
import { FallbackIntentHandler } from '../intents/builtin/FallbackIntentHandler.js';
import { HelpIntentHandler } from '../intents/builtin/HelpIntentHandler.js';
import { LaunchRequestHandler } from '../intents/builtin/LaunchRequestHandler.js';
import { NavigateHomeIntentHandler } from '../intents/builtin/NavigateHomeIntentHandler.js';
import { SessionEndedRequestHandler } from '../intents/builtin/SessionEndedRequestHandler.js';
import { StopCancelIntentHandler } from '../intents/builtin/StopCancelIntentHandler.js';
import { UnhandledIntentHandler } from '../intents/builtin/UnhandledIntentHandler.js';
import { BusiestInstancesHandler } from '../intents/health/BusiestInstancesHandler.js';
import { CheckInstanceMetricHandler } from '../intents/health/CheckInstanceMetricHandler.js';
import { CheckInstancePropertyHandler } from '../intents/health/CheckInstancePropertyHandler.js';
import { FleetAlarmsHandler } from '../intents/health/FleetAlarmsHandler.js';
import { FleetHealthHandler } from '../intents/health/FleetHealthHandler.js';
import { ListAlarmsHandler } from '../intents/health/ListAlarmsHandler.js';
import { ListEventsHandler } from '../intents/health/ListEventsHandler.js';
import { PendingMaintenanceHandler } from '../intents/health/PendingMaintenanceHandler.js';
import { ListApplicationsHandler } from '../intents/inventory/ListApplicationsHandler.js';
import { ListInstancesByStateHandler } from '../intents/inventory/ListInstancesByStateHandler.js';
import { ListInstancesForApplicationHandler } from '../intents/inventory/ListInstancesForApplicationHandler.js';
import { ListInstancesHandler } from '../intents/inventory/ListInstancesHandler.js';
import { NumberOfInstancesHandler } from '../intents/inventory/NumberOfInstancesHandler.js';
import { CheckLogHandler } from '../intents/logs/CheckLogHandler.js';
import { SetNotificationsHandler } from '../intents/notifications/SetNotificationsHandler.js';
import { FailoverInstanceHandler } from '../intents/tasks/FailoverInstanceHandler.js';
import { RebootInstanceHandler } from '../intents/tasks/RebootInstanceHandler.js';
import { CreateDatabaseUserHandler } from '../intents/users/CreateDatabaseUserHandler.js';
import { ListDatabaseUsersHandler } from '../intents/users/ListDatabaseUsersHandler.js';
import { RemoveDatabaseUserHandler } from '../intents/users/RemoveDatabaseUserHandler.js';
import { ResetDatabaseUserPasswordHandler } from '../intents/users/ResetDatabaseUserPasswordHandler.js';
import { createPersistenceAdapter } from './createPersistenceAdapter.js';
import { createSkillServices, type SkillDeps } from './createSkillServices.js';
import { skillErrorHandler } from './errors/SkillErrorHandler.js';
import { allowListRequestInterceptor } from './interceptors/AllowListRequestInterceptor.js';
import { answerRequestInterceptor } from './interceptors/AnswerRequestInterceptor.js';
import { dynamicEntitiesResponseInterceptor } from './interceptors/DynamicEntitiesResponseInterceptor.js';
import { notifyResponseInterceptor } from './interceptors/NotifyResponseInterceptor.js';
import { prefetchUserStateInterceptor } from './interceptors/PrefetchUserStateInterceptor.js';
import { questionResponseInterceptor } from './interceptors/QuestionResponseInterceptor.js';
import { requestContextInterceptor } from './interceptors/RequestContextInterceptor.js';
import { logAnsweredRequest } from './observability/logAnsweredRequest.js';
import { requestHandlerFor } from './requestHandlerFor.js';
import { screenTouchRequestHandler } from './screenTouchRequestHandler.js';

/** The skill's request handlers in order: specific intents first, the built-ins, the catch-all last. */
export const REQUEST_HANDLERS: readonly RequestHandler[] = [
  LaunchRequestHandler,
  ...[
    NumberOfInstancesHandler,
    ListInstancesHandler,
    ListApplicationsHandler,
    ListInstancesForApplicationHandler,
    CheckInstanceMetricHandler,
    CheckInstancePropertyHandler,
    ListAlarmsHandler,
    ListEventsHandler,
    FleetHealthHandler,
    FleetAlarmsHandler,
    ListInstancesByStateHandler,
    BusiestInstancesHandler,
    PendingMaintenanceHandler,
    ConnectInstanceHandler,
    TablespaceUsageHandler,
    ShowTopSessionHandler,
    CheckInstanceParameterHandler,
    CheckLogHandler,
    RebootInstanceHandler,
    FailoverInstanceHandler,
    CreateDatabaseUserHandler,
    ResetDatabaseUserPasswordHandler,
    RemoveDatabaseUserHandler,
    ListDatabaseUsersHandler,
    SetNotificationsHandler,
    WhoAmIHandler,
    YesIntentHandler,
    NoIntentHandler,
    HelpIntentHandler,
    StopCancelIntentHandler,
    NavigateHomeIntentHandler,
    FallbackIntentHandler,
  ].map(requestHandlerFor),
  screenTouchRequestHandler([CheckInstancePropertyHandler, ListInstancesForApplicationHandler]),
  SessionEndedRequestHandler,
  UnhandledIntentHandler,
];

export interface DbVoiceSkill {
  invoke(event: unknown, context?: unknown): Promise<ResponseEnvelope>;
}

/** Thrown for events that are not Alexa request envelopes: there is no one to speak to, so Lambda fails. */
export class MalformedRequest extends Error {
  override readonly name = 'MalformedRequest';
}

function assertEnvelope(event: unknown): asserts event is RequestEnvelope {
  const e = event as Partial<RequestEnvelope> | null;
  if (
    typeof e !== 'object' ||
    e === null ||
    typeof e.request?.type !== 'string' ||
    typeof e.context !== 'object'
  ) {
    throw new MalformedRequest('Not an Alexa request envelope');
  }
}

/** Builds the skill over injected dependencies; the Lambda entry and the tests both use this. */
export function createSkill(deps: SkillDeps): DbVoiceSkill {
  const services = createSkillServices(deps);
  const builder = SkillBuilders.custom()
    .addRequestHandlers(...REQUEST_HANDLERS)
    // The allow-list right after the context: a refused speaker gets nothing read or done. A yes or no to
    // the skill's question is read next, so the prefetch sees the intent that will actually run.
    .addRequestInterceptors(
      requestContextInterceptor(services, deps.observability, deps.now),
      allowListRequestInterceptor,
      answerRequestInterceptor,
      prefetchUserStateInterceptor,
    )
    .addResponseInterceptors(
      questionResponseInterceptor,
      dynamicEntitiesResponseInterceptor,
      notifyResponseInterceptor,
    )
    .withPersistenceAdapter(createPersistenceAdapter(deps))
    .addErrorHandlers(skillErrorHandler(deps.observability))
    // Progressive responses ("Checking HR in Oregon...") go through the Alexa API client.
    .withApiClient(new DefaultApiClient())
    .withCustomUserAgent('dbvoice');
  // The stack that creates the skill cannot put its id in the environment: it is read from Parameter Store.
  const deployedSkillId =
    !deps.config.skillId && deps.config.skillIdParameter
      ? new DeployedSkillId(deps.clients, deps.config)
      : undefined;
  if (deps.config.skillId) builder.withSkillId(deps.config.skillId);
  else if (!deployedSkillId)
    deps.observability.logger.warn('SKILL_ID is not set: requests from any skill are accepted');
  const skill = builder.create();
  return {
    async invoke(event, context) {
      assertEnvelope(event);
      await deployedSkillId?.verify(event.context.System?.application?.applicationId);
      return deps.recorder.run(async () => {
        const started = deps.now();
        let response: ResponseEnvelope | undefined;
        try {
          response = await skill.invoke(event, context);
          return response;
        } finally {
          // After everything, including the e-mail and error answers, so the line lists every AWS call.
          logAnsweredRequest(
            deps.observability,
            event,
            response,
            deps.now() - started,
            deps.recorder.calls(),
          );
        }
      });
    },
  };
}
