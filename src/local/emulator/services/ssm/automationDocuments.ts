import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ssmErrors } from './ssmErrors.js';

/** What the emulator reads of an Automation document's parameters: enough to refuse what SSM refuses. */
interface DocumentParameter {
  readonly type: 'String' | 'StringList';
  readonly default?: string | readonly string[];
  readonly allowedValues?: readonly string[];
  readonly allowedPattern?: string;
  readonly maxItems?: number;
}

interface AutomationDocument {
  readonly parameters: Readonly<Record<string, DocumentParameter>>;
}

/** The documents the emulator runs, by name, and where the deployed one comes from (lib/documents). */
const DOCUMENT_FILES: Readonly<Record<string, string>> = {
  'DbVoice-UserManagement': 'lib/documents/user-management.yaml',
};

/**
 * The document a StartAutomationExecution names (its name, or an ARN ending in document/<name>), read from
 * the repository as ToolingStack deploys it. Anything else is AutomationDefinitionNotFoundException.
 */
export function findAutomationDocument(
  repoRoot: string,
  documentName: string,
): { name: string; document: AutomationDocument } {
  const name = documentName.replace(/^arn:[^:]+:ssm:[^:]*:\d*:(document|automation-definition)\//, '');
  const file = DOCUMENT_FILES[name.replace(/:.*$/, '')];
  if (!file) throw ssmErrors.automationDefinitionNotFound(documentName);
  const document = parse(readFileSync(join(repoRoot, file), 'utf8')) as AutomationDocument;
  return { name: name.replace(/:.*$/, ''), document };
}

/**
 * The execution's parameters after SSM's checks: unknown names, a String given several values, a value
 * outside allowedValues or allowedPattern, too many items, a required parameter missing — each is
 * InvalidAutomationExecutionParametersException. Defaults fill what was not given.
 */
export function resolveParameters(
  document: AutomationDocument,
  given: Readonly<Record<string, readonly string[]>>,
): Record<string, string[]> {
  const declared = document.parameters;
  const unknown = Object.keys(given).filter((name) => !(name in declared));
  if (unknown.length > 0) {
    throw ssmErrors.invalidAutomationParameters(`Parameters ${JSON.stringify(unknown)} are not defined`);
  }
  const resolved: Record<string, string[]> = {};
  for (const [name, spec] of Object.entries(declared)) {
    const values = given[name] ?? toList(spec.default);
    if (values === undefined) {
      throw ssmErrors.invalidAutomationParameters(`Parameter "${name}" is required but not provided`);
    }
    if (spec.type === 'String' && values.length !== 1) {
      throw ssmErrors.invalidAutomationParameters(`Parameter "${name}" is a String and takes one value`);
    }
    if (spec.maxItems !== undefined && values.length > spec.maxItems) {
      throw ssmErrors.invalidAutomationParameters(`Parameter "${name}" takes at most ${spec.maxItems} items`);
    }
    for (const value of values) {
      if (spec.allowedValues && !spec.allowedValues.includes(value)) {
        throw ssmErrors.invalidAutomationParameters(`Parameter "${name}" has a value that is not allowed`);
      }
      if (spec.allowedPattern && !new RegExp(spec.allowedPattern).test(value)) {
        throw ssmErrors.invalidAutomationParameters(
          `Parameter "${name}" does not match the pattern ${spec.allowedPattern}`,
        );
      }
    }
    resolved[name] = [...values];
  }
  return resolved;
}

function toList(value: string | readonly string[] | undefined): readonly string[] | undefined {
  if (value === undefined) return undefined;
  return typeof value === 'string' ? [value] : value;
}
