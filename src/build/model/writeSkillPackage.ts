import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GeneratedModel } from './buildInteractionModel.js';
import { buildSkillManifest, SKILL_ICONS, skillEndpoint } from './buildSkillManifest.js';
import type { ModelTemplate } from './ModelTemplate.js';
import { ICON_SIZES, skillIcon } from './skillIcon.js';

/** skill-package/ at the repository root: the ASK CLI layout that `ask deploy` and the CDK app upload. */
export const SKILL_PACKAGE_DIRECTORY = fileURLToPath(new URL('../../../skill-package/', import.meta.url));

/** The JSON files as committed: two-space JSON and a final newline. */
export function serialiseJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

export interface SkillPackageFiles {
  /** Path relative to skill-package/ -> file text (JSON) or bytes (icons). */
  readonly files: ReadonlyMap<string, string | Buffer>;
  /** Template locales without a `manifest:` section: their model is packaged but the Alexa app has no text. */
  readonly missingText: readonly string[];
}

/**
 * The files of skill-package/: skill.json from every template's `manifest:` text and
 * interactionModels/custom/<locale>.json, the same model `npm run model` writes to interaction-model/.
 */
export function skillPackageFiles(
  built: readonly (readonly [string, ModelTemplate, GeneratedModel])[],
  endpointFromEnv: string | undefined,
): SkillPackageFiles {
  const files = new Map<string, string | Buffer>();
  const texts: Record<string, NonNullable<ModelTemplate['manifest']>> = {};
  const missingText: string[] = [];
  for (const [locale, template, generated] of built) {
    files.set(`interactionModels/custom/${locale}.json`, serialiseJson(generated.model));
    if (template.manifest) texts[locale] = template.manifest;
    else missingText.push(locale);
  }
  files.set('skill.json', serialiseJson(buildSkillManifest(texts, skillEndpoint(endpointFromEnv))));
  files.set(SKILL_ICONS.small, skillIcon(ICON_SIZES.small));
  files.set(SKILL_ICONS.large, skillIcon(ICON_SIZES.large));
  return { files, missingText };
}

/** Writes the package, removing models of locales that no longer have a template. Returns the paths written. */
export function writeSkillPackage(directory: string, files: ReadonlyMap<string, string | Buffer>): string[] {
  const models = join(directory, 'interactionModels', 'custom');
  mkdirSync(models, { recursive: true });
  mkdirSync(join(directory, 'assets', 'images'), { recursive: true });
  for (const file of readdirSync(models))
    if (!files.has(`interactionModels/custom/${file}`)) rmSync(join(models, file));
  return [...files].map(([path, text]) => {
    const file = join(directory, path);
    writeFileSync(file, text);
    return file;
  });
}

export interface SkillPackagePlan {
  readonly directory: string;
  readonly files: ReadonlyMap<string, string | Buffer>;
  readonly notes: readonly string[];
}

/**
 * What `npm run model` writes to skill-package/ (or <--out>/skill-package), checked before anything is
 * written. One --locale leaves the package alone: skill.json names every locale, so a partial run would
 * leave it pointing at models of another generation.
 */
export function planSkillPackage(
  built: readonly (readonly [string, GeneratedModel, ModelTemplate])[],
  options: { readonly locale: string | undefined; readonly out: string | undefined },
  env: Readonly<Record<string, string | undefined>>,
): SkillPackagePlan | undefined {
  if (options.locale) return undefined;
  const { files, missingText } = skillPackageFiles(
    built.map(([locale, generated, template]) => [locale, template, generated] as const),
    env.DBVOICE_SKILL_ENDPOINT,
  );
  return {
    directory: options.out ? join(options.out, 'skill-package') : SKILL_PACKAGE_DIRECTORY,
    files,
    notes: missingText.map(
      (locale) => `warning: templates/${locale}.yaml has no manifest: section; skill.json has no text for it`,
    ),
  };
}
