import type { Logger } from '@aws-lambda-powertools/logger';
import type { AwsClients } from '../../../aws/AwsClients.js';
import { callAws } from '../../../aws/mapAwsError.js';
import { loadSns } from '../../../aws/sdk.js';
import type { SkillConfig } from '../config/SkillConfig.js';
import type { Deadline } from '../Deadline.js';

/** One e-mail: the subject names intent, instance and Region; the message is the whole answer. */
export interface Notification {
  readonly subject: string;
  readonly message: string;
}

/** SNS caps a message at 256 KB; a list of thousands of instances still fits, a runaway one is cut. */
const MAX_MESSAGE_CHARS = 200_000;

/**
 * Publishes to the notification topic. A failed e-mail must never cost the spoken answer, so errors are
 * logged and swallowed; `publish` says whether it went out.
 */
export class Notifier {
  constructor(
    private readonly clients: AwsClients,
    private readonly config: Pick<SkillConfig, 'topicArn' | 'homeRegion'>,
  ) {}

  /** Whether a topic is configured at all. */
  get configured(): boolean {
    return this.config.topicArn !== '';
  }

  async publish(notification: Notification, deadline: Deadline, logger: Logger): Promise<boolean> {
    if (!this.configured) return false;
    try {
      // The topic's own Region, from its ARN (arn:aws:sns:<region>:<account>:<name>).
      const region = this.config.topicArn.split(':')[3] || this.config.homeRegion;
      const [client, { PublishCommand }] = await Promise.all([this.clients.sns(region), loadSns()]);
      await callAws('Publish', () =>
        client.send(
          new PublishCommand({
            TopicArn: this.config.topicArn,
            Subject: notification.subject,
            Message: notification.message.slice(0, MAX_MESSAGE_CHARS),
          }),
          { abortSignal: deadline.signal() },
        ),
      );
      return true;
    } catch (error) {
      logger.warn('Notification not sent', {
        errorName: error instanceof Error ? error.name : 'unknown',
        errorMessage: error instanceof Error ? error.message : String(error),
      });
      return false;
    }
  }
}
