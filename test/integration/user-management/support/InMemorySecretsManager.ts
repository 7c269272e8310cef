/**
 * A small in-memory Secrets Manager behind a real SecretsManagerClient (through aws-sdk-client-mock), with
 * the semantics the user-management Lambda relies on: staging labels that move between versions,
 * AWSPREVIOUS on promotion, soft deletion and restore, tags, resource policies, tag-filtered listing.
 * Faults can be injected per operation, before or after the operation takes effect.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import {
  CreateSecretCommand,
  DeleteSecretCommand,
  DescribeSecretCommand,
  GetResourcePolicyCommand,
  GetSecretValueCommand,
  InvalidParameterException,
  InvalidRequestException,
  ListSecretsCommand,
  PutResourcePolicyCommand,
  PutSecretValueCommand,
  ResourceExistsException,
  ResourceNotFoundException,
  RestoreSecretCommand,
  RotateSecretCommand,
  SecretsManagerClient,
  SecretsManagerServiceException,
  UpdateSecretVersionStageCommand,
} from '@aws-sdk/client-secrets-manager';
import { mockClient } from 'aws-sdk-client-mock';

const ACCOUNT = '111122223333';
const REGION = 'us-east-1';
const metadata = { httpStatusCode: 400, requestId: 'fake-request' };

interface Version {
  readonly secretString: string;
  readonly stages: Set<string>;
}

export interface FakeSecret {
  readonly name: string;
  readonly arn: string;
  description?: string;
  kmsKeyId?: string;
  tags: Record<string, string>;
  versions: Map<string, Version>;
  resourcePolicy?: string;
  rotation?: { lambdaArn: string; days: number };
  deletedDate?: Date;
}

export type Operation =
  | 'CreateSecret'
  | 'DeleteSecret'
  | 'DescribeSecret'
  | 'GetResourcePolicy'
  | 'GetSecretValue'
  | 'ListSecrets'
  | 'PutResourcePolicy'
  | 'PutSecretValue'
  | 'RestoreSecret'
  | 'RotateSecret'
  | 'UpdateSecretVersionStage';

interface Fault {
  readonly operation: Operation;
  readonly when: (input: Record<string, unknown>) => boolean;
  /** true: the operation takes effect, then the caller gets the error (a lost response). */
  readonly afterApply: boolean;
  readonly error: () => Error;
  remaining: number;
}

export interface FaultOptions {
  readonly times?: number;
  readonly afterApply?: boolean;
  readonly when?: (input: Record<string, unknown>) => boolean;
  readonly error?: () => Error;
}

export class InMemorySecretsManager {
  readonly client = new SecretsManagerClient({
    region: REGION,
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
  });
  readonly secrets = new Map<string, FakeSecret>();
  readonly calls: { operation: Operation; input: Record<string, unknown> }[] = [];
  readonly #faults: Fault[] = [];
  readonly #hooks: { operation: Operation; run: (input: Record<string, unknown>) => Promise<void> }[] = [];

