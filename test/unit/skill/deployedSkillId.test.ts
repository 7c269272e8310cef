import { GetParameterCommand, SSMClient } from '@aws-sdk/client-ssm';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { DbVoiceParameters } from '../../../src/contract/DbVoiceParameters.js';
import { launchRequest, spoken, TEST_SKILL_ID } from '../../helpers/alexaRequests.js';
import { createTestSkill } from '../../helpers/testSkill.js';

const ssm = mockClient(SSMClient);
afterEach(() => ssm.reset());

/** The Lambda of a stack that created its skill (dbvoice:createSkill): no SKILL_ID, the parameter instead. */
const CREATED_SKILL = { SKILL_ID: '', SKILL_ID_PARAMETER: DbVoiceParameters.skillId };

describe('Skill id from the stack that created the skill', () => {
  it('answers the deployed skill, reading its id once per container', async () => {
    // Prepare
    ssm.on(GetParameterCommand, { Name: DbVoiceParameters.skillId }).resolves({
      Parameter: { Name: DbVoiceParameters.skillId, Value: TEST_SKILL_ID },
    });
    const { skill } = createTestSkill({ env: CREATED_SKILL });

    // Act
    const first = await skill.invoke(launchRequest());
    const second = await skill.invoke(launchRequest());

    // Assess
    expect(spoken(first)).toMatch(/^Welcome to database fleet\./);
    expect(spoken(second)).toMatch(/^Welcome to database fleet\./);
    expect(ssm.commandCalls(GetParameterCommand)).toHaveLength(1);
  });

  it('refuses a request from another skill before any handler runs', async () => {
    ssm.on(GetParameterCommand).resolves({ Parameter: { Value: TEST_SKILL_ID } });
    const { skill } = createTestSkill({ env: CREATED_SKILL });

    await expect(skill.invoke(launchRequest({ skillId: 'amzn1.ask.skill.someone-else' }))).rejects.toThrow(
      'ID verification failed',
    );
  });

  it('fails closed while the id cannot be read, and reads it again on the next request', async () => {
    // Prepare: the first read is denied (a missing grant), the second succeeds.
    ssm
      .on(GetParameterCommand)
      .rejectsOnce(Object.assign(new Error('denied'), { name: 'AccessDeniedException' }))
      .resolves({ Parameter: { Value: TEST_SKILL_ID } });
    const { skill } = createTestSkill({ env: CREATED_SKILL });

    // Act + Assess: nobody is answered on a guess, and the failure is not kept for the container's life.
    await expect(skill.invoke(launchRequest())).rejects.toThrow();
    expect(spoken(await skill.invoke(launchRequest()))).toMatch(/^Welcome/);
    expect(ssm.commandCalls(GetParameterCommand)).toHaveLength(2);
  });

  it('answers nobody while the parameter holds no skill id', async () => {
    ssm.on(GetParameterCommand).resolves({ Parameter: { Value: ' ' } });
    const { skill } = createTestSkill({ env: CREATED_SKILL });

    await expect(skill.invoke(launchRequest())).rejects.toThrow(/holds no skill id/);
  });

  it('reads nothing when the id is in the environment', async () => {
    const { skill } = createTestSkill();
    await skill.invoke(launchRequest());
    expect(ssm.commandCalls(GetParameterCommand)).toHaveLength(0);
  });
});
