import { z } from 'zod';
import { closestMatch } from '../core/closestMatch.js';

// The fleet file's schema (README.md in the emulator folder documents every key and its default). Objects are
// strict, so a misspelt key is an error that names the closest key instead of a setting silently ignored.

/** The engine names RDS accepts (and so DescribeDBInstances can return). */
const ENGINES = [
  'aurora-mysql',
  'aurora-postgresql',
  'mysql',
  'mariadb',
  'postgres',
  'oracle-ee',
  'oracle-ee-cdb',
  'oracle-se2',
  'oracle-se2-cdb',
  'custom-oracle-ee',
  'custom-oracle-ee-cdb',
  'custom-oracle-se2',
  'custom-oracle-se2-cdb',
  'sqlserver-ee',
  'sqlserver-se',
  'sqlserver-ex',
  'sqlserver-web',
  'custom-sqlserver-ee',
  'custom-sqlserver-se',
  'custom-sqlserver-web',
  'db2-se',
  'db2-ae',
] as const;

const text = z.string().min(1, 'must not be empty');
const count = z.number().nonnegative();
const tags = z.record(z.string(), z.string());
/** Timestamps are written as ISO text; one that does not parse would otherwise surface as "Invalid Date". */
const timestamp = z.string().refine((value) => !Number.isNaN(Date.parse(value)), 'not a date (ISO 8601)');

const metricGenerator = z.strictObject({
  baseline: z.number(),
  /** Uniform noise amplitude around the baseline. */
  noise: z.number().optional(),
  /** Amplitude of a daily sine wave. */
  amplitude: z.number().optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  unit: z.string().optional(),
});
/** A bare number pins a metric near that level; a generator sets the whole series. */
const metricOverrides = z.record(z.string(), z.union([z.number(), metricGenerator]));

const instance = z.strictObject({
  identifier: text,
  engine: z.enum(ENGINES),
  engineVersion: z.string().optional(),
  class: z.string().optional(),
  status: z.string().optional(),
  multiAz: z.boolean().optional(),
  availabilityZone: z.string().optional(),
  secondaryAvailabilityZone: z.string().optional(),
  endpoint: z.strictObject({ host: z.string().optional(), port: count.optional() }).optional(),
  storage: z
    .strictObject({
      type: z.enum(['standard', 'gp2', 'gp3', 'io1', 'io2', 'aurora', 'aurora-iopt1']).optional(),
      allocatedGb: count.optional(),
      maxAllocatedGb: count.optional(),
      iops: count.optional(),
      encrypted: z.boolean().optional(),
    })
    .optional(),
  masterUsername: z.string().optional(),
  dbName: z.string().optional(),
  licenseModel: z.string().optional(),
  parameterGroup: z.string().optional(),
  optionGroup: z.string().optional(),
  backupRetentionDays: count.optional(),
  publiclyAccessible: z.boolean().optional(),
  autoMinorVersionUpgrade: z.boolean().optional(),
  deletionProtection: z.boolean().optional(),
  performanceInsights: z.boolean().optional(),
  createdAt: timestamp.optional(),
  /** Aurora: the cluster this instance belongs to. */
  clusterId: z.string().optional(),
  promotionTier: count.optional(),
  tags: tags.optional(),
  metrics: metricOverrides.optional(),
  /** When absent, typical files for the engine are generated with a few errors. */
  logs: z
    .array(
      z.strictObject({
        name: text,
        content: z.string().optional(),
        lines: z.array(z.string()).optional(),
        generate: z.strictObject({ lines: count, errors: z.array(z.string()).optional() }).optional(),
        lastWrittenMinutesAgo: count.optional(),
      }),
    )
    .optional(),
});

const cluster = z.strictObject({
  identifier: text,
  engine: z.enum(['aurora-mysql', 'aurora-postgresql', 'mysql', 'postgres']),
  engineVersion: z.string().optional(),
  status: z.string().optional(),
  /** Writer instance identifier; the first member listed when absent. */
  writer: z.string().optional(),
  port: count.optional(),
  endpoint: z.string().optional(),
  readerEndpoint: z.string().optional(),
  databaseName: z.string().optional(),
  masterUsername: z.string().optional(),
  tags: tags.optional(),
  metrics: metricOverrides.optional(),
});

