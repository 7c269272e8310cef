import { buildUtteranceMatcher } from '../simulator/buildUtteranceMatcher.js';
import { defaultSkillId } from '../simulator/defaultSkillId.js';
import type { InteractionModelData } from '../simulator/InteractionModelData.js';
import { loadInteractionModel } from '../simulator/loadInteractionModel.js';
import type { UtteranceMatcher } from '../simulator/UtteranceMatcher.js';

/** One locale's interaction model and the simulator's NLU built from it. */
export interface LocaleModel {
  readonly model: InteractionModelData;
  readonly matcher: UtteranceMatcher;
}

/**
 * The interaction models of the locales the console's sessions speak, each read and compiled on first use and
 * then shared by every session of that locale: building a matcher from thousands of samples is the slow part
 * of a new session, and a stack that only ever speaks en-US never reads the others.
 */
export class LocaleModels {
  private readonly loaded = new Map<string, LocaleModel>();

  /** `directory`: where <locale>.json lives (`--model-dir`); interaction-model/ when absent. */
  constructor(private readonly directory?: string) {}

  get(locale: string): LocaleModel {
    let entry = this.loaded.get(locale);
    if (!entry) {
      const model = loadInteractionModel(locale, this.directory);
      entry = { model, matcher: buildUtteranceMatcher(model, { skillId: defaultSkillId, locale }) };
      this.loaded.set(locale, entry);
    }
    return entry;
  }
}
