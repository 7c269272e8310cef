import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import type { CallRecord } from '../control/CallRecord.js';
import { pickFaults } from '../control/pickFaults.js';
import { AwsError } from '../core/AwsError.js';
import type { EmulatorRuntime } from '../core/EmulatorRuntime.js';
import { emulatorNow } from '../core/emulatorNow.js';
import { sleep } from '../core/sleep.js';
import { renderJsonError, renderJsonSuccess } from '../protocols/renderJson.js';
import { renderQueryError, renderQuerySuccess } from '../protocols/renderQuery.js';
import type { WireResponse } from '../protocols/WireResponse.js';
import type { ServiceDescriptor } from '../services/ServiceDescriptor.js';
import type { EmulatorState } from '../state/EmulatorState.js';
import { getRegionState } from '../state/getRegionState.js';
import { checkCaller } from './checkCaller.js';
import { faultError } from './faultError.js';
import { identifyRequest } from './identifyRequest.js';
import { localiseError } from './localiseError.js';
import { parseCredentialScope } from './parseCredentialScope.js';
import { recordCall } from './recordCall.js';

export interface AwsRequest {
  readonly url: URL;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body: string;
}

const DEFAULT_REGION = 'us-east-1';
const GENERIC_NAMESPACE = 'https://emulator.dbvoice.local/';

function renderError(
  service: ServiceDescriptor | undefined,
  protocol: 'query' | 'json' | undefined,
  error: AwsError,
  requestId: string,
): WireResponse {
  if (protocol === 'json' && service?.json) {
    return renderJsonError(service.json.version, error, service.json.queryCompatible, requestId);
  }
  return renderQueryError(error, service?.query?.xmlNamespace ?? GENERIC_NAMESPACE, requestId);
}

function send(res: ServerResponse, response: WireResponse): void {
  if (res.destroyed) return;
  res.writeHead(response.status, { ...response.headers, 'content-length': Buffer.byteLength(response.body) });
  res.end(response.body);
}

function internalError(service: ServiceDescriptor, cause: unknown): AwsError {
  const message = cause instanceof Error ? cause.message : String(cause);
  return new AwsError({
    code: service.query ? 'InternalFailure' : service.faultCodes.internal,
    message: `Emulator failure: ${message}`,
    status: 500,
  });
}

/**
 * One AWS API call: identify the service and operation, count and log it, apply injected faults, run the
 * operation and answer in the service's wire protocol.
 */
export async function handleAwsRequest(
  state: EmulatorState,
  runtime: EmulatorRuntime,
  services: readonly ServiceDescriptor[],
  request: AwsRequest,
  res: ServerResponse,
): Promise<void> {
  const requestId = randomUUID();
  const authorization = request.headers.authorization;
  const scope = parseCredentialScope(
    typeof authorization === 'string' ? authorization : undefined,
    request.url,
  );
  const region = scope?.region ?? DEFAULT_REGION;
  const arrival = emulatorNow(state);
  const started = performance.now();
  const identified = identifyRequest(services, request.headers, request.url, request.body, scope);

  if (!identified.ok) {
    const record = recordCall(
      state,
      {
        service: identified.service?.name ?? 'unknown',
        operation: 'unknown',
        region,
        accessKeyId: scope?.accessKeyId,
      },
      arrival,
      runtime.callLogLimit,
    );
    const error = new AwsError({ code: identified.code, message: identified.reason });
    const response = renderError(identified.service, identified.protocol, error, requestId);
    record.status = response.status;
    record.errorCode = error.code;
    record.errorMessage = error.message;
    send(res, response);
    return;
  }

  const { service, protocol, operation, input } = identified.request;
  const record = recordCall(
    state,
    { service: service.name, operation, region, accessKeyId: scope?.accessKeyId },
    arrival,
    runtime.callLogLimit,
  );
  const faults = pickFaults(state, { service: service.name, operation, region, input }, runtime.random);
  record.faults = faults.ids;
  if (faults.latencyMs > 0) await sleep(runtime, faults.latencyMs);
  if (!faults.afterApply) {
    // A hanging call keeps its socket open until the client gives up or the emulator closes.
    if (faults.hang) return;
    if (faults.drop) {
      drop(res, record);
      return;
    }
  }

  let response: WireResponse;
  try {
    if (faults.error !== undefined && !faults.afterApply) throw faultError(service, faults.error);
    const now = emulatorNow(state);
    checkCaller(state, service, operation, scope?.accessKeyId, now);
    const handler = Object.hasOwn(service.operations, operation) ? service.operations[operation] : undefined;
    if (!handler) {
      throw new AwsError({
        code: protocol === 'json' ? 'UnknownOperationException' : 'InvalidAction',
        message: `The action ${operation} is not valid for this web service (or not emulated).`,
      });
    }
    const result = await handler(
      {
        state,
        region,
        regionState: getRegionState(state, region),
        now,
        requestId,
        accessKeyId: scope?.accessKeyId,
        runtime,
      },
      input,
    );
    response =
      protocol === 'json' && service.json
        ? renderJsonSuccess(service.json.version, result, requestId)
        : renderQuerySuccess(
            operation,
            result,
            service.query?.xmlNamespace ?? GENERIC_NAMESPACE,
            service.query?.listMembers ?? {},
            requestId,
          );
  } catch (cause) {
    const error = cause instanceof AwsError ? localiseError(service, cause) : internalError(service, cause);
    if (!(cause instanceof AwsError)) console.error(`emulator: ${service.name}.${operation} failed`, cause);
    record.errorCode = error.code;
    record.errorMessage = error.message;
    response = renderError(service, protocol, error, requestId);
  }
  record.durationMs = Math.round(performance.now() - started);
  if (faults.afterApply) {
    // The operation ran and its effect stays; the caller never learns how it went.
    if (faults.hang) return;
    if (faults.error === undefined) {
      drop(res, record);
      return;
    }
    const lost = faultError(service, faults.error);
    record.errorCode = lost.code;
    record.errorMessage = lost.message;
    response = renderError(service, protocol, lost, requestId);
  }
  record.status = response.status;
  send(res, response);
}

/** Ends the call with a reset socket and no answer at all. */
function drop(res: ServerResponse, record: CallRecord): void {
  record.errorCode = 'ConnectionDropped';
  record.errorMessage = 'the emulator closed the connection without answering (injected fault)';
  res.socket?.destroy();
}
