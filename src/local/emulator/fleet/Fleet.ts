import type { z } from 'zod';
import type { fleetSchema } from './fleetSchema.js';

/**
 * The fleet file: what the emulated account contains when the emulator starts (and after a reset). Every
 * field but `regions` is optional; README.md in this folder documents each one with the defaults.
 */
export type Fleet = z.output<typeof fleetSchema>;
export type FleetRegion = Fleet['regions'][string];
export type FleetInstance = NonNullable<FleetRegion['instances']>[number];
export type FleetEngine = FleetInstance['engine'];
export type FleetLogFile = NonNullable<FleetInstance['logs']>[number];
export type FleetMetricGenerator = Exclude<NonNullable<FleetInstance['metrics']>[string], number>;
export type FleetParameter = NonNullable<FleetRegion['parameters']>[number];
export type FleetCannedOutput = Exclude<NonNullable<Fleet['bastionOutputs']>[string][string], string>;