  constructor() {
    const mock = mockClient(this.client);
    const route = <I extends object>(operation: Operation, run: (input: I) => object) => {
      return (input: I) => this.#invoke(operation, input as Record<string, unknown>, () => run(input));
    };
    mock.on(CreateSecretCommand).callsFake(route('CreateSecret', (i) => this.#create(i)));
    mock.on(DeleteSecretCommand).callsFake(route('DeleteSecret', (i) => this.#delete(i)));
    mock.on(DescribeSecretCommand).callsFake(route('DescribeSecret', (i) => this.#describe(i)));
    mock.on(GetResourcePolicyCommand).callsFake(route('GetResourcePolicy', (i) => this.#getPolicy(i)));
    mock.on(GetSecretValueCommand).callsFake(route('GetSecretValue', (i) => this.#getValue(i)));
    mock.on(ListSecretsCommand).callsFake(route('ListSecrets', (i) => this.#list(i)));
    mock.on(PutResourcePolicyCommand).callsFake(route('PutResourcePolicy', (i) => this.#putPolicy(i)));
    mock.on(PutSecretValueCommand).callsFake(route('PutSecretValue', (i) => this.#putValue(i)));
    mock.on(RestoreSecretCommand).callsFake(route('RestoreSecret', (i) => this.#restore(i)));
    mock.on(RotateSecretCommand).callsFake(route('RotateSecret', (i) => this.#rotate(i)));
    mock
      .on(UpdateSecretVersionStageCommand)
      .callsFake(route('UpdateSecretVersionStage', (i) => this.#stage(i)));
  }

  /** Makes the next `times` (default 1) matching calls of `operation` fail. */
  fail(operation: Operation, options: FaultOptions = {}): void {
    this.#faults.push({
      operation,
      when: options.when ?? (() => true),
      afterApply: options.afterApply ?? false,
      error:
        options.error ??
        (() =>
          new InvalidRequestException({ message: `injected ${operation} failure`, $metadata: metadata })),
      remaining: options.times ?? 1,
    });
  }

  /** Runs `run` (and waits for it) before every `operation` call: a window onto intermediate states. */
  beforeCall(operation: Operation, run: (input: Record<string, unknown>) => Promise<void>): void {
    this.#hooks.push({ operation, run });
  }

  /** Seeds a secret directly (the master secret, a foreign secret). */
  seed(
    name: string,
    secretString: string,
    tags: Record<string, string> = {},
    resourcePolicy?: string,
  ): FakeSecret {
    const secret: FakeSecret = {
      name,
      arn: arnOf(name),
      tags: { ...tags },
      versions: new Map([[randomUUID(), { secretString, stages: new Set(['AWSCURRENT']) }]]),
      ...(resourcePolicy === undefined ? {} : { resourcePolicy }),
    };
    this.secrets.set(name, secret);
    return secret;
  }

  /** The secret string at a stage, or undefined. */
  valueAt(name: string, stage = 'AWSCURRENT'): string | undefined {
    for (const version of this.secrets.get(name)?.versions.values() ?? []) {
      if (version.stages.has(stage)) return version.secretString;
    }
    return undefined;
  }

  /** Which stages each version carries, for consistency checks. */
  stagesOf(name: string): Record<string, string[]> {
    const out: Record<string, string[]> = {};
    for (const [id, version] of this.secrets.get(name)?.versions ?? []) out[id] = [...version.stages].sort();
    return out;
  }

  /** The operations called, in order. */
  operations(): Operation[] {
    return this.calls.map((call) => call.operation);
  }

  async #invoke(operation: Operation, input: Record<string, unknown>, run: () => object): Promise<object> {
    this.calls.push({ operation, input });
    for (const hook of this.#hooks) if (hook.operation === operation) await hook.run(input);
    const fault = this.#faults.find((f) => f.operation === operation && f.remaining > 0 && f.when(input));
    if (fault) {
      fault.remaining -= 1;
      if (fault.afterApply) run();
      throw fault.error();
    }
    return run();
  }

  #find(secretId: unknown): FakeSecret {
    const id = String(secretId);
    const secret = this.secrets.get(id) ?? [...this.secrets.values()].find((s) => s.arn === id);
    if (!secret) {
      throw new ResourceNotFoundException({
        message: "Secrets Manager can't find the specified secret.",
        $metadata: metadata,
      });
    }
    return secret;
  }

  #live(secretId: unknown): FakeSecret {
    const secret = this.#find(secretId);
    if (secret.deletedDate) {
      throw new InvalidRequestException({
        message: 'You tried to perform the operation on a secret that is currently marked deleted.',
        $metadata: metadata,
      });
    }
    return secret;
  }

  #create(input: {
    Name?: string;
    SecretString?: string;
    ClientRequestToken?: string;
    Tags?: { Key?: string; Value?: string }[];
    KmsKeyId?: string;
    Description?: string;
  }) {
    const name = String(input.Name);
    const existing = this.secrets.get(name);
    if (existing?.deletedDate) {
      throw new InvalidRequestException({
        message:
          "You can't create this secret because a secret with this name is already scheduled for deletion.",
        $metadata: metadata,
      });
    }
    if (existing) {
      throw new ResourceExistsException({
        message: `The secret ${name} already exists.`,
        $metadata: metadata,
      });
    }
    for (const tag of input.Tags ?? []) {
      if (!/^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u.test(tag.Value ?? '')) {
        throw new InvalidParameterException({ message: 'Invalid tag value', $metadata: metadata });
      }
    }
    const versionId = input.ClientRequestToken ?? randomUUID();
    const secret: FakeSecret = {
      name,
      arn: arnOf(name),
      tags: Object.fromEntries((input.Tags ?? []).map((t) => [String(t.Key), String(t.Value)])),
      versions: new Map([
        [versionId, { secretString: String(input.SecretString), stages: new Set(['AWSCURRENT']) }],
      ]),
      ...(input.KmsKeyId ? { kmsKeyId: input.KmsKeyId } : {}),
      ...(input.Description ? { description: input.Description } : {}),
    };
    this.secrets.set(name, secret);
    return { ARN: secret.arn, Name: name, VersionId: versionId };
  }

  #delete(input: { SecretId?: string; RecoveryWindowInDays?: number; ForceDeleteWithoutRecovery?: boolean }) {
    const secret = this.#find(input.SecretId);
    if (input.ForceDeleteWithoutRecovery) {
      this.secrets.delete(secret.name);
      return { ARN: secret.arn, Name: secret.name, DeletionDate: new Date() };
    }
    if (secret.deletedDate) {
      throw new InvalidRequestException({
        message: 'The secret is already scheduled for deletion.',
        $metadata: metadata,
      });
    }
    const days = input.RecoveryWindowInDays ?? 30;
    if (days < 7 || days > 30) {
      throw new InvalidParameterException({
        message: 'RecoveryWindowInDays must be 7-30',
        $metadata: metadata,
      });
    }
    secret.deletedDate = new Date();
    return {
      ARN: secret.arn,
      Name: secret.name,
      DeletionDate: new Date(secret.deletedDate.getTime() + days * 86_400_000),
    };
  }

  #describe(input: { SecretId?: string }) {
    const secret = this.#find(input.SecretId);
    return {
      ARN: secret.arn,
      Name: secret.name,
      Description: secret.description,
      KmsKeyId: secret.kmsKeyId,
      Tags: Object.entries(secret.tags).map(([Key, Value]) => ({ Key, Value })),
      DeletedDate: secret.deletedDate,
      RotationEnabled: secret.rotation !== undefined,
      VersionIdsToStages: Object.fromEntries([...secret.versions].map(([id, v]) => [id, [...v.stages]])),
    };
  }

  #getPolicy(input: { SecretId?: string }) {
    const secret = this.#find(input.SecretId);
    return { ARN: secret.arn, Name: secret.name, ResourcePolicy: secret.resourcePolicy };
  }

  #getValue(input: { SecretId?: string; VersionStage?: string; VersionId?: string }) {
    const secret = this.#live(input.SecretId);
    const stage = input.VersionStage ?? 'AWSCURRENT';
    for (const [id, version] of secret.versions) {
      if (input.VersionId ? id === input.VersionId : version.stages.has(stage)) {
        return {
          ARN: secret.arn,
          Name: secret.name,
          VersionId: id,
          SecretString: version.secretString,
          VersionStages: [...version.stages],
        };
      }
    }
    throw new ResourceNotFoundException({
      message: "Secrets Manager can't find the specified secret value for staging label: " + stage,
      $metadata: metadata,
    });
  }

  #list(input: { Filters?: { Key?: string; Values?: string[] }[]; NextToken?: string; MaxResults?: number }) {
    const matches = [...this.secrets.values()].filter((secret) => {
      if (secret.deletedDate) return false;
      return (input.Filters ?? []).every((filter) => {
        const values = filter.Values ?? [];
        if (filter.Key === 'tag-key') return Object.keys(secret.tags).some((k) => values.includes(k));
        if (filter.Key === 'tag-value') return Object.values(secret.tags).some((v) => values.includes(v));
        if (filter.Key === 'name') return values.some((v) => secret.name.startsWith(v));
        return true;
      });
    });
    // Small pages so callers must paginate.
    const start = Number(input.NextToken ?? 0);
    const size = Math.min(input.MaxResults ?? 2, 2);
    const page = matches.slice(start, start + size);
    return {
      SecretList: page.map((secret) => ({
        ARN: secret.arn,
        Name: secret.name,
        Tags: Object.entries(secret.tags).map(([Key, Value]) => ({ Key, Value })),
        SecretVersionsToStages: Object.fromEntries(
          [...secret.versions].map(([id, v]) => [id, [...v.stages]]),
        ),
      })),
      ...(start + size < matches.length ? { NextToken: String(start + size) } : {}),
    };
  }

  #putPolicy(input: { SecretId?: string; ResourcePolicy?: string }) {
    const secret = this.#live(input.SecretId);
    JSON.parse(String(input.ResourcePolicy));
    secret.resourcePolicy = input.ResourcePolicy;
    return { ARN: secret.arn, Name: secret.name };
  }

  #putValue(input: {
    SecretId?: string;
    SecretString?: string;
    ClientRequestToken?: string;
    VersionStages?: string[];
  }) {
    const secret = this.#live(input.SecretId);
    const versionId = input.ClientRequestToken ?? randomUUID();
    const stages = input.VersionStages ?? ['AWSCURRENT'];
    const existing = secret.versions.get(versionId);
    if (existing && existing.secretString !== input.SecretString) {
      throw new ResourceExistsException({
        message: 'A version with this token already exists.',
        $metadata: metadata,
      });
    }
    // A label lives on one version at a time: moving it here takes it off the others.
    for (const version of secret.versions.values()) for (const stage of stages) version.stages.delete(stage);
    secret.versions.set(versionId, { secretString: String(input.SecretString), stages: new Set(stages) });
    this.#promoteSideEffects(secret, stages, versionId);
    return { ARN: secret.arn, Name: secret.name, VersionId: versionId, VersionStages: stages };
  }

  #restore(input: { SecretId?: string }) {
    const secret = this.#find(input.SecretId);
    delete secret.deletedDate;
    return { ARN: secret.arn, Name: secret.name };
  }

  #rotate(input: {
    SecretId?: string;
    RotationLambdaARN?: string;
    RotationRules?: { AutomaticallyAfterDays?: number };
  }) {
    const secret = this.#live(input.SecretId);
    secret.rotation = {
      lambdaArn: String(input.RotationLambdaARN),
      days: Number(input.RotationRules?.AutomaticallyAfterDays),
    };
    return { ARN: secret.arn, Name: secret.name };
  }

  #stage(input: {
    SecretId?: string;
    VersionStage?: string;
    MoveToVersionId?: string;
    RemoveFromVersionId?: string;
  }) {
    const secret = this.#live(input.SecretId);
    const stage = String(input.VersionStage);
    const holder = [...secret.versions].find(([, v]) => v.stages.has(stage))?.[0];
    if (input.MoveToVersionId !== undefined) {
      const target = secret.versions.get(input.MoveToVersionId);
      if (!target) throw new InvalidParameterException({ message: 'No such version', $metadata: metadata });
      if (holder !== undefined && holder !== input.MoveToVersionId && holder !== input.RemoveFromVersionId) {
        throw new InvalidParameterException({
          message: `The staging label ${stage} is currently attached to version ${holder}; specify RemoveFromVersionId`,
          $metadata: metadata,
        });
      }
      if (holder !== undefined) secret.versions.get(holder)?.stages.delete(stage);
      target.stages.add(stage);
      if (stage === 'AWSCURRENT' && holder !== undefined && holder !== input.MoveToVersionId) {
        for (const version of secret.versions.values()) version.stages.delete('AWSPREVIOUS');
        secret.versions.get(holder)?.stages.add('AWSPREVIOUS');
      }
    } else if (input.RemoveFromVersionId !== undefined) {
      if (holder !== input.RemoveFromVersionId) {
        throw new InvalidParameterException({
          message: `${stage} is not on that version`,
          $metadata: metadata,
        });
      }
      if (stage === 'AWSCURRENT') {
        throw new InvalidParameterException({ message: 'AWSCURRENT cannot be removed', $metadata: metadata });
      }
      secret.versions.get(holder)?.stages.delete(stage);
    }
    this.#dropUnlabelled(secret);
    return { ARN: secret.arn, Name: secret.name };
  }

  #promoteSideEffects(secret: FakeSecret, stages: readonly string[], versionId: string): void {
    if (!stages.includes('AWSCURRENT')) return;
    for (const [id, version] of secret.versions) if (id !== versionId) version.stages.delete('AWSPREVIOUS');
  }

  /** Secrets Manager eventually deprecates versions without labels; dropping them keeps checks simple. */
  #dropUnlabelled(secret: FakeSecret): void {
    for (const [id, version] of secret.versions) if (version.stages.size === 0) secret.versions.delete(id);
  }
}

function arnOf(name: string): string {
  return `arn:aws:secretsmanager:${REGION}:${ACCOUNT}:secret:${name}-${randomBytes(3).toString('hex')}`;
}

/** An AWS-shaped service error, for faults that should look like throttling or access denial. */
export function awsError(name: string, message: string): SecretsManagerServiceException {
  return new SecretsManagerServiceException({ name, message, $fault: 'client', $metadata: metadata });
}
