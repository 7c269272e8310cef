import type { Fleet } from '../fleet/Fleet.js';
import { DEFAULT_ACCOUNT } from './defaultAccount.js';
import type { EmulatorState } from './EmulatorState.js';
import { seedRegion } from './seedRegion.js';

/** The seeded parts of the state: rebuilt by reset, so a reset returns exactly to the fleet file. */
export function seedWorld(
  fleet: Fleet,
  seededAt: Date,
): Pick<
  EmulatorState,
  'seededAt' | 'regions' | 'mfaDevices' | 'requireMfaFor' | 'invalidAccessKeys' | 'bastionOutputs'
> {
  const account = fleet.account ?? DEFAULT_ACCOUNT;
  return {
    seededAt,
    regions: new Map(
      Object.entries(fleet.regions).map(([region, body]) => [
        region,
        seedRegion(region, account, body ?? {}, seededAt),
      ]),
    ),
    mfaDevices: new Map(
      (fleet.mfaDevices ?? []).map((d) => [d.serial, d.seed.replace(/\s/g, '').toUpperCase()]),
    ),
    requireMfaFor: new Set(fleet.requireMfaFor ?? []),
    invalidAccessKeys: new Set(fleet.invalidAccessKeys ?? []),
    bastionOutputs: fleet.bastionOutputs ?? {},
  };
}
