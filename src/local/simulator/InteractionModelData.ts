import type { v1 } from 'ask-smapi-model';

/** The interaction model JSON as the developer console imports it (interaction-model/<locale>.json). */
export type InteractionModelData = v1.skill.interactionModel.InteractionModelData;
