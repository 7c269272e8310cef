import { DefaultApiClient } from 'ask-sdk-core';
import { services } from 'ask-sdk-model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AlexaApiStub, startAlexaApiStub } from '../../../src/local/console/startAlexaApiStub.js';

describe('Console: the local Alexa API for progressive responses', () => {
  let stub: AlexaApiStub;

  beforeAll(async () => {
    stub = await startAlexaApiStub();
  });

  afterAll(async () => {
    await stub?.close();
  });

  it("accepts the ASK SDK's own DirectiveServiceClient and records the speech per request", async () => {
    // Prepare: the client and API client the skill uses (createSkill's withApiClient)
    const client = new services.directive.DirectiveServiceClient({
      apiClient: new DefaultApiClient(),
      apiEndpoint: stub.url,
      authorizationValue: 'simulated-api-access-token',
    });

    // Act
    await client.enqueue({
      header: { requestId: 'amzn1.echo-api.request.one' },
      directive: { type: 'VoicePlayer.Speak', speech: 'Checking hr in Oregon.' },
    });

    // Assess
    expect(stub.progressiveFor('amzn1.echo-api.request.one')).toEqual([
      expect.objectContaining({ requestId: 'amzn1.echo-api.request.one', speech: 'Checking hr in Oregon.' }),
    ]);
    expect(stub.progressiveFor('amzn1.echo-api.request.other')).toEqual([]);
  });

  it('refuses what is not a VoicePlayer.Speak directive, as Alexa does', async () => {
    // Act
    const response = await fetch(`${stub.url}/v1/directives`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ header: { requestId: 'r' }, directive: { type: 'Dialog.Delegate' } }),
    });

    // Assess
    expect(response.status).toBe(400);
  });
});
