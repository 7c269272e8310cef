import { checkFamily } from '../../bastion/checkFamily.js';
import { regionSpokenName } from '../../fleet/regions.js';
import { logMessage } from '../../logs/logMessage.js';
import { summarizeLog } from '../../logs/summarizeLog.js';
import { notificationSubject } from '../../notify/notificationSubject.js';
import { respond } from '../../speech/respond.js';
import { intentHandler } from '../intentHandler.js';
import { knownSlotId } from '../knownSlotId.js';
import { INTENTS, LOG_TYPE_IDS, SLOTS } from '../slots.js';
import { targetInstance } from '../targetInstance.js';

/**
 * "Check the alert log of hr in Oregon": the newest file of that log type, its last lines counted for the
 * engine's error patterns and the latest error read out; the lines themselves are e-mailed when a topic is
 * configured (speech could never hold them).
 */
export const CheckLogHandler = intentHandler(INTENTS.CheckLog, async (input, context) => {
  const { strings, services, deadline, logger } = context;
  const words = strings.bastion.logs;
  const logType = knownSlotId(input, SLOTS.logType, LOG_TYPE_IDS);
  const { instance, name, regionName } = await targetInstance(input, context);
  const where = { instance: name, region: regionName };
  const title = strings.bastion.cards.log(name, logType);
  const tail = await services.logs.tail(instance, logType, services.config.bastion.logLines, deadline);
  if (tail.lines.length === 0)
    return respond(input, { speech: words.empty(where, logType), card: { title } });

  // tail() refused engines without a log catalog, so the family is known here.
  const summary = summarizeLog(checkFamily(instance.engine)!, logType, tail.lines);
  let speech = summary.slowQueries
    ? words.slowQueries(where, summary.lines, summary.slowQueries.count, summary.slowQueries.slowestSeconds)
    : words.errors(where, logType, summary.lines, summary.errors, summary.latest);
  const written =
    tail.lastWritten === undefined ? 'at an unknown time' : new Date(tail.lastWritten).toISOString();
  const emailed = await services.notifier.publish(
    {
      subject: notificationSubject([
        'CheckLog',
        words.name(logType),
        name,
        regionSpokenName(instance.region),
      ]),
      message: logMessage(
        // The spoken summary first: this mail replaces the answer e-mail notifications would send.
        `${speech}\n\n${words.mailIntro(tail.lines.length, tail.fileName, instance.identifier, instance.region, written)}`,
        tail.lines,
      ),
    },
    deadline,
    logger,
  );
  if (emailed) speech += words.emailed(tail.lines.length);
  return respond(input, { speech, card: { title, content: `${speech}\n\n${tail.fileName}` } });
});
