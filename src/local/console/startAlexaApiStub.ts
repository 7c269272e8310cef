import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { outputSpeechText } from '../simulator/outputSpeechText.js';

/** A progressive response ("Checking hr in Oregon…") the skill sent while it worked on a request. */
export interface ProgressiveResponse {
  readonly requestId: string;
  /** What the user hears, as text. */
  readonly speech: string;
  /** The directive's speech as sent (SSML). */
  readonly ssml: string;
  readonly at: string;
}

export interface AlexaApiStub {
  /** What the simulator puts in context.System.apiEndpoint. */
  readonly url: string;
  /** Progressive responses sent for `requestId`, in order. */
  progressiveFor(requestId: string): ProgressiveResponse[];
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * The part of the Alexa service API a skill calls back during a request: POST /v1/directives (progressive
 * responses). Without it the simulated requests would name api.amazonalexa.com and a local console would
 * send its traffic to Amazon with a made-up token.
 */
export async function startAlexaApiStub(): Promise<AlexaApiStub> {
  const received: ProgressiveResponse[] = [];
  const server = createServer((req, res) => {
    readBody(req)
      .then((body) => {
        if (req.method !== 'POST' || new URL(req.url ?? '/', 'http://stub').pathname !== '/v1/directives') {
          res.writeHead(404, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ message: 'The local console only emulates POST /v1/directives' }));
          return;
        }
        const parsed = JSON.parse(body) as {
          header?: { requestId?: string };
          directive?: { type?: string; speech?: string };
        };
        const requestId = parsed.header?.requestId;
        const speech = parsed.directive?.speech;
        if (!requestId || parsed.directive?.type !== 'VoicePlayer.Speak' || typeof speech !== 'string') {
          res.writeHead(400, { 'content-type': 'application/json' });
          res.end(
            JSON.stringify({ message: 'expected a VoicePlayer.Speak directive with header.requestId' }),
          );
          return;
        }
        // VoicePlayer.Speak carries SSML (or plain text, which Alexa also accepts).
        const text = speech.trimStart().startsWith('<speak')
          ? outputSpeechText({ type: 'SSML', ssml: speech })
          : speech;
        received.push({ requestId, speech: text ?? '', ssml: speech, at: new Date().toISOString() });
        res.writeHead(204);
        res.end();
      })
      .catch(() => {
        res.writeHead(400, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ message: 'the body is not valid JSON' }));
      });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    progressiveFor: (requestId) => received.filter((response) => response.requestId === requestId),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
