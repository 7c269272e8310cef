import type { AwsError } from '../core/AwsError.js';
import type { WireValue } from '../core/WireValue.js';
import { toJson } from './toJson.js';
import type { WireResponse } from './WireResponse.js';

export function renderJsonSuccess(
  version: '1.0' | '1.1',
  result: WireValue,
  requestId: string,
): WireResponse {
  return {
    status: 200,
    headers: { 'content-type': `application/x-amz-json-${version}`, 'x-amzn-requestid': requestId },
    body: JSON.stringify(toJson(result) ?? {}),
  };
}

/**
 * `{"__type": ..., "message": ...}` plus x-amzn-ErrorType. Query-compatible services (CloudWatch) also send
 * x-amzn-query-error "Code;Sender": the SDK resolves the typed exception from that code.
 */
export function renderJsonError(
  version: '1.0' | '1.1',
  error: AwsError,
  queryCompatible: boolean,
  requestId: string,
): WireResponse {
  const type = error.shapeName ?? error.code;
  const headers: Record<string, string> = {
    'content-type': `application/x-amz-json-${version}`,
    'x-amzn-requestid': requestId,
    'x-amzn-errortype': type,
  };
  if (queryCompatible) headers['x-amzn-query-error'] = `${error.code};${error.fault}`;
  return { status: error.status, headers, body: JSON.stringify({ __type: type, message: error.message }) };
}
