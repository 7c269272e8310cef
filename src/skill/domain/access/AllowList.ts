import type { AwsClients } from '../../../aws/AwsClients.js';
import { callAws } from '../../../aws/mapAwsError.js';
import { PromiseCache } from '../../../aws/PromiseCache.js';
import { loadSsm } from '../../../aws/sdk.js';
import type { SkillConfig } from '../config/SkillConfig.js';
import type { Deadline } from '../Deadline.js';

/** The speaker of a request: the Alexa account and, when recognised, the voice profile. */
export interface Speaker {
  readonly userId: string;
  readonly personId?: string;
}

/** How long a warm container trusts its copy: adding or removing someone takes effect within a minute. */
const TTL_MS = 60_000;

/**
 * The optional allow-list: a String or StringList parameter of Alexa user ids (amzn1.ask.account...) and/or
 * person ids (amzn1.ask.person...), separated by commas, spaces or new lines. No parameter, or an empty one,
 * means no list and everyone may speak. A parameter that cannot be read (denied, throttled) fails closed:
 * the read error reaches the error handler and nobody is let in on a guess.
 */
export class AllowList {
  /** One entry: the allowed ids, or undefined when no allow-list is set (everyone may speak). */
  private readonly cache: PromiseCache<'ids', ReadonlySet<string> | undefined>;

  constructor(
    private readonly clients: AwsClients,
    private readonly config: Pick<SkillConfig, 'allowListParameter' | 'homeRegion'>,
    now: () => number,
  ) {
    this.cache = new PromiseCache(TTL_MS, now);
  }

  async permits(speaker: Speaker, deadline: Deadline): Promise<boolean> {
    if (!this.config.allowListParameter) return true;
    const ids = await this.ids(deadline);
    if (!ids) return true;
    return ids.has(speaker.userId) || (speaker.personId !== undefined && ids.has(speaker.personId));
  }

  private ids(deadline: Deadline): Promise<ReadonlySet<string> | undefined> {
    return this.cache.get('ids', () => this.read(deadline));
  }

  private async read(deadline: Deadline): Promise<ReadonlySet<string> | undefined> {
    const [client, { GetParameterCommand }] = await Promise.all([
      this.clients.ssm(this.config.homeRegion),
      loadSsm(),
    ]);
    try {
      const result = await callAws('GetParameter', () =>
        client.send(new GetParameterCommand({ Name: this.config.allowListParameter, WithDecryption: true }), {
          abortSignal: deadline.signal(),
        }),
      );
      const ids = (result?.Parameter?.Value ?? '')
        .split(/[\s,]+/)
        .map((id) => id.trim())
        .filter((id) => id !== '');
      return ids.length > 0 ? new Set(ids) : undefined;
    } catch (error) {
      if (error instanceof Error && error.name === 'ParameterNotFound') return undefined;
      throw error;
    }
  }
}
