/**
 * The emulator's Secrets Manager as the user-management tests see it: the SDK client the handler uses
 * (over real HTTP), a second client for the test's own reads and seeds, the handler's calls as it sent
 * them, and fault rules through the emulator's control plane.
 */
import {
  CreateSecretCommand,
  DeleteSecretCommand,
  DescribeSecretCommand,
  type DescribeSecretCommandOutput,
  GetResourcePolicyCommand,
  GetSecretValueCommand,
  PutResourcePolicyCommand,
  SecretsManagerClient,
  TagResourceCommand,
  UntagResourceCommand,
} from '@aws-sdk/client-secrets-manager';
import type { FaultRuleInput } from '../../../../src/local/emulator/control/FaultRule.js';
import { type ControlClient, createControlClient } from '../../../../src/local/emulator/controlClient.js';
import type { Emulator } from '../../../../src/local/emulator/createEmulator.js';

const REGION = 'us-east-1';

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

export interface SecretCall {
  readonly operation: Operation;
  readonly input: Readonly<Record<string, unknown>>;
}

export interface SecretFault {
  /** Only calls with these top-level request values (e.g. { VersionStage: 'AWSCURRENT' }). */
  readonly input?: Readonly<Record<string, string | number | boolean>>;
  /** Let this many matching calls through first. */
  readonly skip?: number;
  /** The call takes effect and then its reply is lost (the connection drops, or `error` answers). */
  readonly afterApply?: boolean;
  readonly error?: FaultRuleInput['error'];
  readonly times?: number;
}

/** What DescribeSecret and GetResourcePolicy say about a secret, in the shape the tests compare. */
export interface SecretView {
  readonly arn: string;
  readonly tags: Record<string, string>;
  readonly deletedDate?: Date;
  readonly resourcePolicy?: string;
  readonly rotation?: { readonly lambdaArn: string; readonly days: number };
  readonly versions: Record<string, string[]>;
}

const credentials = { accessKeyId: 'AKIAEMULATORTEST', secretAccessKey: 'emulator-test-secret' };

export class EmulatedSecrets {
  /** The client the handler is given. One attempt by default, so a fault reaches the code as it is. */
  readonly client: SecretsManagerClient;
  readonly calls: SecretCall[] = [];
  readonly control: ControlClient;
  readonly #reader: SecretsManagerClient;
  readonly #hooks: { operation: Operation; run: (input: Record<string, unknown>) => Promise<void> }[] = [];

  constructor(emulator: Emulator, options: { readonly maxAttempts?: number } = {}) {
    const config = { endpoint: emulator.url, region: REGION, credentials };
    this.client = new SecretsManagerClient({ ...config, maxAttempts: options.maxAttempts ?? 1 });
    this.#reader = new SecretsManagerClient({ ...config, maxAttempts: 1 });
    this.control = createControlClient(emulator.url);
    this.client.middlewareStack.add(
      (next, context) => async (args) => {
        const operation = String(context.commandName).replace(/Command$/, '') as Operation;
        const input = args.input as Record<string, unknown>;
        this.calls.push({ operation, input });
        for (const hook of this.#hooks) if (hook.operation === operation) await hook.run(input);
        return next(args);
      },
      { step: 'initialize', name: 'recordSecretCalls' },
    );
  }

  /** The next matching call of `operation` fails (or, with afterApply, takes effect and loses its reply). */
  async fail(operation: Operation, fault: SecretFault = {}): Promise<void> {
    await this.control.addFault({
      service: 'secretsmanager',
      operation,
      times: fault.times ?? 1,
      ...(fault.input ? { input: fault.input } : {}),
      ...(fault.skip ? { skip: fault.skip } : {}),
      ...(fault.afterApply ? { afterApply: true } : {}),
      ...(fault.error !== undefined || !fault.afterApply
        ? {
            error: fault.error ?? {
              code: 'InvalidRequestException',
              message: `injected ${operation} failure`,
            },
          }
        : {}),
    });
  }

  /** Runs `run` (and waits for it) before the handler sends `operation`: a window onto intermediate states. */
  beforeCall(operation: Operation, run: (input: Record<string, unknown>) => Promise<void>): void {
    this.#hooks.push({ operation, run });
  }

  operations(): Operation[] {
    return this.calls.map((call) => call.operation);
  }

  async seed(name: string, secretString: string, tags: Record<string, string> = {}, policy?: string) {
    const created = await this.#reader.send(
      new CreateSecretCommand({
        Name: name,
        SecretString: secretString,
        Tags: Object.entries(tags).map(([Key, Value]) => ({ Key, Value })),
      }),
    );
    if (policy !== undefined) {
      await this.#reader.send(new PutResourcePolicyCommand({ SecretId: name, ResourcePolicy: policy }));
    }
    return { arn: created.ARN ?? name };
  }