const metric = metricGenerator
  .partial()
  .extend({
    namespace: text,
    name: text,
    dimensions: tags.optional(),
    /** Exact datapoints instead of (or on top of) a generator. */
    points: z
      .array(
        z.strictObject({
          minutesAgo: count.optional(),
          timestamp: timestamp.optional(),
          value: z.number(),
        }),
      )
      .optional(),
  })
  .refine((m) => m.baseline !== undefined || m.points !== undefined, 'needs a baseline or points');

const region = z
  .strictObject({
    instances: z.array(instance).optional(),
    clusters: z.array(cluster).optional(),
    /** SSM managed instances; SendCommand targets them by their Name tag. */
    bastions: z
      .array(
        z.strictObject({
          instanceId: text,
          name: text,
          /** An offline bastion never picks commands up: they end as TimedOut (DeliveryTimedOut). */
          online: z.boolean().optional(),
        }),
      )
      .optional(),
    alarms: z
      .array(
        z.strictObject({
          name: text,
          metric: text,
          namespace: z.string().optional(),
          dimensions: tags.optional(),
          state: z.enum(['OK', 'ALARM', 'INSUFFICIENT_DATA']).optional(),
          threshold: z.number(),
          comparison: z
            .enum([
              'GreaterThanThreshold',
              'GreaterThanOrEqualToThreshold',
              'LessThanThreshold',
              'LessThanOrEqualToThreshold',
            ])
            .optional(),
          statistic: z.enum(['SampleCount', 'Average', 'Sum', 'Minimum', 'Maximum']).optional(),
          period: count.optional(),
          evaluationPeriods: count.optional(),
          reason: z.string().optional(),
          description: z.string().optional(),
          updatedMinutesAgo: count.optional(),
          actions: z.array(z.string()).optional(),
        }),
      )
      .optional(),
    events: z
      .array(
        z.strictObject({
          source: text,
          sourceType: z
            .enum([
              'db-instance',
              'db-cluster',
              'db-parameter-group',
              'db-security-group',
              'db-snapshot',
              'db-cluster-snapshot',
            ])
            .optional(),
          message: text,
          categories: z.array(z.string()).optional(),
          /** Relative to the emulator's start (default 30); or an absolute `date`. */
          minutesAgo: count.optional(),
          date: timestamp.optional(),
        }),
      )
      .optional(),
    /** DescribePendingMaintenanceActions: what RDS has scheduled (or offers) for an instance or cluster. */
    pendingMaintenance: z
      .array(
        z.strictObject({
          /** The instance (or, with resourceType db-cluster, the cluster) identifier. */
          resource: text,
          resourceType: z.enum(['db-instance', 'db-cluster']).optional(),
          action: z.enum([
            'system-update',
            'db-upgrade',
            'hardware-maintenance',
            'os-upgrade',
            'ca-certificate-rotation',
          ]),
          description: z.string().optional(),
          /** Required: RDS applies it on its own (AutoAppliedAfterDate and ForcedApplyDate are set). */
          required: z.boolean().optional(),
          /** Days from the emulator's start to its CurrentApplyDate (and, when required, the forced date). */
          dueInDays: count.optional(),
        }),
      )
      .optional(),
    metrics: z.array(metric).optional(),
    parameters: z
      .array(
        z.strictObject({
          name: text,
          value: z.string(),
          type: z.enum(['String', 'StringList', 'SecureString']).optional(),
          description: z.string().optional(),
        }),
      )
      .optional(),
    topics: z.array(text).optional(),
    secrets: z
      .array(
        z.strictObject({
          name: text,
          /** A string, or an object stored as its JSON. */
          value: z.union([z.string(), z.record(z.string(), z.unknown())]),
          description: z.string().optional(),
          tags: tags.optional(),
        }),
      )
      .optional(),
    tables: z
      .array(
        z.strictObject({
          name: text,
          partitionKey: text,
          partitionKeyType: z.enum(['S', 'N', 'B']).optional(),
          sortKey: z.string().optional(),
          sortKeyType: z.enum(['S', 'N', 'B']).optional(),
        }),
      )
      .optional(),
  })
  .superRefine((body, ctx) => {
    // References between entries, which no field's own type can check. Identifiers compare lower-cased,
    // as RDS stores them.
    const clusterIds = unique(body.clusters ?? [], 'clusters', 'cluster', ctx);
    const instanceIds = unique(body.instances ?? [], 'instances', 'instance', ctx);
    const members = new Map<string, Set<string>>();
    (body.instances ?? []).forEach((member, i) => {
      if (member.clusterId === undefined) return;
      const id = member.clusterId.toLowerCase();
      if (!clusterIds.includes(id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['instances', i, 'clusterId'],
          message: `no cluster ${id} in this Region${hint(id, clusterIds)}`,
        });
      }
      members.set(id, (members.get(id) ?? new Set()).add(member.identifier.toLowerCase()));
    });
    (body.clusters ?? []).forEach((entry, i) => {
      const id = entry.identifier.toLowerCase();
      const writer = entry.writer?.toLowerCase();
      if (writer === undefined || members.get(id)?.has(writer)) return;
      const names = [...(members.get(id) ?? [])];
      ctx.addIssue({
        code: 'custom',
        path: ['clusters', i, 'writer'],
        message: `${writer} is not an instance of cluster ${id}${hint(writer, names.length > 0 ? names : instanceIds)}`,
      });
    });
  });

