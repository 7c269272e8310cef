import type { ActionDeps } from '../deps.js';
import { SecretAlreadyExistsError, UserAlreadyExistsError } from '../errors.js';
import type { CreateUserRequest, Role } from '../event.js';
import { withMasterSession } from '../masterSession.js';
import { buildSecretPolicy } from '../secretPolicy.js';
import type { NewSecret, SecretsStore } from '../secretsStore.js';
import { UndoStack } from '../undoStack.js';
import { userSecretTags, userSecretValue } from '../userSecret.js';

export interface CreateUserResult {
  readonly action: 'create_user';
  readonly status: 'created';
  readonly database: string;
  readonly username: string;
  readonly host: string;
  readonly role: Role;
  readonly secret_name: string;
  readonly secret_arn: string;
  readonly rotation_enabled: boolean;
  readonly grants: readonly string[];
}

/**
 * CREATE USER (PostgreSQL: CREATE ROLE ... LOGIN), GRANT the role (PostgreSQL: membership of its group role), then the secret (tags, resource policy, rotation). Every check that can
 * refuse runs before the first write; after it, each step is undone if a later one fails, so neither an
 * account without a secret nor a secret without an account is left behind.
 */
export async function createUser(deps: ActionDeps, request: CreateUserRequest): Promise<CreateUserResult> {
  const { username, host, database, secretName } = request;
  return withMasterSession(deps, request, async ({ dialect, master }) => {
    if (await dialect.accountExists(request)) throw new UserAlreadyExistsError(username, host);
    const existing = await deps.secrets.describe(secretName);
    if (existing) throw new SecretAlreadyExistsError(secretName, existing.deletedDate !== undefined);
    const masterSecret = await deps.secrets.describe(master.secretArn);
    const policy = buildSecretPolicy(
      await deps.secrets.getResourcePolicy(master.secretArn),
      request.readerRoleArns,
    );

    const password = deps.generatePassword();
    const undo = new UndoStack(deps.logger);
    const dropAccount = () =>
      undo.push(
        `DROP USER ${dialect.describe(request)}`,
        () => dialect.dropAccountIfExists(request),
        async () => !(await dialect.accountExists(request)),
      );
    try {
      try {
        await dialect.createAccount(request, password);
      } catch (error) {
        if (error instanceof UserAlreadyExistsError) throw error;
        // Anything else (a timeout, a lost reply) may have created it anyway: drop it on the way out.
        dropAccount();
        throw error;
      }
      dropAccount();
      await dialect.grantRole(request, request.role);

      const token = deps.newToken();
      // Registered before the call: a CreateSecret that times out may still have created the secret.
      undo.push(
        `delete secret ${secretName}`,
        () => deleteIfCreatedBy(deps.secrets, secretName, token),
        async () => !(await createdBy(deps.secrets, secretName, token)),
      );
      const created = await createSecret(deps.secrets, {
        name: secretName,
        description: `${master.family === 'postgres' ? 'PostgreSQL' : 'MySQL'} account ${dialect.describe(request)} on ${database}, managed by dbvoice`,
        secretString: userSecretValue(request, master, password),
        tags: userSecretTags(request, deps.now()),
        // The version id: a retried CreateSecret (the SDK's or ours) returns this version, never a second one.
        clientRequestToken: token,
        // Same key as the master secret: cross-account readers need a customer managed key.
        ...(masterSecret?.kmsKeyId ? { kmsKeyId: masterSecret.kmsKeyId } : {}),
      });
      if (policy !== undefined) await deps.secrets.putResourcePolicy(created.arn, policy);
      const rotationArn = deps.config.rotationLambdaArn;
      if (rotationArn !== undefined) {
        await deps.secrets.enableRotation(created.arn, rotationArn, deps.config.rotationDays);
      }

      return {
        action: 'create_user',
        status: 'created',
        database,
        username,
        host,
        role: request.role,
        secret_name: secretName,
        secret_arn: created.arn,
        rotation_enabled: rotationArn !== undefined,
        grants: await dialect.grants(request),
      };
    } catch (error) {
      return undo.rollback(error);
    }
  });
}

/**
 * CreateSecret, and when it fails, what Secrets Manager now holds: a secret whose version is our token was
 * created by this very call (its reply was lost), so the action goes on with it instead of undoing it.
 */
async function createSecret(
  store: SecretsStore,
  secret: NewSecret,
): Promise<{ arn: string; versionId: string }> {
  try {
    return await store.create(secret);
  } catch (error) {
    const found = await store.describe(secret.name).catch(() => undefined);
    if (found && !found.deletedDate && secret.clientRequestToken in found.versions) {
      return { arn: found.arn, versionId: secret.clientRequestToken };
    }
    throw error;
  }
}

/** True when the secret exists and holds the version this invocation created. */
async function createdBy(store: SecretsStore, secretName: string, versionId: string): Promise<boolean> {
  const secret = await store.describe(secretName);
  return secret !== undefined && versionId in secret.versions;
}

/** Deletes the secret only if its version is the one this invocation created. */
async function deleteIfCreatedBy(store: SecretsStore, secretName: string, versionId: string): Promise<void> {
  if (await createdBy(store, secretName, versionId)) await store.deleteNow(secretName);
}
