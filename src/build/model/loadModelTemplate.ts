import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { ModelError } from './ModelError.js';
import { type ModelTemplate, modelTemplateSchema } from './ModelTemplate.js';

/** interaction-model/ at the repository root, seen from src/build/model. */
export const MODEL_DIRECTORY = fileURLToPath(new URL('../../../interaction-model/', import.meta.url));

/** Reads and checks interaction-model/templates/<locale>.yaml. */
export function loadModelTemplate(locale: string): ModelTemplate {
  const path = `${MODEL_DIRECTORY}templates/${locale}.yaml`;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (cause) {
    throw new ModelError(`no template for locale ${locale} (${path})`, { cause });
  }
  const parsed = modelTemplateSchema.safeParse(parse(text));
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ModelError(`${path} is not a valid template: ${issues.join('; ')}`);
  }
  return parsed.data;
}
