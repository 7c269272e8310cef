import type { v1 } from 'ask-smapi-model';
import type { InteractionModelData } from '../../local/simulator/InteractionModelData.js';
import { ALL_REGIONS_ID, REGIONS, spokenCodeForms } from '../../skill/domain/fleet/regions.js';
import {
  INTENT_SLOTS,
  SKILL_DRIVEN_DIALOGS,
  SLOT_TYPE_OF,
  SLOT_TYPES,
  type SLOTS,
} from '../../skill/intents/interactionModel.js';
import { expandSample } from './expandSample.js';
import type { FleetNames } from './FleetNames.js';
import { ModelError } from './ModelError.js';
import type { ModelTemplate, TemplateSlotValue } from './ModelTemplate.js';
import { keyOf, type NameCollision, nameSlotValues } from './nameSlotValues.js';
import { withSynonyms } from './withSynonyms.js';

type SlotName = keyof typeof SLOTS;
type SlotType = v1.skill.interactionModel.SlotType;
type SlotTypeValue = v1.skill.interactionModel.TypeValue;
type Intent = v1.skill.interactionModel.Intent;
type DialogIntent = v1.skill.interactionModel.DialogIntents;
type Prompt = v1.skill.interactionModel.Prompt;

/** What people put after a name: "the blog database", "the crm app". */
const INSTANCE_NOUNS = ['database', 'instance', 'db', 'server', 'cluster'];
const APPLICATION_NOUNS = ['application', 'app'];

export interface GeneratedModel {
  readonly model: InteractionModelData;
  /** The fleet's values per slot type, as added. */
  readonly added: Readonly<Record<'DB_INSTANCE' | 'APPLICATION' | 'ENVIRONMENT', readonly SlotTypeValue[]>>;
  readonly collisions: Readonly<
    Record<'DB_INSTANCE' | 'APPLICATION' | 'ENVIRONMENT', readonly NameCollision[]>
  >;
  /**
   * The fleet's environments the template already has a value for (by its id, value or a synonym: "prod" is
   * production), so they are not added again: the fleet's name and the template value's id.
   */
  readonly environmentsInTemplate: readonly { readonly name: string; readonly templateId: string }[];
}

/**
 * The interaction model of one locale: the template's words, the slot contract of the handlers
 * (INTENT_SLOTS, SLOT_TYPE_OF), the Regions the skill knows and the fleet's names. Deterministic: the same
 * inputs give the same JSON, so the committed model can be compared with a fresh build.
 */
export function buildInteractionModel(template: ModelTemplate, fleet: FleetNames): GeneratedModel {
  checkTemplateAgainstContract(template);
  const intents: Intent[] = Object.entries(template.builtIns).map(([name, samples]) => ({ name, samples }));
  const dialogIntents: DialogIntent[] = [];
  const prompts: Prompt[] = [];
  for (const [intentName, slotNames] of Object.entries(INTENT_SLOTS)) {
    const rules = template.intents[intentName]!;
    const samples = [
      ...new Set(rules.samples.flatMap((sample) => expandSample(sample, template.families, slotNames))),
    ];
    intents.push({
      name: intentName,
      slots: slotNames.map((slot) => ({
        name: slot,
        type: SLOT_TYPE_OF[slot],
        ...(template.slotSamples[slot] ? { samples: template.slotSamples[slot] } : {}),
      })),
      samples,
    });
    dialogIntents.push({
      name: intentName,
      ...(SKILL_DRIVEN_DIALOGS.includes(intentName as keyof typeof INTENT_SLOTS)
        ? { delegationStrategy: 'SKILL_RESPONSE' as const }
        : {}),
      confirmationRequired: false,
      prompts: {},
      slots: slotNames.map((slot) => {
        const promptId = `Elicit.Slot.${intentName}.${slot}`;
        const variations = template.prompts[slot];
        if (variations) {
          prompts.push({
            id: promptId,
            variations: variations.map((value) => ({ type: 'PlainText', value })),
          });
        }
        return {
          name: slot,
          type: SLOT_TYPE_OF[slot],
          confirmationRequired: false,
          elicitationRequired: rules.required.includes(slot),
          prompts: variations ? { elicitation: promptId } : {},
        };
      }),
    });
  }

  const readings = template.nameReadings ? fleet.readings?.[template.nameReadings] : undefined;
  const instances = nameSlotValues(fleet.instances, INSTANCE_NOUNS, new Set(), readings?.instances);
  const applications = nameSlotValues(
    fleet.applications,
    APPLICATION_NOUNS,
    new Set(),
    readings?.applications,
  );
  const templateEnvironments = (template.types[SLOT_TYPES.ENVIRONMENT] ?? []).map(toSlotValue);
  const templateIdOf = new Map(
    templateEnvironments.flatMap((value) =>
      [value.id ?? '', value.name.value, ...(value.name.synonyms ?? [])].map(
        (phrase) => [keyOf(phrase), value.id ?? value.name.value] as const,
      ),
    ),
  );
  const knownEnvironments = new Set(templateIdOf.keys());
  const environments = nameSlotValues(
    fleet.environments.filter((name) => !knownEnvironments.has(keyOf(name))),
    ['environment'],
    knownEnvironments,
  );

  const types: SlotType[] = [
    { name: SLOT_TYPES.REGION, values: regionValues(template) },
    { name: SLOT_TYPES.DB_INSTANCE, values: instances.values },
    { name: SLOT_TYPES.APPLICATION, values: applications.values },
    { name: SLOT_TYPES.ENVIRONMENT, values: [...templateEnvironments, ...environments.values] },
    ...Object.entries(template.types)
      .filter(([name]) => name !== SLOT_TYPES.ENVIRONMENT)
      .map(([name, values]) => ({ name, values: values.map(toSlotValue) })),
  ];
  return {
    model: {
      interactionModel: {
        languageModel: { invocationName: template.invocationName, intents, types },
        dialog: { delegationStrategy: 'ALWAYS', intents: dialogIntents },
        prompts,
      },
    },
    added: {
      DB_INSTANCE: instances.values,
      APPLICATION: applications.values,
      ENVIRONMENT: environments.values,
    },
    collisions: {
      DB_INSTANCE: instances.collisions,
      APPLICATION: applications.collisions,
      ENVIRONMENT: environments.collisions,
    },
    environmentsInTemplate: fleet.environments.flatMap((name) => {
      const templateId = templateIdOf.get(keyOf(name));
      return templateId === undefined ? [] : [{ name, templateId }];
    }),
  };
}

