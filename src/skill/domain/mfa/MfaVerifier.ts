import { AwsCallFailed } from '../../../aws/AwsCallFailed.js';
import type { AwsClients, StaticCredentials } from '../../../aws/AwsClients.js';
import { callAws } from '../../../aws/mapAwsError.js';
import { PromiseCache } from '../../../aws/PromiseCache.js';
import { loadSsm, loadSts } from '../../../aws/sdk.js';
import type { SkillConfig } from '../config/SkillConfig.js';
import type { Deadline } from '../Deadline.js';
import { MfaNotConfigured } from './errors.js';

interface MfaKeys {
  readonly credentials: StaticCredentials;
  readonly serial: string;
}

/** What STS said about a code. */
export const MFA_VERDICTS = { accepted: 'accepted', rejected: 'rejected' } as const;
export type MfaVerdict = keyof typeof MFA_VERDICTS;

function causeName(error: AwsCallFailed): string {
  const cause = error.cause as { name?: string; Code?: string } | undefined;
  return cause?.name ?? cause?.Code ?? '';
}

/**
 * Checks a spoken MFA code with STS GetSessionToken, signed with the long-term keys of a permission-less IAM
 * user whose virtual MFA device the operators share. STS only answers "valid code" when the code matches the
 * device: that is the whole proof; the session it returns is thrown away unused.
 *
 * The keys come from SecureString parameters, read once per container and kept in this instance (never in
 * a log line or an error message). The STS client has maxAttempts 1 and nothing here retries: a second try
 * would send the same one-time code again.
 */
export class MfaVerifier {
  /** One entry: the keys, read once per container (PromiseCache forgets a failed read). */
  private readonly keys = new PromiseCache<'keys', MfaKeys>();
  /** The device's serial once this container has read the keys: lets a used code be spotted before the yes. */
  private serialRead: string | undefined;

  constructor(
    private readonly clients: AwsClients,
    private readonly config: Pick<SkillConfig, 'homeRegion' | 'mfaParameters'>,
  ) {}

  async verify(code: string, deadline: Deadline): Promise<MfaVerdict> {
    const [{ credentials, serial }, { GetSessionTokenCommand }] = await Promise.all([
      this.loadKeys(deadline),
      loadSts(),
    ]);
    const client = await this.clients.sts(this.config.homeRegion, credentials);
    try {
      await callAws('GetSessionToken', () =>
        client.send(
          new GetSessionTokenCommand({ SerialNumber: serial, TokenCode: code, DurationSeconds: 900 }),
          { abortSignal: deadline.signal() },
        ),
      );
      return 'accepted';
    } catch (error) {
      if (error instanceof AwsCallFailed && error.reason === 'accessDenied') {
        // A wrong or already-used code is AccessDenied; bad keys are InvalidClientTokenId or a signature
        // error, which is the operator's problem and must not count against the speaker.
        if (causeName(error) === 'AccessDenied') return 'rejected';
        this.keys.delete('keys');
        throw new MfaNotConfigured('STS refused the MFA user keys', { cause: error });
      }
      throw error;
    }
  }

  /** The MFA device's serial (it names the device in the lockout and the used-code ledger). */
  async serial(deadline: Deadline): Promise<string> {
    return (await this.loadKeys(deadline)).serial;
  }

  /** The serial if this container already read it; never reads (a "no" must not cost a parameter read). */
  knownSerial(): string | undefined {
    return this.serialRead;
  }

  private loadKeys(deadline: Deadline): Promise<MfaKeys> {
    return this.keys.get('keys', () => this.readKeys(deadline));
  }

  private async readKeys(deadline: Deadline): Promise<MfaKeys> {
    const names = this.config.mfaParameters;
    const [client, { GetParametersCommand }] = await Promise.all([
      this.clients.ssm(this.config.homeRegion),
      loadSsm(),
    ]);
    const result = await callAws('GetParameters', () =>
      client.send(
        new GetParametersCommand({
          Names: [names.accessKeyId, names.secretAccessKey, names.serial],
          WithDecryption: true,
        }),
        { abortSignal: deadline.signal() },
      ),
    );
    const value = (name: string) => result?.Parameters?.find((p) => p.Name === name)?.Value?.trim();
    const accessKeyId = value(names.accessKeyId);
    const secretAccessKey = value(names.secretAccessKey);
    const serial = value(names.serial);
    if (!accessKeyId || !secretAccessKey || !serial) {
      const missing = [names.accessKeyId, names.secretAccessKey, names.serial].filter((name) => !value(name));
      throw new MfaNotConfigured(`MFA parameters missing or empty: ${missing.join(', ')}`);
    }
    this.serialRead = serial;
    return { credentials: { accessKeyId, secretAccessKey }, serial };
  }
}
