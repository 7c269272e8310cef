import { describe, expect, it } from 'vitest';
import {
  INITIAL_TASK_STATE,
  TASK_ENDINGS,
  TASK_STEPS,
  TASK_TRANSITIONS,
  type TaskEventType,
  type TaskStateName,
  TaskTransitionInvalid,
  transition,
} from '../../../src/skill/domain/tasks/TaskConversation.js';

/** Every allowed move, written out by hand (not read from the table) so a changed table fails here. */
const EXPECTED: readonly [TaskStateName, TaskEventType, TaskStateName][] = [
  ['checkingLock', 'notLocked', 'planning'],
  ['checkingLock', 'locked', 'locked'],
  ['planning', 'denied', 'cancelled'],
  ['planning', 'notPossible', 'refused'],
  ['planning', 'planned', 'checkingCode'],
  ['checkingCode', 'codeMissing', 'needCode'],
  ['checkingCode', 'codeMalformed', 'needCode'],
  ['checkingCode', 'codeUsed', 'needCode'],
  ['checkingCode', 'codeFresh', 'checkingConfirmation'],
  ['checkingConfirmation', 'notConfirmed', 'needConfirmation'],
  ['checkingConfirmation', 'confirmationNotFound', 'needConfirmation'],
  ['checkingConfirmation', 'confirmed', 'claiming'],
  ['claiming', 'mfaUnavailable', 'mfaUnavailable'],
  ['claiming', 'codeUsed', 'needCode'],
  ['claiming', 'gateLocked', 'locked'],
  ['claiming', 'gateBusy', 'busy'],
  ['claiming', 'attemptClaimed', 'verifying'],
  ['claiming', 'claimFailed', 'failed'],
  ['verifying', 'mfaUnavailable', 'mfaUnavailable'],
  ['verifying', 'codeRejected', 'needCode'],
  ['verifying', 'lockedOut', 'lockedOut'],
  ['verifying', 'verifyFailed', 'failed'],
  ['verifying', 'codeAccepted', 'running'],
  ['running', 'ran', 'done'],
  ['running', 'rdsRefused', 'refused'],
  ['running', 'outcomeUnknown', 'unknownOutcome'],
  ['running', 'runFailed', 'failed'],
];

const ALL_EVENTS = [...new Set(EXPECTED.map(([, event]) => event))];

describe('TaskConversation: transition', () => {
  it.each(EXPECTED)('goes from %s on %s to %s, remembering the event', (from, event, to) => {
    // Act
    const next = transition({ name: from }, { type: event });
    // Assess
    expect(next).toEqual({ name: to, because: event });
  });

  it('allows no move beyond the listed ones', () => {
    // Prepare
    const allowed = new Set(EXPECTED.map(([from, event]) => `${from} ${event}`));
    // Act + Assess
    for (const from of TASK_STEPS) {
      for (const event of ALL_EVENTS) {
        if (allowed.has(`${from} ${event}`)) continue;
        expect(() => transition({ name: from }, { type: event }), `${from} ${event}`).toThrow(
          TaskTransitionInvalid,
        );
      }
    }
    expect(Object.values(TASK_TRANSITIONS).flatMap((moves) => Object.keys(moves))).toHaveLength(
      EXPECTED.length,
    );
  });

  it('ends the turn in every ending: no event leaves one', () => {
    for (const ending of TASK_ENDINGS) {
      for (const event of ALL_EVENTS) {
        expect(() => transition({ name: ending }, { type: event })).toThrow(TaskTransitionInvalid);
      }
    }
  });

  it('reaches running only through a confirmation, a claimed attempt and an accepted code', () => {
    // Prepare: the shortest walk that changes a database
    const walk: TaskEventType[] = [
      'notLocked',
      'planned',
      'codeFresh',
      'confirmed',
      'attemptClaimed',
      'codeAccepted',
    ];
    // Act
    const end = walk.reduce((state, event) => transition(state, { type: event }), INITIAL_TASK_STATE);
    // Assess
    expect(end).toEqual({ name: 'running', because: 'codeAccepted' });
    expect(() => transition({ name: 'checkingConfirmation' }, { type: 'codeAccepted' })).toThrow();
    expect(() => transition({ name: 'checkingCode' }, { type: 'confirmed' })).toThrow();
    expect(() => transition({ name: 'claiming' }, { type: 'codeAccepted' })).toThrow();
  });
});