function toSlotValue(value: TemplateSlotValue): SlotTypeValue {
  return withSynonyms(value.id, value.value, value.synonyms);
}

/**
 * Every commercial Region by code, its spoken name and aliases, plus "all regions". A template with its own
 * Region names (ja-JP) puts them first and keeps the English ones as synonyms ("OREGON にある…").
 */
function regionValues(template: ModelTemplate): SlotTypeValue[] {
  return [
    ...REGIONS.map((region) => {
      const [local, ...localSynonyms] = template.regions?.[region.code] ?? [];
      const english = [...region.aliases, ...spokenCodeForms(region.code)];
      return local === undefined
        ? withSynonyms(region.code, region.spoken, [...new Set(english)])
        : withSynonyms(region.code, local, [...new Set([...localSynonyms, region.spoken, ...english])]);
    }),
    withSynonyms(ALL_REGIONS_ID, template.allRegions.value, template.allRegions.synonyms),
  ];
}

/** A template must speak about exactly the intents and slots the handlers read. */
function checkTemplateAgainstContract(template: ModelTemplate): void {
  const problems: string[] = [];
  const contract = Object.keys(INTENT_SLOTS);
  for (const name of contract)
    if (!template.intents[name]) problems.push(`intent ${name} has no samples in the template`);
  for (const name of Object.keys(template.intents))
    if (!contract.includes(name)) problems.push(`intent ${name} is not in INTENT_SLOTS`);
  for (const [name, rules] of Object.entries(template.intents)) {
    const slots: readonly string[] = INTENT_SLOTS[name as keyof typeof INTENT_SLOTS] ?? [];
    for (const slot of rules.required)
      if (!slots.includes(slot)) problems.push(`${name} requires ${slot}, which it does not declare`);
  }
  const slotNames = new Set(Object.keys(SLOT_TYPE_OF));
  for (const slot of [...Object.keys(template.slotSamples), ...Object.keys(template.prompts)])
    if (!slotNames.has(slot as SlotName)) problems.push(`slot ${slot} is not in SLOTS`);
  const fromFleet: string[] = [SLOT_TYPES.REGION, SLOT_TYPES.DB_INSTANCE, SLOT_TYPES.APPLICATION];
  for (const type of Object.keys(template.types)) {
    if (fromFleet.includes(type)) problems.push(`type ${type} is generated, the template must not list it`);
    else if (!Object.values(SLOT_TYPES).includes(type as never))
      problems.push(`type ${type} is not in SLOT_TYPES`);
  }
  for (const type of Object.values(SLOT_TYPES))
    if (!fromFleet.includes(type) && !template.types[type]) problems.push(`type ${type} has no values`);
  if (problems.length > 0)
    throw new ModelError(`the template does not match the slot contract: ${problems.join('; ')}`);
}
