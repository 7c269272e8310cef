import type { HandlerInput } from 'ask-sdk-core';
import { toSsml } from '../speech/toSsml.js';

/** A progressive response must never hold up the answer it precedes. */
const PROGRESS_TIMEOUT_MS = 1_000;

/**
 * Says something ("Checking hr in Oregon.") while the bastion works, through the Alexa directive API.
 * Best effort: without an API client or token (simulators, tests) it does nothing; errors and slowness are
 * swallowed, since the real answer follows anyway. It does not extend Alexa's 8 seconds.
 */
export async function sendProgressiveResponse(input: HandlerInput, speech: string): Promise<void> {
  const envelope = input.requestEnvelope;
  if (!envelope.context?.System?.apiAccessToken || !input.serviceClientFactory) return;
  let timer: NodeJS.Timeout | undefined;
  try {
    const client = input.serviceClientFactory.getDirectiveServiceClient();
    await Promise.race([
      client.enqueue({
        header: { requestId: envelope.request.requestId },
        directive: { type: 'VoicePlayer.Speak', speech: `<speak>${toSsml(speech)}</speak>` },
      }),
      new Promise<void>((resolve) => {
        timer = setTimeout(resolve, PROGRESS_TIMEOUT_MS);
      }),
    ]);
  } catch {
    // Best effort by design (see above).
  } finally {
    clearTimeout(timer);
  }
}
