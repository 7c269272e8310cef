import type { AwsError } from '../core/AwsError.js';
import type { WireValue } from '../core/WireValue.js';
import type { ListMemberNames } from './ListMemberNames.js';
import { escapeXml, toXml } from './toXml.js';
import type { WireResponse } from './WireResponse.js';

const XML_HEADER = '<?xml version="1.0" encoding="UTF-8"?>\n';

function xmlResponse(status: number, body: string, requestId: string): WireResponse {
  return {
    status,
    headers: { 'content-type': 'text/xml;charset=UTF-8', 'x-amzn-requestid': requestId },
    body: XML_HEADER + body,
  };
}

/** `<ActionResponse><ActionResult>...</ActionResult><ResponseMetadata/>`, as RDS, STS and SNS answer. */
export function renderQuerySuccess(
  action: string,
  result: WireValue,
  namespace: string,
  members: ListMemberNames,
  requestId: string,
): WireResponse {
  const body =
    `<${action}Response xmlns="${namespace}">` +
    toXml(`${action}Result`, result, members) +
    `<ResponseMetadata><RequestId>${escapeXml(requestId)}</RequestId></ResponseMetadata>` +
    `</${action}Response>`;
  return xmlResponse(200, body, requestId);
}

/** The awsQuery ErrorResponse document: Type, Code and Message, which the SDK maps to its typed faults. */
export function renderQueryError(error: AwsError, namespace: string, requestId: string): WireResponse {
  const body =
    `<ErrorResponse xmlns="${namespace}">` +
    `<Error><Type>${error.fault}</Type><Code>${escapeXml(error.code)}</Code>` +
    `<Message>${escapeXml(error.message)}</Message></Error>` +
    `<RequestId>${escapeXml(requestId)}</RequestId>` +
    `</ErrorResponse>`;
  return xmlResponse(error.status, body, requestId);
}
