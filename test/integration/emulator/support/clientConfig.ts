import type { Emulator } from '../../../../src/local/emulator/createEmulator.js';

/**
 * What any SDK v3 client needs to talk to the emulator: its URL as endpoint, dummy credentials and a Region
 * (the emulator reads the Region back from the SigV4 scope). One attempt, so faults show as they are.
 */
export function clientConfig(emulator: Emulator, region = 'us-west-2', maxAttempts = 1) {
  return {
    endpoint: emulator.url,
    region,
    credentials: { accessKeyId: 'AKIAEMULATORTEST', secretAccessKey: 'emulator-test-secret' },
    maxAttempts,
  };
}
