import { hashString } from '../../../core/hashString.js';
import type { InstanceRecord, RegionState } from '../../../state/RegionState.js';
import { instanceMemoryBytes } from './instanceMemoryBytes.js';
import type { RunCheckRequest } from './RunCheckRequest.js';
import type { RunnerFamily } from './runnerFamily.js';
import type { SyntheticServer } from './SyntheticServer.js';
import { seededRandom } from './seededRandom.js';
import { serverVersion } from './serverVersion.js';
import { SYSTEM_DATABASES } from './systemDatabases.js';

const GIB = 1024 ** 3;

const word = (text: string): string => text.toLowerCase().replace(/[^a-z0-9_]+/g, '_');

function usedStorageBytes(instance: InstanceRecord, region: RegionState): number {
  if (instance.engine.startsWith('aurora')) {
    const volume = instance.clusterId
      ? region.clusters.get(instance.clusterId)?.metrics.get().get('VolumeBytesUsed')
      : undefined;
    return volume?.generator?.baseline ?? volume?.points.at(-1)?.value ?? 48 * GIB;
  }
  const allocated = instance.storage.allocatedGb * GIB;
  const free = instance.metrics.get().get('FreeStorageSpace');
  const freeBytes = free?.generator?.baseline ?? free?.points.at(-1)?.value ?? allocated / 2;
  // Logs, temporary files and the engine's own files take some of what is used.
  return Math.max(GIB, (allocated - freeBytes) * 0.92);
}

function uptimeSeconds(instance: InstanceRecord, now: Date): number {
  const restarted = instance.statusTimeline
    .filter((change) => change.at.getTime() > 0 && change.at.getTime() <= now.getTime())
    .filter((change) => change.status === 'available')
    .at(-1);
  if (restarted) return Math.floor((now.getTime() - restarted.at.getTime()) / 1000);
  // Never rebooted here: up since the last maintenance window, a stable few days to weeks ago.
  const sinceCreated = Math.floor((now.getTime() - instance.createdAt.getTime()) / 1000);
  const seconds = (3 + (hashString(`${instance.identifier}/uptime`) % 40)) * 86_400;
  return Math.max(0, Math.min(sinceCreated, seconds + (hashString(instance.identifier) % 86_400)));
}

/** Everything the row builders need to know about the instance a check reaches, derived once. */
export function describeServer(
  request: RunCheckRequest,
  family: RunnerFamily,
  instance: InstanceRecord,
  region: RegionState,
  now: Date,
): SyntheticServer {
  const cluster = instance.clusterId ? region.clusters.get(instance.clusterId) : undefined;
  const application = word(instance.tags.application ?? instance.dbName ?? cluster?.databaseName ?? 'app');
  const system = SYSTEM_DATABASES[family];
  const main = [instance.dbName, cluster?.databaseName, application].find(
    (name): name is string => name !== undefined && name !== '' && !system.includes(name),
  )!;
  const hash = hashString(instance.identifier);
  return {
    request,
    family,
    instance,
    version: serverVersion(request.engine, instance.engineVersion),
    readOnly: cluster !== undefined && cluster.writer !== instance.identifier,
    memoryBytes: instanceMemoryBytes(instance.instanceClass),
    application,
    userDatabases: hash % 2 === 0 ? [main, `${word(main)}_archive`] : [main],
    usedStorageBytes: usedStorageBytes(instance, region),
    performanceSchema: instance.performanceInsights,
    uptimeSeconds: uptimeSeconds(instance, now),
    privateIp: `10.0.${1 + (hash % 4)}.${10 + ((hash >>> 8) % 240)}`,
    random: (salt) => seededRandom(`${instance.identifier}/${salt}`),
  };
}
