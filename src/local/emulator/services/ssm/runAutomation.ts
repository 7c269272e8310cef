import { randomUUID } from 'node:crypto';
import { Logger } from '@aws-lambda-powertools/logger';
import { RDSClient } from '@aws-sdk/client-rds';
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { AutomationEndedNotice } from '../../../../contract/AutomationEndedNotice.js';
import { ResourceNames } from '../../../../contract/ResourceNames.js';
import { loadConfig } from '../../../../user-management/config.js';
import { SERVICE_NAME } from '../../../../user-management/deps.js';
import { createHandler } from '../../../../user-management/handler.js';
import { createRdsEndpointResolver } from '../../../../user-management/rdsEndpointResolver.js';
import { createSessionFactory } from '../../../../user-management/sessionFactory.js';
import type { EmulatorRuntime } from '../../core/EmulatorRuntime.js';
import type { EmulatorState } from '../../state/EmulatorState.js';
import type { AutomationRecord, RegionState } from '../../state/RegionState.js';

/** The document's one step, whose Payload is the execution's output. */
const STEP = 'InvokeUserManagement';
/** The document's parameters that are not the Lambda's event (see InputPayload in the document). */
const NOT_IN_EVENT = new Set(['FunctionName', 'AutomationAssumeRole']);
const LIST_FIELDS = new Set(['reader_role_arns']);

/** The Lambda's event as the document's InputPayload builds it: one field per parameter. */
function eventOf(parameters: Readonly<Record<string, readonly string[]>>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(parameters)
      .filter(([name]) => !NOT_IN_EVENT.has(name))
      .map(([name, values]) => [name, LIST_FIELDS.has(name) ? [...values] : (values[0] ?? '')]),
  );
}

/**
 * Runs the execution's step as Automation would: the user-management handler, in this process, with its
 * Secrets Manager (and RDS) clients on this emulator in the target Region and real sessions to the
 * database the master secret names (the local MariaDB/PostgreSQL for the demo fleet; no TLS, as locally).
 * Success puts the Lambda's result in the outputs; a failure is the step's failure message, carrying the
 * Lambda's errorType and errorMessage (JSON) as a failed invocation does.
 */
export async function runAutomation(
  runtime: EmulatorRuntime,
  record: AutomationRecord,
  announce: (record: AutomationRecord) => void = () => undefined,
): Promise<void> {
  const clientConfig = {
    endpoint: runtime.url(),
    region: record.target.region,
    credentials: { accessKeyId: 'emulator', secretAccessKey: 'emulator' },
    maxAttempts: 3,
  };
  const config = { ...loadConfig({}), tls: false };
  const handler = createHandler({
    config,
    secretsManager: new SecretsManagerClient(clientConfig),
    connect: createSessionFactory(config),
    resolveEndpoint: createRdsEndpointResolver(new RDSClient(clientConfig)),
    logger: new Logger({ serviceName: SERVICE_NAME, logLevel: 'SILENT' }),
  });
  try {
    const result = await handler(eventOf(record.parameters), { awsRequestId: record.executionId });
    record.outputs = { [`${STEP}.Payload`]: [JSON.stringify(result)] };
    record.status = 'Success';
  } catch (error) {
    const failure = {
      errorType: error instanceof Error ? error.name : 'Error',
      errorMessage: error instanceof Error ? error.message : String(error),
    };
    record.failureMessage = `Step fails when it is Execution. Lambda function ${STEP} returned an error: ${JSON.stringify(failure)}`;
    record.status = 'Failed';
  } finally {
    record.endedAt = new Date();
    announce(record);
  }
}

/**
 * Stands in for lib/'s EventBridge rule: the end of an execution is published to the notification topic of
 * the Region it was started in, when the fleet has that topic (listed at GET /_emulator/sns).
 */
export function announceOnTopic(
  state: EmulatorState,
  started: RegionState,
): (record: AutomationRecord) => void {
  return (record) => {
    const topic = [...started.topics.values()].find((t) => t.name === ResourceNames.topicName);
    if (!topic) return;
    const message = {
      messageId: randomUUID(),
      region: started.region,
      topicArn: topic.arn,
      subject: AutomationEndedNotice.subject,
      message: AutomationEndedNotice.message(record.executionId, record.status),
      attributes: {},
      at: record.endedAt ?? new Date(),
    };
    topic.messages.push(message);
    state.published.push(message);
  };
}
