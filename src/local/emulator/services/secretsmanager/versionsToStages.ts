import type { WireValue } from '../../core/WireValue.js';
import type { SecretRecord } from '../../state/RegionState.js';

/** Version id -> staging labels, for versions that still have a label (as Secrets Manager lists them). */
export function versionsToStages(secret: SecretRecord): Map<string, WireValue> {
  return new Map(
    [...secret.versions.values()].filter((v) => v.stages.size > 0).map((v) => [v.versionId, [...v.stages]]),
  );
}
