import { checkFamily } from '../../domain/bastion/checkFamily.js';
import { regionSpokenName } from '../../domain/fleet/regions.js';
import { logMessage } from '../../domain/logs/logMessage.js';
import { summarizeLog } from '../../domain/logs/summarizeLog.js';
import { notificationSubject } from '../../domain/notify/notificationSubject.js';
import { LOG_TYPE_IDS } from '../../domain/vocabulary.js';
import { cardScreen } from '../../screens/cardScreen.js';
import { intentHandler } from '../intentHandler.js';
import { INTENTS, SLOTS } from '../interactionModel.js';
import { respond } from '../respond.js';
import { knownSlotId } from '../slots/knownSlotId.js';
import { targetInstance } from '../slots/targetInstance.js';

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
  const written = strings.mail.written(
    tail.lastWritten === undefined ? undefined : new Date(tail.lastWritten),
  );
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
  const { labels } = strings.screen.logCard;
  const count = (n: number) => strings.screen.axisValue(n, 'count');
  const found = summary.slowQueries
    ? [
        { label: labels.slowQueries, value: count(summary.slowQueries.count) },
        ...(summary.slowQueries.slowestSeconds === undefined
          ? []
          : [{ label: labels.slowest, value: strings.bastion.duration(summary.slowQueries.slowestSeconds) }]),
      ]
    : [
        { label: labels.errors, value: count(summary.errors) },
        ...(summary.latest ? [{ label: labels.latest, value: summary.latest }] : []),
      ];
  return respond(input, {
    speech,
    card: { title, content: `${speech}\n\n${tail.fileName}` },
    // What the check read and found; the lines themselves go by e-mail, never onto a screen.
    screen: cardScreen(title, strings.screen.instanceTitle(name, instance.region, regionName), [
      { label: labels.file, value: tail.fileName },
      { label: labels.lines, value: count(summary.lines) },
      ...found,
    ]),
  });
});