  /** The secret string at a stage, or undefined (no such secret or stage, or scheduled for deletion). */
  async valueAt(name: string, stage = 'AWSCURRENT'): Promise<string | undefined> {
    try {
      const out = await this.#reader.send(new GetSecretValueCommand({ SecretId: name, VersionStage: stage }));
      return out.SecretString;
    } catch (error) {
      if (['ResourceNotFoundException', 'InvalidRequestException'].includes((error as Error).name))
        return undefined;
      throw error;
    }
  }

  /** The `password` field at a stage, or undefined. */
  async passwordAt(name: string, stage = 'AWSCURRENT'): Promise<string | undefined> {
    const value = await this.valueAt(name, stage);
    return value === undefined ? undefined : (JSON.parse(value) as { password?: string }).password;
  }

  /** undefined when the secret does not exist at all. */
  async describe(name: string): Promise<SecretView | undefined> {
    let described: DescribeSecretCommandOutput;
    try {
      described = await this.#reader.send(new DescribeSecretCommand({ SecretId: name }));
    } catch (error) {
      if ((error as Error).name === 'ResourceNotFoundException') return undefined;
      throw error;
    }
    const policy = described.DeletedDate
      ? undefined
      : (await this.#reader.send(new GetResourcePolicyCommand({ SecretId: name }))).ResourcePolicy;
    return {
      arn: described.ARN ?? name,
      tags: Object.fromEntries((described.Tags ?? []).map((t) => [String(t.Key), String(t.Value)])),
      ...(described.DeletedDate ? { deletedDate: described.DeletedDate } : {}),
      ...(policy ? { resourcePolicy: policy } : {}),
      ...(described.RotationEnabled
        ? {
            rotation: {
              lambdaArn: String(described.RotationLambdaARN),
              days: Number(described.RotationRules?.AutomaticallyAfterDays),
            },
          }
        : {}),
      versions: Object.fromEntries(
        Object.entries(described.VersionIdsToStages ?? {}).map(([id, stages]) => [id, [...stages].sort()]),
      ),
    };
  }

  async exists(name: string): Promise<boolean> {
    return (await this.describe(name)) !== undefined;
  }

  async tag(name: string, tags: Record<string, string>): Promise<void> {
    await this.#reader.send(
      new TagResourceCommand({
        SecretId: name,
        Tags: Object.entries(tags).map(([Key, Value]) => ({ Key, Value })),
      }),
    );
  }

  async untag(name: string, keys: readonly string[]): Promise<void> {
    await this.#reader.send(new UntagResourceCommand({ SecretId: name, TagKeys: [...keys] }));
  }

  /** Removes a secret at once, behind the handler's back. */
  async remove(name: string): Promise<void> {
    await this.#reader.send(new DeleteSecretCommand({ SecretId: name, ForceDeleteWithoutRecovery: true }));
  }

  destroy(): void {
    this.client.destroy();
    this.#reader.destroy();
  }
}
