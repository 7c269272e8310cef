// The skill's "Lambda container": a worker thread with its own process.env, module cache and stdout, so the
// console can give the skill exactly the environment Lambda would, start a cold container on demand, and keep
// the skill's log lines out of the terminal. Plain JavaScript on purpose: a worker entry must load without a
// TypeScript loader (vitest does not carry its transformer into worker threads).
import { randomUUID } from 'node:crypto';
import { parentPort, workerData } from 'node:worker_threads';

const { entry, typescript, functionName, timeoutMs } = workerData;

async function loadHandler() {
  if (typescript) {
    const { register } = await import('tsx/esm/api');
    register();
  }
  const module = await import(entry);
  if (typeof module.handler !== 'function') throw new Error(`${entry} does not export a handler function`);
  return module.handler;
}

/** The few Lambda context members a skill may read; the deadline mirrors the function's timeout. */
function lambdaContext() {
  const deadline = Date.now() + timeoutMs;
  return {
    functionName,
    functionVersion: '$LATEST',
    awsRequestId: randomUUID(),
    memoryLimitInMB: '512',
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
  };
}

function describeError(error) {
  if (error instanceof Error) return { name: error.name, message: error.message, stack: error.stack };
  return { name: 'Error', message: String(error) };
}

const handler = loadHandler();
handler.then(
  () => parentPort.postMessage({ type: 'ready' }),
  (error) => parentPort.postMessage({ type: 'loadFailed', error: describeError(error) }),
);

parentPort.on('message', async (message) => {
  try {
    const response = await (await handler)(message.event, lambdaContext());
    parentPort.postMessage({ type: 'result', id: message.id, response });
  } catch (error) {
    parentPort.postMessage({ type: 'result', id: message.id, error: describeError(error) });
  }
});
