import type { Fleet, FleetParameter } from '../emulator/fleet/Fleet.js';

/** The skill's default parameter names for the MFA user (src/skill/domain/config/SkillConfig.ts). */
const NAMES = {
  accessKeyId: '/dbvoice/mfa/access-key-id',
  secretAccessKey: '/dbvoice/mfa/secret-access-key',
  serial: '/dbvoice/mfa/serial',
} as const;

/** The Region whose parameters the skill reads: the same choice as skillEnvironment's AWS_REGION. */
function homeRegionCode(fleet: Fleet): string | undefined {
  const regions = Object.entries(fleet.regions);
  const home = regions.find(([, r]) => (r.topics?.length ?? 0) > 0 || (r.tables?.length ?? 0) > 0);
  return (home ?? regions[0])?.[0];
}

/**
 * A fleet with an MFA device but no MFA user parameters could never reboot or fail over: the skill would
 * say the MFA user is not set up. Deployments create those parameters by hand (the README's commands); here
 * the console adds them to the home Region, holding keys the emulator accepts and the fleet's first device.
 * A fleet that names its own MFA parameters is left as it is.
 */
export function withMfaUser(fleet: Fleet): Fleet {
  const device = fleet.mfaDevices?.[0];
  const home = homeRegionCode(fleet);
  if (!device || !home) return fleet;
  const region = fleet.regions[home] ?? {};
  if ((region.parameters ?? []).some((parameter) => /mfa/i.test(parameter.name))) return fleet;
  const added: FleetParameter[] = [
    { name: NAMES.accessKeyId, type: 'SecureString', value: 'AKIALOCALMFAUSER0001' },
    { name: NAMES.secretAccessKey, type: 'SecureString', value: 'local-console-mfa-user-secret-key' },
    { name: NAMES.serial, type: 'SecureString', value: device.serial },
  ];
  return {
    ...fleet,
    regions: {
      ...fleet.regions,
      [home]: { ...region, parameters: [...(region.parameters ?? []), ...added] },
    },
  };
}
