import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { z } from 'zod';
import { applyTemplateOverlay } from './applyTemplateOverlay.js';
import { ModelError } from './ModelError.js';
import { type ModelTemplate, modelTemplateSchema } from './ModelTemplate.js';
import { templateOverlaySchema } from './templateOverlaySchema.js';

/** interaction-model/ at the repository root, seen from src/build/model. */
export const MODEL_DIRECTORY = fileURLToPath(new URL('../../../interaction-model/', import.meta.url));

/**
 * Reads and checks interaction-model/templates/<locale>.yaml. A template that says `extends: en-US` is an
 * overlay (templateOverlaySchema): the base is read first and the overlay applied to it, so en-GB, en-AU, ...
 * are one English source plus their own phrasing.
 */
export function loadModelTemplate(locale: string, seen: readonly string[] = []): ModelTemplate {
  if (seen.includes(locale))
    throw new ModelError(`templates extend each other in a loop: ${[...seen, locale].join(' -> ')}`);
  const path = `${MODEL_DIRECTORY}templates/${locale}.yaml`;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (cause) {
    throw new ModelError(`no template for locale ${locale} (${path})`, { cause });
  }
  const document: unknown = parse(text);
  if (isOverlay(document)) {
    const overlay = checked(templateOverlaySchema, document, path);
    const base = loadModelTemplate(overlay.extends, [...seen, locale]);
    return checked(modelTemplateSchema, applyTemplateOverlay(base, overlay), path);
  }
  return checked(modelTemplateSchema, document, path);
}

function isOverlay(document: unknown): document is { extends: unknown } {
  return typeof document === 'object' && document !== null && 'extends' in document;
}

function checked<S extends z.ZodType>(schema: S, document: unknown, path: string): z.output<S> {
  const parsed = schema.safeParse(document);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ModelError(`${path} is not a valid template: ${issues.join('; ')}`);
  }
  return parsed.data;
}
