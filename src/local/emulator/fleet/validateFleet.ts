import type { Fleet } from './Fleet.js';
import { FleetError } from './FleetError.js';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function expectArray(value: unknown, path: string): unknown[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new FleetError(`${path} must be a list`);
  return value;
}

function expectString(record: Json, key: string, path: string): string {
  const value = record[key];
  if (typeof value !== 'string' || value === '')
    throw new FleetError(`${path}.${key} is required (a string)`);
  return value;
}

function checkTags(value: unknown, path: string): void {
  if (value === undefined) return;
  if (!isObject(value)) throw new FleetError(`${path} must be a map of tag key to value`);
  for (const [key, tag] of Object.entries(value)) {
    if (typeof tag !== 'string') throw new FleetError(`${path}.${key} must be a string (quote numbers)`);
  }
}

/**
 * Checks what the emulator relies on (required fields, references between instances and clusters, MFA
 * seeds, unique identifiers) and says exactly where a file is wrong. The rest is read leniently.
 */
export function validateFleet(value: unknown, source: string): Fleet {
  if (!isObject(value)) throw new FleetError(`${source}: the fleet must be a map with a "regions" key`);
  if (!isObject(value.regions))
    throw new FleetError(`${source}: "regions" is required (a map of Region code)`);
  for (const [region, body] of Object.entries(value.regions)) {
    const base = `${source}: regions.${region}`;
    if (!/^[a-z]{2}(-[a-z]+)+-\d+$/.test(region)) throw new FleetError(`${base} is not a Region code`);
    if (body === null || body === undefined) continue;
    if (!isObject(body)) throw new FleetError(`${base} must be a map`);
    const clusterIds = new Set<string>();
    expectArray(body.clusters, `${base}.clusters`).forEach((cluster, i) => {
      const path = `${base}.clusters[${i}]`;
      if (!isObject(cluster)) throw new FleetError(`${path} must be a map`);
      const id = expectString(cluster, 'identifier', path).toLowerCase();
      expectString(cluster, 'engine', path);
      if (clusterIds.has(id)) throw new FleetError(`${path}: duplicate cluster ${id}`);
      clusterIds.add(id);
      checkTags(cluster.tags, `${path}.tags`);
    });
    const members = new Map<string, Set<string>>();
    const instanceIds = new Set<string>();
    expectArray(body.instances, `${base}.instances`).forEach((instance, i) => {
      const path = `${base}.instances[${i}]`;
      if (!isObject(instance)) throw new FleetError(`${path} must be a map`);
      const id = expectString(instance, 'identifier', path).toLowerCase();
      expectString(instance, 'engine', path);
      if (instanceIds.has(id)) throw new FleetError(`${path}: duplicate instance ${id}`);
      instanceIds.add(id);
      checkTags(instance.tags, `${path}.tags`);
      if (instance.clusterId !== undefined) {
        const clusterId = String(instance.clusterId).toLowerCase();
        if (!clusterIds.has(clusterId))
          throw new FleetError(`${path}.clusterId: no cluster ${clusterId} in ${region}`);
        members.set(clusterId, (members.get(clusterId) ?? new Set()).add(id));
      }
      expectArray(instance.logs, `${path}.logs`).forEach((log, j) => {
        if (!isObject(log)) throw new FleetError(`${path}.logs[${j}] must be a map`);
        expectString(log, 'name', `${path}.logs[${j}]`);
      });
    });
    expectArray(body.clusters, `${base}.clusters`).forEach((cluster, i) => {
      const record = cluster as Json;
      if (record.writer === undefined) return;
      const id = String(record.identifier).toLowerCase();
      if (!members.get(id)?.has(String(record.writer).toLowerCase())) {
        throw new FleetError(
          `${base}.clusters[${i}].writer: ${record.writer} is not an instance of cluster ${id}`,
        );
      }
    });
    expectArray(body.bastions, `${base}.bastions`).forEach((bastion, i) => {
      if (!isObject(bastion)) throw new FleetError(`${base}.bastions[${i}] must be a map`);
      expectString(bastion, 'instanceId', `${base}.bastions[${i}]`);
      expectString(bastion, 'name', `${base}.bastions[${i}]`);
    });
    expectArray(body.parameters, `${base}.parameters`).forEach((parameter, i) => {
      if (!isObject(parameter)) throw new FleetError(`${base}.parameters[${i}] must be a map`);
      expectString(parameter, 'name', `${base}.parameters[${i}]`);
      if (typeof parameter.value !== 'string')
        throw new FleetError(`${base}.parameters[${i}].value must be a string`);
    });
    expectArray(body.alarms, `${base}.alarms`).forEach((alarm, i) => {
      if (!isObject(alarm)) throw new FleetError(`${base}.alarms[${i}] must be a map`);
      expectString(alarm, 'name', `${base}.alarms[${i}]`);
      expectString(alarm, 'metric', `${base}.alarms[${i}]`);
      if (typeof alarm.threshold !== 'number')
        throw new FleetError(`${base}.alarms[${i}].threshold must be a number`);
    });
    expectArray(body.events, `${base}.events`).forEach((event, i) => {
      if (!isObject(event)) throw new FleetError(`${base}.events[${i}] must be a map`);
      expectString(event, 'source', `${base}.events[${i}]`);
      expectString(event, 'message', `${base}.events[${i}]`);
    });
    expectArray(body.metrics, `${base}.metrics`).forEach((metric, i) => {
      if (!isObject(metric)) throw new FleetError(`${base}.metrics[${i}] must be a map`);
      expectString(metric, 'namespace', `${base}.metrics[${i}]`);
      expectString(metric, 'name', `${base}.metrics[${i}]`);
      if (metric.baseline === undefined && metric.points === undefined) {
        throw new FleetError(`${base}.metrics[${i}] needs a baseline or points`);
      }
    });
    expectArray(body.secrets, `${base}.secrets`).forEach((secret, i) => {
      if (!isObject(secret)) throw new FleetError(`${base}.secrets[${i}] must be a map`);
      expectString(secret, 'name', `${base}.secrets[${i}]`);
    });
    expectArray(body.tables, `${base}.tables`).forEach((table, i) => {
      if (!isObject(table)) throw new FleetError(`${base}.tables[${i}] must be a map`);
      expectString(table, 'name', `${base}.tables[${i}]`);
      expectString(table, 'partitionKey', `${base}.tables[${i}]`);
    });
    expectArray(body.topics, `${base}.topics`).forEach((topic, i) => {
      if (typeof topic !== 'string') throw new FleetError(`${base}.topics[${i}] must be a topic name`);
    });
  }
  expectArray(value.mfaDevices, `${source}: mfaDevices`).forEach((device, i) => {
    const path = `${source}: mfaDevices[${i}]`;
    if (!isObject(device)) throw new FleetError(`${path} must be a map`);
    expectString(device, 'serial', path);
    const seed = expectString(device, 'seed', path);
    if (!/^[A-Z2-7]+=*$/i.test(seed.replace(/\s/g, ''))) throw new FleetError(`${path}.seed is not base32`);
  });
  if (value.bastionOutputs !== undefined && !isObject(value.bastionOutputs)) {
    throw new FleetError(`${source}: bastionOutputs must be a map of instance to check to output`);
  }
  if (value.account !== undefined && !/^\d{12}$/.test(String(value.account))) {
    throw new FleetError(`${source}: account must be 12 digits (quote it in YAML)`);
  }
  return value as unknown as Fleet;
}
