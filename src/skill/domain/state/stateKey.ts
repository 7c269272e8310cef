import type { RequestEnvelope } from 'ask-sdk-model';
import { hashUserId } from './hashUserId.js';

/** The persistence key of the request's Alexa user (the account, not the voice profile). */
export function stateKey(envelope: RequestEnvelope): string {
  const userId = envelope.context?.System?.user?.userId ?? envelope.session?.user?.userId;
  if (!userId) throw new Error('Request has no user id to keep state for');
  return hashUserId(userId);
}
