import type { WireInput } from '../core/WireValue.js';
import { parseQueryParams } from '../protocols/parseQueryParams.js';
import type { ServiceDescriptor } from '../services/ServiceDescriptor.js';
import type { CredentialScope } from './parseCredentialScope.js';

export interface IdentifiedRequest {
  readonly service: ServiceDescriptor;
  readonly protocol: 'query' | 'json';
  readonly operation: string;
  readonly input: WireInput;
}

export type Identification =
  | { readonly ok: true; readonly request: IdentifiedRequest }
  | {
      readonly ok: false;
      /** The error code to answer with: InvalidAction, or SerializationException for a bad JSON body. */
      readonly code: string;
      readonly reason: string;
      readonly service?: ServiceDescriptor;
      readonly protocol?: 'query' | 'json';
    };

/**
 * Finds the service and operation. JSON services name both in X-Amz-Target; query services put Action in
 * the form body and are told apart by the SigV4 signing name, or by the Version parameter when unsigned.
 */
export function identifyRequest(
  services: readonly ServiceDescriptor[],
  headers: Readonly<Record<string, string | string[] | undefined>>,
  url: URL,
  body: string,
  scope: CredentialScope | undefined,
): Identification {
  const target = headers['x-amz-target'];
  if (typeof target === 'string' && target.includes('.')) {
    const dot = target.lastIndexOf('.');
    const prefix = target.slice(0, dot);
    const operation = target.slice(dot + 1);
    const service = services.find((s) => s.json?.targetPrefix === prefix);
    if (!service) return { ok: false, code: 'InvalidAction', reason: `Unknown X-Amz-Target ${target}` };
    let input: unknown;
    try {
      input = body.trim() === '' ? {} : JSON.parse(body);
    } catch {
      input = undefined;
    }
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
      return {
        ok: false,
        code: 'SerializationException',
        reason: 'The request body is not a JSON object',
        service,
        protocol: 'json',
      };
    }
    return { ok: true, request: { service, protocol: 'json', operation, input: input as WireInput } };
  }

  const params = parseQueryParams(body.trim() === '' ? url.search.slice(1) : body);
  const action = params.Action;
  if (typeof action !== 'string')
    return { ok: false, code: 'InvalidAction', reason: 'No X-Amz-Target header and no Action parameter' };
  const queryServices = services.filter((s) => s.query);
  const service =
    queryServices.find((s) => s.signingName === scope?.signingName) ??
    queryServices.find((s) => s.query?.version === params.Version);
  if (!service) return { ok: false, code: 'InvalidAction', reason: `No query service for Action ${action}` };
  const { Action: _action, Version: _version, ...input } = params;
  return { ok: true, request: { service, protocol: 'query', operation: action, input } };
}
