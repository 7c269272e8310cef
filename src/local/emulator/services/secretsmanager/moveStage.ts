import type { SecretRecord } from '../../state/RegionState.js';

/**
 * Attaches a staging label to one version, taking it off any other. Moving AWSCURRENT labels the version
 * that had it AWSPREVIOUS, as Secrets Manager does.
 */
export function moveStage(secret: SecretRecord, stage: string, versionId: string): void {
  const previousHolder = [...secret.versions.values()].find(
    (v) => v.stages.has(stage) && v.versionId !== versionId,
  );
  for (const version of secret.versions.values()) {
    if (version.versionId !== versionId) version.stages.delete(stage);
  }
  secret.versions.get(versionId)?.stages.add(stage);
  if (stage === 'AWSCURRENT' && previousHolder) {
    for (const version of secret.versions.values()) version.stages.delete('AWSPREVIOUS');
    previousHolder.stages.add('AWSPREVIOUS');
  }
}
