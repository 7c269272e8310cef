import type { IncomingMessage } from 'node:http';
import { BadRequest } from './BadRequest.js';

/** The API's bodies are one short utterance: anything bigger is a mistake or an attack. */
const MAX_BYTES = 64 * 1024;

export async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BYTES) throw new BadRequest(413, 'the request body is too large');
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8').trim();
  if (text === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new BadRequest(400, 'the request body is not valid JSON');
  }
}
