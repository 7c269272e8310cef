import {
  CreateSecretCommand,
  DeleteSecretCommand,
  DescribeSecretCommand,
  GetResourcePolicyCommand,
  GetSecretValueCommand,
  PutResourcePolicyCommand,
  PutSecretValueCommand,
  paginateListSecrets,
  RestoreSecretCommand,
  RotateSecretCommand,
  type SecretsManagerClient,
  type Tag,
  UpdateSecretVersionStageCommand,
} from '@aws-sdk/client-secrets-manager';
import { SecretNotFoundError, SecretsManagerError } from './errors.js';

export const STAGE = { current: 'AWSCURRENT', pending: 'AWSPENDING' } as const;

export interface SecretDescription {
  readonly arn: string;
  readonly name: string;
  readonly tags: Readonly<Record<string, string>>;
  readonly kmsKeyId?: string;
  /** Set when the secret is scheduled for deletion. */
  readonly deletedDate?: Date;
  /** versionId -> staging labels */
  readonly versions: Readonly<Record<string, readonly string[]>>;
}

export interface SecretValue {
  readonly secretString: string;
  readonly versionId: string;
  readonly arn: string;
}

export interface NewSecret {
  readonly name: string;
  readonly secretString: string;
  readonly description: string;
  readonly tags: Readonly<Record<string, string>>;
  readonly kmsKeyId?: string;
  /** Becomes the first version's id, so a half-finished CreateSecret can be recognised as ours. */
  readonly clientRequestToken: string;
}

/**
 * The Secrets Manager calls the actions make, with errors mapped to named ones whose messages and causes
 * carry no secret value (SDK exceptions keep the raw response around; it is not kept here).
 */
export class SecretsStore {
  readonly #client: SecretsManagerClient;

  constructor(client: SecretsManagerClient) {
    this.#client = client;
  }

