import type { EmulatorState } from './EmulatorState.js';
import { emptyRegionState } from './emptyRegionState.js';
import type { RegionState } from './RegionState.js';

/** Any Region answers, as in a real account; one the fleet does not mention is simply empty. */
export function getRegionState(state: EmulatorState, region: string): RegionState {
  let regionState = state.regions.get(region);
  if (!regionState) {
    regionState = emptyRegionState(region);
    state.regions.set(region, regionState);
  }
  return regionState;
}
