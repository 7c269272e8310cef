import { randomUUID } from 'node:crypto';
import type { OperationContext } from '../../core/OperationContext.js';
import { read } from '../../core/read.js';
import type { WireInput, WireValue } from '../../core/WireValue.js';
import type { PublishedMessage } from '../../state/RegionState.js';
import { snsErrors } from './snsErrors.js';

const MAX_MESSAGE_BYTES = 262_144;

/** Records the message on the topic (read it back at GET /_emulator/sns); nothing is delivered. */
export function Publish(ctx: OperationContext, input: WireInput): WireValue {
  const arn = read.str(input, 'TopicArn') ?? read.str(input, 'TargetArn');
  if (arn === undefined) {
    throw snsErrors.invalidParameter(
      read.str(input, 'PhoneNumber') !== undefined
        ? 'Invalid parameter: PhoneNumber (SMS is not emulated)'
        : 'Invalid parameter: TopicArn or TargetArn Reason: no value for required parameter',
    );
  }
  const topic = ctx.regionState.topics.get(arn);
  if (!topic) throw snsErrors.notFound();
  const message = read.str(input, 'Message');
  if (message === undefined || message === '')
    throw snsErrors.invalidParameter('Invalid parameter: Empty message');
  if (Buffer.byteLength(message) > MAX_MESSAGE_BYTES) {
    throw snsErrors.invalidParameter('Invalid parameter: Message too long');
  }
  const subject = read.str(input, 'Subject');
  if (subject !== undefined && (subject.length > 100 || /[\r\n]/.test(subject))) {
    throw snsErrors.invalidParameter('Invalid parameter: Subject');
  }
  if (read.str(input, 'MessageStructure') === 'json') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(message);
    } catch {
      throw snsErrors.invalidParameter(
        'Invalid parameter: Message Structure - JSON message body failed to parse',
      );
    }
    if (typeof parsed !== 'object' || parsed === null || !('default' in parsed)) {
      throw snsErrors.invalidParameter(
        'Invalid parameter: Message Structure - No default entry in JSON message body',
      );
    }
  }
  const published: PublishedMessage = {
    messageId: randomUUID(),
    region: ctx.region,
    topicArn: arn,
    subject,
    message,
    attributes: read.map(input, 'MessageAttributes'),
    at: ctx.now,
  };
  topic.messages.push(published);
  ctx.state.published.push(published);
  return { MessageId: published.messageId };
}