  async getValue(secretId: string, stage: string = STAGE.current): Promise<SecretValue> {
    const out = await this.#call('GetSecretValue', secretId, () =>
      this.#client.send(new GetSecretValueCommand({ SecretId: secretId, VersionStage: stage })),
    );
    if (out.SecretString === undefined || out.VersionId === undefined || out.ARN === undefined) {
      throw new SecretsManagerError('GetSecretValue', `secret ${secretId} has no string value at ${stage}`);
    }
    return { secretString: out.SecretString, versionId: out.VersionId, arn: out.ARN };
  }

  /** undefined when the secret does not exist (a secret scheduled for deletion still exists). */
  async describe(secretId: string): Promise<SecretDescription | undefined> {
    try {
      const out = await this.#call('DescribeSecret', secretId, () =>
        this.#client.send(new DescribeSecretCommand({ SecretId: secretId })),
      );
      return {
        arn: out.ARN ?? secretId,
        name: out.Name ?? secretId,
        tags: tagMap(out.Tags),
        ...(out.KmsKeyId ? { kmsKeyId: out.KmsKeyId } : {}),
        ...(out.DeletedDate ? { deletedDate: out.DeletedDate } : {}),
        versions: out.VersionIdsToStages ?? {},
      };
    } catch (error) {
      if (error instanceof SecretNotFoundError) return undefined;
      throw error;
    }
  }

  async create(secret: NewSecret): Promise<{ arn: string; versionId: string }> {
    const out = await this.#call('CreateSecret', secret.name, () =>
      this.#client.send(
        new CreateSecretCommand({
          Name: secret.name,
          Description: secret.description,
          SecretString: secret.secretString,
          ClientRequestToken: secret.clientRequestToken,
          Tags: Object.entries(secret.tags).map(([Key, Value]) => ({ Key, Value })),
          ...(secret.kmsKeyId ? { KmsKeyId: secret.kmsKeyId } : {}),
        }),
      ),
    );
    return { arn: out.ARN ?? secret.name, versionId: out.VersionId ?? secret.clientRequestToken };
  }

  async getResourcePolicy(secretId: string): Promise<string | undefined> {
    const out = await this.#call('GetResourcePolicy', secretId, () =>
      this.#client.send(new GetResourcePolicyCommand({ SecretId: secretId })),
    );
    return out.ResourcePolicy || undefined;
  }

  async putResourcePolicy(secretId: string, policy: string): Promise<void> {
    await this.#call('PutResourcePolicy', secretId, () =>
      this.#client.send(
        new PutResourcePolicyCommand({ SecretId: secretId, ResourcePolicy: policy, BlockPublicPolicy: true }),
      ),
    );
  }

  async enableRotation(secretId: string, rotationLambdaArn: string, days: number): Promise<void> {
    await this.#call('RotateSecret', secretId, () =>
      this.#client.send(
        new RotateSecretCommand({
          SecretId: secretId,
          RotationLambdaARN: rotationLambdaArn,
          RotationRules: { AutomaticallyAfterDays: days },
          // The password was just set and verified; the first rotation can wait for the schedule.
          RotateImmediately: false,
        }),
      ),
    );
  }

  async putPending(secretId: string, secretString: string, clientRequestToken: string): Promise<string> {
    const out = await this.#call('PutSecretValue', secretId, () =>
      this.#client.send(
        new PutSecretValueCommand({
          SecretId: secretId,
          SecretString: secretString,
          ClientRequestToken: clientRequestToken,
          VersionStages: [STAGE.pending],
        }),
      ),
    );
    return out.VersionId ?? clientRequestToken;
  }

  /** Moves AWSCURRENT to `versionId`; Secrets Manager labels the old version AWSPREVIOUS. */
  async promote(secretId: string, versionId: string, previousVersionId: string): Promise<void> {
    await this.#call('UpdateSecretVersionStage', secretId, () =>
      this.#client.send(
        new UpdateSecretVersionStageCommand({
          SecretId: secretId,
          VersionStage: STAGE.current,
          MoveToVersionId: versionId,
          RemoveFromVersionId: previousVersionId,
        }),
      ),
    );
  }

  async removeStage(secretId: string, stage: string, versionId: string): Promise<void> {
    await this.#call('UpdateSecretVersionStage', secretId, () =>
      this.#client.send(
        new UpdateSecretVersionStageCommand({
          SecretId: secretId,
          VersionStage: stage,
          RemoveFromVersionId: versionId,
        }),
      ),
    );
  }

  /** Soft delete: recoverable with RestoreSecret for `recoveryWindowDays`. */
  async scheduleDeletion(secretId: string, recoveryWindowDays: number): Promise<Date | undefined> {
    const out = await this.#call('DeleteSecret', secretId, () =>
      this.#client.send(
        new DeleteSecretCommand({ SecretId: secretId, RecoveryWindowInDays: recoveryWindowDays }),
      ),
    );
    return out.DeletionDate;
  }

  /** Only for undoing a secret this invocation created a moment ago, so the name is free for a retry. */
  async deleteNow(secretId: string): Promise<void> {
    await this.#call('DeleteSecret', secretId, () =>
      this.#client.send(new DeleteSecretCommand({ SecretId: secretId, ForceDeleteWithoutRecovery: true })),
    );
  }

  async restore(secretId: string): Promise<void> {
    await this.#call('RestoreSecret', secretId, () =>
      this.#client.send(new RestoreSecretCommand({ SecretId: secretId })),
    );
  }

  /** Secrets carrying tag `key` = `value` (deleted ones excluded). */
  async listTagged(key: string, value: string): Promise<SecretDescription[]> {
    const found: SecretDescription[] = [];
    try {
      const pages = paginateListSecrets(
        { client: this.#client },
        {
          Filters: [
            { Key: 'tag-key', Values: [key] },
            { Key: 'tag-value', Values: [value] },
          ],
        },
      );
      for await (const page of pages) {
        for (const entry of page.SecretList ?? []) {
          const tags = tagMap(entry.Tags);
          // The two filters match independently; keep only the exact pair.
          if (tags[key] !== value || entry.DeletedDate || !entry.ARN || !entry.Name) continue;
          found.push({
            arn: entry.ARN,
            name: entry.Name,
            tags,
            versions: entry.SecretVersionsToStages ?? {},
          });
        }
      }
    } catch (error) {
      throw mapError('ListSecrets', '*', error);
    }
    return found;
  }

  async #call<T>(operation: string, secretId: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      throw mapError(operation, secretId, error);
    }
  }
}

function mapError(operation: string, secretId: string, error: unknown): Error {
  const e = error as {
    name?: unknown;
    message?: unknown;
    $metadata?: { httpStatusCode?: number; requestId?: string };
  };
  const name = typeof e?.name === 'string' ? e.name : 'Error';
  const message = typeof e?.message === 'string' ? e.message : String(error);
  // Keep what helps an operator (name, status, request id) and drop the raw HTTP response.
  const cause = Object.assign(new Error(message), {
    name,
    ...(e?.$metadata?.httpStatusCode ? { httpStatusCode: e.$metadata.httpStatusCode } : {}),
    ...(e?.$metadata?.requestId ? { requestId: e.$metadata.requestId } : {}),
  });
  if (name === 'ResourceNotFoundException') return new SecretNotFoundError(secretId, { cause });
  return new SecretsManagerError(operation, `${name}: ${message}`, {
    cause,
    details: { secretId, awsError: name },
  });
}

function tagMap(tags: readonly Tag[] | undefined): Record<string, string> {
  const map: Record<string, string> = {};
  for (const tag of tags ?? []) if (tag.Key !== undefined) map[tag.Key] = tag.Value ?? '';
  return map;
}
