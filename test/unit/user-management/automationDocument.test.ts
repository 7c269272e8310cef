import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ResourceNames } from '../../../src/contract/ResourceNames.js';
import { ACTION_HANDLERS } from '../../../src/user-management/actionHandlers.js';
import { ACTIONS, EVENT_FIELDS, ROLES } from '../../../src/user-management/event.js';
import { validateEvent } from '../../../src/user-management/validateEvent.js';
import { HOSTILE_INPUTS } from './hostileInputs.js';

interface Parameter {
  type: string;
  default?: unknown;
  allowedValues?: string[];
  allowedPattern?: string;
  maxItems?: number;
}
interface AutomationDocument {
  schemaVersion: string;
  assumeRole: string;
  parameters: Record<string, Parameter>;
  mainSteps: { name: string; action: string; maxAttempts?: number; inputs: Record<string, unknown> }[];
  outputs: string[];
}

const document = parse(readFileSync('lib/documents/user-management.yaml', 'utf8')) as AutomationDocument;
/** Parameters that steer the execution rather than the Lambda. */
const EXECUTION_PARAMETERS = ['FunctionName', 'AutomationAssumeRole'];
const step = document.mainSteps[0]!;
const payload = step.inputs.InputPayload as Record<string, unknown>;

/** What Systems Manager does with a parameter placeholder: a whole-value placeholder keeps its type. */
function render(values: Record<string, unknown>): Record<string, unknown> {
  const resolved = { ...defaults(), ...values };
  return Object.fromEntries(
    Object.entries(payload).map(([key, template]) => {
      const name = /^\{\{ ?([A-Za-z_]+) ?\}\}$/.exec(String(template))?.[1];
      return [key, name === undefined ? template : resolved[name]];
    }),
  );
}

function defaults(): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(document.parameters)
      .filter(([, p]) => p.default !== undefined)
      .map(([name, p]) => [name, p.default]),
  );
}

/** Systems Manager refuses to start an execution whose values break allowedValues / allowedPattern. */
function accepts(name: string, value: unknown): boolean {
  const parameter = document.parameters[name]!;
  const items = Array.isArray(value) ? value : [value];
  if (parameter.maxItems !== undefined && items.length > parameter.maxItems) return false;
  return items.every((item) => {
    if (typeof item !== 'string') return false;
    if (parameter.allowedValues && !parameter.allowedValues.includes(item)) return false;
    return parameter.allowedPattern === undefined || new RegExp(parameter.allowedPattern).test(item);
  });
}

describe('Document: user-management Automation', () => {
  it('is an Automation document that runs as AutomationAssumeRole', () => {
    expect(document.schemaVersion).toBe('0.3');
    expect(document.assumeRole).toBe('{{ AutomationAssumeRole }}');
  });

  it('declares exactly the event fields, plus FunctionName and AutomationAssumeRole', () => {
    expect(Object.keys(document.parameters).sort()).toEqual(
      [...EVENT_FIELDS, ...EXECUTION_PARAMETERS].sort(),
    );
  });

  it('offers exactly the actions the Lambda handles', () => {
    expect(document.parameters.action?.allowedValues).toEqual([...ACTIONS]);
    for (const action of document.parameters.action?.allowedValues ?? []) {
      expect(ACTION_HANDLERS).toHaveProperty(action);
    }
    expect(Object.keys(ACTION_HANDLERS).sort()).toEqual([...ACTIONS].sort());
  });

  it('offers exactly the roles the Lambda knows, or none', () => {
    expect(document.parameters.role?.allowedValues).toEqual(['', ...ROLES]);
  });

  it('constrains every free-text parameter with a pattern or a list', () => {
    for (const [name, parameter] of Object.entries(document.parameters)) {
      expect(parameter.allowedPattern ?? parameter.allowedValues, name).toBeDefined();
    }
  });

  it('passes each event field through InputPayload as a whole-value placeholder of its own parameter', () => {
    expect(step.action).toBe('aws:invokeLambdaFunction');
    expect(step.inputs).not.toHaveProperty('Payload');
    expect(Object.keys(payload).sort()).toEqual([...EVENT_FIELDS].sort());
    for (const [field, template] of Object.entries(payload)) expect(template).toBe(`{{ ${field} }}`);
    expect(step.inputs.FunctionName).toBe('{{ FunctionName }}');
    expect(document.outputs).toEqual(['InvokeUserManagement.Payload']);
  });

  it('names the function the stacks deploy, and does not retry blindly', () => {
    expect(document.parameters.FunctionName?.default).toBe(ResourceNames.userManagementFunctionName);
    expect(step.maxAttempts).toBe(1);
  });

  it.each([
    ['create_user', { username: 'app_reader', role: 'readonly' }],
    [
      'create_user',
      {
        username: 'app',
        role: 'admin',
        host: '10.0.%',
        reader_role_arns: ['arn:aws:iam::123456789012:role/r'],
      },
    ],
    ['update_grant', { username: 'app_reader', role: 'readwrite' }],
    ['reset_password', { username: 'app_reader', secret_name: 'rds-app-custom' }],
    ['delete_user', { username: 'app_reader', host: '192.168.0.0/255.255.0.0' }],
    ['list_users', {}],
    ['list_users', { username: 'app_reader' }],
  ] as const)('turns a %s execution with %j into an event the Lambda accepts', (action, values) => {
    // Prepare
    const execution = { action, db_name: 'app_db', rds_secret_name: 'rds-master', ...values };
    for (const [name, value] of Object.entries(execution)) expect(accepts(name, value), name).toBe(true);

    // Act
    const request = validateEvent(render(execution));

    // Assess
    expect(request.action).toBe(action);
  });

  it('refuses at start every hostile value that carries a character outside the allow-lists', () => {
    // Prepare: the corpus values that go into one document parameter and are not plain ASCII names
    const outside = /[^A-Za-z0-9_%./@+=:,-]/;
    const cases = HOSTILE_INPUTS.filter((input) => input.field !== undefined).map((input) => ({
      name: input.name,
      field: input.field!,
      value: (input.event as Record<string, unknown>)[input.field!],
    }));
    const charactersOutside = cases.filter(({ value }) =>
      (Array.isArray(value) ? value : [value]).some((v) => typeof v !== 'string' || outside.test(v)),
    );

    // Act + Assess
    expect(charactersOutside.length).toBeGreaterThan(30);
    for (const { name, field, value } of charactersOutside) expect(accepts(field, value), name).toBe(false);
  });

  it('refuses over-long names at start too', () => {
    expect(accepts('username', 'a'.repeat(33))).toBe(false);
    expect(accepts('db_name', 'd'.repeat(65))).toBe(false);
    expect(accepts('host', `${'a'.repeat(57)}.com`)).toBe(false);
    expect(
      accepts(
        'reader_role_arns',
        Array.from({ length: 21 }, (_, i) => `arn:aws:iam::123456789012:role/r${i}`),
      ),
    ).toBe(false);
  });
});
