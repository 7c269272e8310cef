import { parseCommandLine } from '../../local/emulator/core/parseCommandLine.js';
import { UsageError } from '../../local/emulator/core/UsageError.js';
import { findRegion } from '../../skill/domain/fleet/regions.js';
import { ModelError } from './ModelError.js';

export const MODEL_USAGE = `Usage: npm run model -- [--fleet FILE | --from-aws --regions R1,R2] [--locale L] [--out DIR]

Generates interaction-model/<locale>.json from interaction-model/templates/<locale>.yaml and a fleet's names.
  --fleet FILE        an emulator fleet file (default: the demo fleet, src/local/emulator/fleets/demo.yaml)
  --from-aws          read the fleet with DescribeDBInstances (standard credential chain, AWS_ENDPOINT_URL)
  --regions R1,R2     the Regions to read with --from-aws, e.g. us-west-2,eu-west-1
  --locale L          one locale, any case (default: every template in interaction-model/templates)
  --out DIR           write the models there instead of interaction-model/
Tag keys come from TAG_INSTANCE, TAG_APPLICATION and TAG_ENVIRONMENT, as in the skill.`;

export type FleetSource =
  | { readonly kind: 'file'; readonly path: string | undefined }
  | { readonly kind: 'aws'; readonly regions: readonly string[] };

export interface ModelArgs {
  readonly source: FleetSource;
  readonly locale: string | undefined;
  readonly out: string | undefined;
  readonly help: boolean;
}

/** The command line, checked: a mistake is one ModelError sentence, never a half-run. */
export function parseModelArgs(argv: readonly string[]): ModelArgs {
  let values: ReturnType<typeof parse>['values'];
  try {
    values = parse(argv).values;
  } catch (cause) {
    // The console's wording, so an unknown flag names the one meant (`--flet` -> did you mean --fleet?).
    if (!(cause instanceof UsageError)) throw cause;
    throw new ModelError(cause.message.split('\n')[0]!, { cause });
  }
  if (values.fleet !== undefined && values['from-aws'])
    throw new ModelError('--fleet and --from-aws exclude each other: the names come from one fleet');
  if (values.regions !== undefined && !values['from-aws'])
    throw new ModelError('--regions only goes with --from-aws');
  for (const [flag, value] of [
    ['--fleet', values.fleet],
    ['--out', values.out],
    ['--locale', values.locale],
  ] as const)
    if (value !== undefined && value.trim() === '') throw new ModelError(`${flag} needs a value`);
  const locale = values.locale === undefined ? undefined : canonicalLocale(values.locale);
  const base = { locale, out: values.out, help: values.help === true };
  if (!values['from-aws']) return { ...base, source: { kind: 'file', path: values.fleet } };
  const regions = (values.regions ?? '')
    .split(',')
    .map((code) => code.trim())
    .filter(Boolean);
  if (regions.length === 0)
    throw new ModelError('--from-aws needs --regions, e.g. --regions us-west-2,eu-west-1');
  const unknown = regions.filter((code) => findRegion(code)?.code !== code);
  if (unknown.length > 0) throw new ModelError(`unknown Region code ${unknown.join(', ')} in --regions`);
  return { ...base, source: { kind: 'aws', regions: [...new Set(regions)] } };
}

/** BCP 47 is case-insensitive: en-gb is the template en-GB.yaml. */
function canonicalLocale(value: string): string {
  const parts = /^([a-z]{2})-([a-z]{2})$/i.exec(value);
  if (!parts) throw new ModelError(`--locale ${value} is not a locale like en-US`);
  return `${parts[1]!.toLowerCase()}-${parts[2]!.toUpperCase()}`;
}

function parse(argv: readonly string[]) {
  return parseCommandLine({
    args: [...argv],
    strict: true,
    allowPositionals: false,
    options: {
      fleet: { type: 'string' },
      'from-aws': { type: 'boolean' },
      regions: { type: 'string' },
      locale: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}
