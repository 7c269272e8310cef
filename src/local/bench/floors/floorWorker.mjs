// The floor programs run here, in a worker thread like the skill's container, so a floor parses its
// responses on its own thread instead of the one serving the emulator (the skill's worker does the same).
import { parentPort, workerData } from 'node:worker_threads';

const { register } = await import('tsx/esm/api');
register();
const floors = await import(workerData.module);
const { endpoint, regions } = workerData;
const kept = regions.map((region) => floors.floorClients(endpoint, region));

parentPort.on('message', async ({ id, floor, newClients }) => {
  const clients = newClients ? regions.map((region) => floors.floorClients(endpoint, region)) : kept;
  const started = performance.now();
  try {
    await Promise.all(clients.map((c) => floors[floor](c, Date.now())));
    parentPort.postMessage({ id, ms: Math.round(performance.now() - started) });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error) });
  }
});
parentPort.postMessage({ ready: true });
