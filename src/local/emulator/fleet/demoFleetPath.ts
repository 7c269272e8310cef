import { fileURLToPath } from 'node:url';

/** The demo fleet shipped with the emulator, used when no fleet is given. */
export const demoFleetPath: string = fileURLToPath(new URL('../fleets/demo.yaml', import.meta.url));
