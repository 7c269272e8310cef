import type { AwsClients } from '../../../aws/AwsClients.js';
import { callAws } from '../../../aws/mapAwsError.js';
import { PromiseCache } from '../../../aws/PromiseCache.js';
import { loadSsm } from '../../../aws/sdk.js';
import type { SkillConfig } from '../config/SkillConfig.js';

/** A request from a skill other than the deployed one: nobody to answer, so the invocation fails. */
export class SkillIdMismatch extends Error {
  override readonly name = 'SkillIdMismatch';
}

/** How long the first request of a container may wait for the skill id. */
const READ_TIMEOUT_MS = 2_000;

/**
 * The id of the skill the stack created (dbvoice:createSkill), read from the parameter CloudFormation wrote
 * it to: the Lambda exists before the skill, so the id cannot be in its environment. Read once per container
 * and kept; a failed read is not kept, and the request fails closed: no request is answered on a guess.
 */
export class DeployedSkillId {
  private readonly cache = new PromiseCache<'id', string>();

  constructor(
    private readonly clients: AwsClients,
    private readonly config: Pick<SkillConfig, 'skillIdParameter' | 'homeRegion'>,
  ) {}

  /** Throws SkillIdMismatch unless the request's application id is the deployed skill's. */
  async verify(applicationId: string | undefined): Promise<void> {
    const id = await this.cache.get('id', () => this.read());
    if (applicationId !== id) throw new SkillIdMismatch('ID verification failed: not the deployed skill');
  }

  private async read(): Promise<string> {
    const [client, { GetParameterCommand }] = await Promise.all([
      this.clients.ssm(this.config.homeRegion),
      loadSsm(),
    ]);
    const result = await callAws('GetParameter', () =>
      client.send(new GetParameterCommand({ Name: this.config.skillIdParameter }), {
        abortSignal: AbortSignal.timeout(READ_TIMEOUT_MS),
      }),
    );
    const id = result.Parameter?.Value?.trim() ?? '';
    if (!id.startsWith('amzn1.ask.skill.'))
      throw new SkillIdMismatch(`${this.config.skillIdParameter} holds no skill id`);
    return id;
  }
}
