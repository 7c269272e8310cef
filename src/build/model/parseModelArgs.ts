import { parseArgs } from 'node:util';
import { findRegion } from '../../skill/domain/fleet/regions.js';
import { ModelError } from './ModelError.js';

export const MODEL_USAGE = `Usage: npm run model -- [--fleet FILE | --from-aws --regions R1,R2] [--locale L] [--out DIR]

Generates interaction-model/<locale>.json from interaction-model/templates/<locale>.yaml and a fleet's names.
  --fleet FILE        an emulator fleet file (default: the demo fleet, src/local/emulator/fleets/demo.yaml)
  --from-aws          read the fleet with DescribeDBInstances (standard credential chain, AWS_ENDPOINT_URL)
  --regions R1,R2     the Regions to read with --from-aws, e.g. us-west-2,eu-west-1
  --locale L          one locale (default: every template in interaction-model/templates)
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
    throw new ModelError((cause as Error).message.split('\n')[0]!, { cause });
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
  if (values.locale !== undefined && !/^[a-z]{2}-[A-Z]{2}$/.test(values.locale))
    throw new ModelError(`--locale ${values.locale} is not a locale like en-US`);
  const base = { locale: values.locale, out: values.out, help: values.help === true };
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

function parse(argv: readonly string[]) {
  return parseArgs({
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
