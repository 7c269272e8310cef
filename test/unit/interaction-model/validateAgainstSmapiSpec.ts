import { createRequire } from 'node:module';

/** The subset of Swagger 2.0 schema keywords ask-smapi-model's spec uses for the interaction model. */
interface SwaggerSchema {
  readonly $ref?: string;
  readonly type?: 'object' | 'array' | 'string' | 'boolean' | 'integer' | 'number';
  readonly required?: readonly string[];
  readonly properties?: Readonly<Record<string, SwaggerSchema>>;
  /** A map's values (the manifest's per-locale objects). */
  readonly additionalProperties?: SwaggerSchema;
  readonly items?: SwaggerSchema;
  readonly enum?: readonly string[];
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly discriminator?: string;
  readonly allOf?: readonly SwaggerSchema[];
  readonly 'x-discriminator-value'?: string;
}

interface SwaggerSpec {
  readonly definitions: Readonly<Record<string, SwaggerSchema>>;
}

// The spec ships inside the package the SMAPI client is generated from, so the test checks the model
// against exactly the schema the console's API accepts rather than a hand-written copy of it.
const spec = createRequire(import.meta.url)('ask-smapi-model/spec.json') as SwaggerSpec;

/**
 * Validates a value against a definition of ask-smapi-model's spec and returns every violation as
 * "path: message". Unknown properties are violations too: SMAPI rejects fields it does not know.
 */
export function validateAgainstSmapiSpec(value: unknown, definition: string): string[] {
  const errors: string[] = [];
  check(value, { $ref: `#/definitions/${definition}` }, '$', errors);
  return errors;
}

function resolve(schema: SwaggerSchema): SwaggerSchema {
  if (!schema.$ref) return schema;
  const name = schema.$ref.replace('#/definitions/', '');
  const target = spec.definitions[name];
  if (!target) throw new Error(`spec has no definition ${name}`);
  return resolve(target);
}

function check(value: unknown, rawSchema: SwaggerSchema, path: string, errors: string[]): void {
  const schema = resolve(rawSchema);
  if (schema.discriminator) {
    checkPolymorphic(value, rawSchema, schema.discriminator, path, errors);
    return;
  }
  switch (schema.type) {
    case 'object':
      checkObject(value, schema, path, errors);
      return;
    case 'array':
      checkArray(value, schema, path, errors);
      return;
    case 'string':
      checkString(value, schema, path, errors);
      return;
    case 'boolean':
      if (typeof value !== 'boolean') errors.push(`${path}: expected a boolean`);
      return;
    case 'integer':
    case 'number':
      if (typeof value !== 'number') errors.push(`${path}: expected a number`);
      return;
    default:
      return;
  }
}

function checkObject(value: unknown, schema: SwaggerSchema, path: string, errors: string[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    errors.push(`${path}: expected an object`);
    return;
  }
  const record = value as Record<string, unknown>;
  for (const key of schema.required ?? []) {
    if (record[key] === undefined) errors.push(`${path}: missing required property ${key}`);
  }
  const properties = schema.properties ?? {};
  for (const [key, child] of Object.entries(record)) {
    const childSchema = properties[key] ?? schema.additionalProperties;
    if (!childSchema) {
      errors.push(`${path}: unknown property ${key}`);
      continue;
    }
    check(child, childSchema, `${path}.${key}`, errors);
  }
}

function checkArray(value: unknown, schema: SwaggerSchema, path: string, errors: string[]): void {
  if (!Array.isArray(value)) {
    errors.push(`${path}: expected an array`);
    return;
  }
  if (schema.minItems !== undefined && value.length < schema.minItems) {
    errors.push(`${path}: needs at least ${schema.minItems} item(s)`);
  }
  if (schema.maxItems !== undefined && value.length > schema.maxItems) {
    errors.push(`${path}: allows at most ${schema.maxItems} item(s)`);
  }
  if (schema.items) {
    const items = schema.items;
    value.forEach((item, index) => {
      check(item, items, `${path}[${index}]`, errors);
    });
  }
}

function checkString(value: unknown, schema: SwaggerSchema, path: string, errors: string[]): void {
  if (typeof value !== 'string') {
    errors.push(`${path}: expected a string`);
    return;
  }
  if (schema.enum && !schema.enum.includes(value)) {
    errors.push(`${path}: ${value} is not one of ${schema.enum.join(', ')}`);
  }
  if (schema.minLength !== undefined && value.length < schema.minLength) {
    errors.push(`${path}: shorter than ${schema.minLength}`);
  }
  if (schema.maxLength !== undefined && value.length > schema.maxLength) {
    errors.push(`${path}: longer than ${schema.maxLength}`);
  }
}

/**
 * A polymorphic object (an interface of the skill manifest): the subtype is the definition that extends the
 * base through allOf and names the object's discriminator value; its properties are the base's and its own.
 */
function checkPolymorphic(
  value: unknown,
  base: SwaggerSchema,
  discriminator: string,
  path: string,
  errors: string[],
): void {
  const kind = (value as Record<string, unknown> | null)?.[discriminator];
  const subtype = Object.values(spec.definitions).find(
    (definition) =>
      definition['x-discriminator-value'] === kind &&
      definition.allOf?.some((part) => part.$ref !== undefined && part.$ref === base.$ref),
  );
  if (!subtype?.allOf) {
    errors.push(`${path}: ${discriminator} ${String(kind)} is not a known ${base.$ref ?? 'subtype'}`);
    return;
  }
  const parts = subtype.allOf.map((part) =>
    part.$ref ? spec.definitions[part.$ref.replace('#/definitions/', '')]! : part,
  );
  checkObject(
    value,
    {
      type: 'object',
      required: parts.flatMap((part) => part.required ?? []),
      properties: Object.assign({}, ...parts.map((part) => part.properties ?? {})),
    },
    path,
    errors,
  );
}