/** Lower-cased identifiers of a list, with an issue for each one listed twice. */
function unique(
  entries: readonly { readonly identifier: string }[],
  key: string,
  noun: string,
  ctx: z.RefinementCtx,
): string[] {
  const seen: string[] = [];
  entries.forEach((entry, i) => {
    const id = entry.identifier.toLowerCase();
    if (seen.includes(id)) {
      ctx.addIssue({ code: 'custom', path: [key, i, 'identifier'], message: `duplicate ${noun} ${id}` });
    }
    seen.push(id);
  });
  return seen;
}

function hint(value: string, candidates: readonly string[]): string {
  const match = closestMatch(value, candidates);
  return match === undefined ? '' : `; did you mean ${match}?`;
}

const cannedOutput = z.strictObject({
  stdout: z.string().optional(),
  stderr: z.string().optional(),
  exitCode: z.number().int().optional(),
  /** Success/Failed follow exitCode when absent; InProgress never finishes (until the execution timeout). */
  status: z.enum(['Success', 'Failed', 'TimedOut', 'InProgress']).optional(),
  /** Overrides settings.commandDelayMs for this output. */
  delayMs: count.optional(),
});

export const fleetSchema = z.strictObject({
  /** 12-digit account id in ARNs; YAML reads it unquoted as a number, which is taken as its digits. */
  account: z
    .union([z.string(), z.number().int()])
    .transform(String)
    .pipe(z.string().regex(/^\d{12}$/, 'must be 12 digits (quote it in YAML)'))
    .optional(),
  user: z.string().optional(),
  mfaDevices: z
    .array(
      z.strictObject({
        /** The device ARN (virtual) or serial number (hardware) passed as SerialNumber. */
        serial: text,
        /** Base32 TOTP seed (the secret behind the QR code). */
        seed: text.refine((seed) => /^[A-Z2-7]+=*$/i.test(seed.replace(/\s/g, '')), 'not base32'),
      }),
    )
    .optional(),
  /** Operations refused with AccessDenied unless signed with MFA session keys. */
  requireMfaFor: z.array(z.string()).optional(),
  /** Access key ids answered with InvalidClientTokenId, to exercise credential errors. */
  invalidAccessKeys: z.array(z.string()).optional(),
  settings: z
    .strictObject({
      rebootSeconds: count.optional(),
      failoverSeconds: count.optional(),
      commandDelayMs: count.optional(),
      invocationVisibleAfterMs: count.optional(),
      commandPendingMs: count.optional(),
      runRealChecks: z.boolean().optional(),
      synthesizeBastionOutputs: z.boolean().optional(),
    })
    .optional(),
  /** An empty Region (`us-west-2:` with nothing under it) is a Region with nothing in it. */
  regions: z.record(
    z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d+$/, 'not a Region code (like us-west-2)'),
    z.preprocess((body) => body ?? {}, region),
  ),
  /** Canned bastion output per instance identifier and check name (`*` matches any check). */
  bastionOutputs: z.record(z.string(), z.record(z.string(), z.union([z.string(), cannedOutput]))).optional(),
});
