import type { HandlerInput } from 'ask-sdk-core';
import { describe, expect, it, vi } from 'vitest';
import { sendProgressiveResponse } from '../../../src/skill/alexa/sendProgressiveResponse.js';
import { intentRequest } from '../../helpers/alexaRequests.js';

function inputWith(enqueue: (directive: unknown) => Promise<void>): HandlerInput {
  return {
    requestEnvelope: intentRequest('ConnectInstance'),
    serviceClientFactory: { getDirectiveServiceClient: () => ({ enqueue }) },
  } as unknown as HandlerInput;
}

describe('sendProgressiveResponse', () => {
  it('enqueues a VoicePlayer.Speak directive for the request, escaped for SSML', async () => {
    // Prepare
    const enqueue = vi.fn(async () => undefined);
    // Act
    await sendProgressiveResponse(inputWith(enqueue), 'Checking R&D in Oregon.');
    // Assess
    expect(enqueue).toHaveBeenCalledWith({
      header: { requestId: 'req-ConnectInstance' },
      directive: { type: 'VoicePlayer.Speak', speech: '<speak>Checking R&amp;D in Oregon.</speak>' },
    });
  });

  it('swallows a failing Alexa API', async () => {
    await expect(
      sendProgressiveResponse(
        inputWith(async () => {
          throw new Error('403');
        }),
        'x',
      ),
    ).resolves.toBeUndefined();
  });

  it('gives up on a slow Alexa API after a second', async () => {
    vi.useFakeTimers();
    try {
      const done = sendProgressiveResponse(
        inputWith(() => new Promise(() => undefined)),
        'x',
      );
      await vi.advanceTimersByTimeAsync(1_000);
      await expect(done).resolves.toBeUndefined();
    } finally {
      vi.useRealTimers();
    }
  });

  it('does nothing without an API client', async () => {
    const input = { requestEnvelope: intentRequest('ConnectInstance') } as unknown as HandlerInput;
    await expect(sendProgressiveResponse(input, 'x')).resolves.toBeUndefined();
  });
});
