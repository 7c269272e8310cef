import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { notificationSubject } from '../../domain/notify/notificationSubject.js';
import type { UserTaskOutcome } from '../../domain/users/UserTask.js';
import type { UserWords } from '../../speech/UserStrings.js';
import type { RequestContext } from '../RequestContext.js';
import { respond } from '../respond.js';

/**
 * Answers a started user-management execution: its result when it ended in time, else that it runs on.
 * A late result is e-mailed: this request mails what was started and where the password will be kept, and
 * the topic receives the execution's end (the EventBridge rule in lib/, the emulator's stand-in locally).
 * Speech, card and mail name secrets, never a password: the execution never returns one.
 */
export async function answerUserTask(
  input: HandlerInput,
  context: RequestContext,
  words: UserWords,
  outcome: UserTaskOutcome,
  audit: (speech: string, detail: string) => Promise<void>,
): Promise<Response> {
  const strings = context.strings.users;
  const { notifier } = context.services;
  const title = strings.cardTitle(words);
  const execution = `${strings.executionLabel}: ${outcome.executionId}`;
  if (outcome.state === 'done') {
    const speech = strings.done(words, outcome.result);
    await audit(speech, `finished ${outcome.executionId}`);
    return respond(input, {
      speech,
      card: { title, content: `${strings.doneCard(words, outcome.result)}\n\n${execution}` },
    });
  }
  if (outcome.state === 'failed') {
    const speech = strings.failed(words, outcome.code);
    await audit(speech, `failed ${outcome.code} ${outcome.executionId}`);
    return respond(input, { speech, card: { title, content: `${speech}\n\n${execution}` } });
  }
  const mailed =
    notifier.configured &&
    (await notifier.publish(
      {
        subject: notificationSubject(['user management started', words.name, words.region]),
        message: `${strings.startedMail(words)}\n\n${execution}`,
      },
      context.deadline,
      context.logger,
    ));
  const speech = strings.running(words, mailed);
  await audit(speech, `${outcome.state} ${outcome.executionId}`);
  return respond(input, { speech, card: { title, content: `${speech}\n\n${execution}` } });
}
