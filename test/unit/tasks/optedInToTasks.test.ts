import { describe, expect, it } from 'vitest';
import { optedInToTasks } from '../../../src/skill/domain/tasks/optedInToTasks.js';

describe('optedInToTasks', () => {
  it('accepts the tag with its key in any case, as IAM matches aws:ResourceTag keys', () => {
    // Act
    const verdicts = [
      optedInToTasks([
        { Key: 'instance', Value: 'hr' },
        { Key: 'dbvoice:tasks', Value: 'enabled' },
      ]),
      optedInToTasks([{ Key: 'DBVoice:Tasks', Value: 'enabled' }]),
    ];

    // Assess
    expect(verdicts).toEqual([true, true]);
  });

  it('refuses a missing tag, another value or a value in another case, as IAM StringEquals does', () => {
    // Act
    const verdicts = [
      optedInToTasks(undefined),
      optedInToTasks([]),
      optedInToTasks([{ Key: 'dbvoice:tasks', Value: 'disabled' }]),
      optedInToTasks([{ Key: 'dbvoice:tasks', Value: 'Enabled' }]),
      optedInToTasks([{ Key: 'dbvoice:tasks' }]),
      optedInToTasks([{ Key: 'tasks', Value: 'enabled' }]),
    ];

    // Assess
    expect(verdicts).toEqual([false, false, false, false, false, false]);
  });
});
