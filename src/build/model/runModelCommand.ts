import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { demoFleetPath } from '../../local/emulator/fleet/demoFleetPath.js';
import { buildInteractionModel, type GeneratedModel } from './buildInteractionModel.js';
import type { FleetNames, TagKeys } from './FleetNames.js';
import { fleetNamesFromAws } from './fleetNamesFromAws.js';
import { fleetNamesFromFile } from './fleetNamesFromFile.js';
import { loadModelTemplate, MODEL_DIRECTORY } from './loadModelTemplate.js';
import { ModelError } from './ModelError.js';
import { modelLimitProblems } from './modelLimits.js';
import { type FleetSource, MODEL_USAGE, parseModelArgs } from './parseModelArgs.js';
import { planSkillPackage, writeSkillPackage } from './writeSkillPackage.js';

export interface ModelCommandIo {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

/**
 * `npm run model`: reads the fleet's names, builds each locale's model, checks Alexa's limits and writes
 * it, printing what the fleet added and which names sound the same. Returns the exit code: 2 for a
 * mistake the user can fix (one sentence and the usage), 1 for an AWS failure.
 */
export async function runModelCommand(argv: readonly string[], io: ModelCommandIo): Promise<number> {
  try {
    const args = parseModelArgs(argv);
    if (args.help) {
      io.out(MODEL_USAGE);
      return 0;
    }
    const tagKeys: TagKeys = {
      instance: io.env.TAG_INSTANCE || 'instance',
      application: io.env.TAG_APPLICATION || 'application',
      environment: io.env.TAG_ENVIRONMENT || 'environment',
    };
    const names = await readNames(args.source, tagKeys, io.cwd);
    const locales = args.locale ? [args.locale] : templateLocales();
    const directory = args.out ? resolve(io.cwd, args.out) : MODEL_DIRECTORY;
    const built = locales.map((locale) => {
      const template = loadModelTemplate(locale);
      return [locale, buildInteractionModel(template, names), template] as const;
    });
    for (const [locale, generated] of built) {
      const problems = modelLimitProblems(generated.model);
      if (problems.length > 0)
        throw new ModelError(`the ${locale} model breaks Alexa's limits: ${problems.join('; ')}`);
    }
    const skillPackage = planSkillPackage(
      built,
      { locale: args.locale, out: args.out ? directory : undefined },
      io.env,
    );
    report(built[0]![1], io);
    mkdirSync(directory, { recursive: true });
    for (const [locale, generated] of built) {
      const file = join(directory, `${locale}.json`);
      writeFileSync(file, serialiseModel(generated));
      const samples = generated.model.interactionModel.languageModel.intents.reduce(
        (sum, intent) => sum + (intent.samples?.length ?? 0),
        0,
      );
      io.out(`wrote ${file} (${samples} sample utterances)`);
    }
    if (skillPackage) {
      for (const file of writeSkillPackage(skillPackage.directory, skillPackage.files))
        io.out(`wrote ${file}`);
      for (const note of skillPackage.notes) io.out(note);
    }
    return 0;
  } catch (error) {
    if (error instanceof ModelError) {
      io.err(`npm run model: ${error.message}`);
      io.err(MODEL_USAGE);
      return 2;
    }
    const { name, message } = error as Error;
    io.err(`npm run model: could not read the fleet from AWS: ${name}: ${message}`);
    return 1;
  }
}

/** The model file as committed: two-space JSON and a final newline. */
export function serialiseModel(generated: GeneratedModel): string {
  return `${JSON.stringify(generated.model, null, 2)}\n`;
}

async function readNames(source: FleetSource, tagKeys: TagKeys, cwd: string): Promise<FleetNames> {
  if (source.kind === 'aws') return fleetNamesFromAws(source.regions, tagKeys);
  return fleetNamesFromFile(source.path ? resolve(cwd, source.path) : demoFleetPath, tagKeys);
}

function templateLocales(): string[] {
  return readdirSync(join(MODEL_DIRECTORY, 'templates'))
    .filter((file) => file.endsWith('.yaml'))
    .map((file) => file.replace(/\.yaml$/, ''))
    .sort();
}

function report(generated: GeneratedModel, io: ModelCommandIo): void {
  for (const [type, values] of Object.entries(generated.added)) {
    // An environment the template already says (production, staging...) is in the model, just not added again.
    const inTemplate = type === 'ENVIRONMENT' ? generated.environmentsInTemplate : [];
    io.out(
      inTemplate.length === 0
        ? `${type}: ${values.length} value(s) from the fleet`
        : `${type}: ${values.length + inTemplate.length} value(s) from the fleet, ${values.length} added, ${inTemplate.length} already in the template`,
    );
    for (const { name, templateId } of inTemplate)
      io.out(`  ${name}: already in the template${name === templateId ? '' : ` as ${templateId}`}`);
    for (const value of values) {
      const synonyms = value.name.synonyms ?? [];
      io.out(
        `  ${value.id} = "${value.name.value}"${synonyms.length ? `, also "${synonyms.join('", "')}"` : ''}`,
      );
    }
    for (const collision of generated.collisions[type as keyof GeneratedModel['collisions']]) {
      const outcome = collision.keptFor
        ? `kept for ${collision.keptFor}, its name`
        : 'left out: it would be ambiguous';
      io.out(`  collides: "${collision.phrase}" is said for ${collision.names.join(' and ')}; ${outcome}`);
    }
  }
}
