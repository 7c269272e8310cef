import { DescribeDBInstancesCommand } from '@aws-sdk/client-rds';
import { PublishCommand } from '@aws-sdk/client-sns';
import {
  GetAutomationExecutionCommand,
  InvalidAutomationExecutionParametersException,
  StartAutomationExecutionCommand,
} from '@aws-sdk/client-ssm';
import { GetSessionTokenCommand } from '@aws-sdk/client-sts';
import { afterEach, describe, expect, it } from 'vitest';
import { MasterSecretTag } from '../../../src/contract/MasterSecretTag.js';
import { usersJaJP } from '../../../src/skill/speech/locales/ja-JP/users.js';
import { spoken } from '../../helpers/alexaRequests.js';
import { automationSucceeded } from '../../helpers/automationSucceeded.js';
import { dbInstance } from '../../helpers/fleetFixtures.js';
import { createTestSkill, NOW } from '../../helpers/testSkill.js';
import {
  auditRecords,
  Conversation,
  dialogDirective,
  mockTaskAws,
  OREGON,
  type TaskAws,
  TOPIC_ARN,
} from '../tasks/taskAws.js';

/** A password as user management would keep it: in the secret, never in an answer. */
const PASSWORD = 'Zq8-never.spoken_7RkP2mWx9vYt3LbN';

const FLEET = {
  'us-west-2': [
    dbInstance({
      identifier: 'prod-blog-01',
      name: 'blog',
      engine: 'postgres',
      extra: {
        DBName: 'blog',
        MasterUserSecret: {
          SecretArn: 'arn:aws:secretsmanager:us-west-2:123456789012:secret:rds!db-1-AbCdEf',
        },
      },
    }),
    dbInstance({ identifier: 'prod-hr-01', name: 'hr', engine: 'oracle-ee', extra: { DBName: 'HR' } }),
    dbInstance({
      identifier: 'dev-shop-01',
      name: 'shop',
      engine: 'mariadb',
      extra: {
        DBName: 'shop',
        TagList: [
          { Key: 'instance', Value: 'shop' },
          { Key: MasterSecretTag.key, Value: 'dev/shop/master' },
        ],
      },
    }),
  ],
};

let aws: TaskAws;
afterEach(() => aws.restore());

/** The task mocks, this fleet, and an execution that finishes at once unless a test says otherwise. */
function mockUsersAws() {
  aws = mockTaskAws();
  aws.rds.on(DescribeDBInstancesCommand).callsFake(async (_input, getClient) => {
    const region = await getClient().config.region();
    return { DBInstances: FLEET[region as keyof typeof FLEET] ?? [] };
  });
  aws.ssm.on(StartAutomationExecutionCommand).resolves({ AutomationExecutionId: 'exec-1' });
  aws.ssm
    .on(GetAutomationExecutionCommand)
    .resolves(
      automationSucceeded({ status: 'created', secret_name: 'rds-blog-alice-secret', password: PASSWORD }),
    );
  return aws;
}

/** A skill whose clock moves with its sleeps, so polling runs instantly and the deadline still comes. */
function skillOnVirtualTime(env: Record<string, string> = {}) {
  let clock = NOW;
  return createTestSkill({
    env,
    now: () => clock,
    sleep: async (ms) => {
      clock += ms;
    },
  });
}

const createAlice = {
  role: { value: 'read only', id: 'readonly', type: 'DB_ROLE' },
  userName: { value: 'alice' },
  instance: { value: 'blog' },
  region: OREGON,
};
const code = { mfaCode: { value: '123456' } };

/** The conversation up to the yes, and the yes. */
async function createWithYes(
  talk: Conversation,
  slots: Record<string, { value?: string; id?: string; type?: string }> = createAlice,
) {
  const asked = await talk.say('CreateDatabaseUser', { ...slots, ...code });
  const done = await talk.say('CreateDatabaseUser', { ...slots, ...code }, 'CONFIRMED');
  return { asked, done };
}

const starts = () => aws.ssm.commandCalls(StartAutomationExecutionCommand);

describe('Handler: CreateDatabaseUser', () => {
  it('starts the user-management document after the code and a yes, and names the secret, never the password', async () => {
    // Prepare
    mockUsersAws();
    const { skill, logLines } = skillOnVirtualTime();

    // Act
    const { asked, done } = await createWithYes(new Conversation(skill));

    // Assess
    expect(spoken(asked)).toBe('Create a read-only user alice on the blog database of blog in Oregon?');
    expect(dialogDirective(asked)?.type).toBe('Dialog.ConfirmIntent');
    expect(spoken(done)).toBe(
      'Done: alice is a read-only user on the blog database of blog in Oregon. The password is in the secret rds-blog-alice-secret.',
    );
    expect(aws.sts.commandCalls(GetSessionTokenCommand)).toHaveLength(1);
    expect(starts()).toHaveLength(1);
    expect(starts()[0]!.args[0].input).toMatchObject({
      DocumentName: 'DbVoice-UserManagement',
      Parameters: {
        action: ['create_user'],
        db_name: ['blog'],
        username: ['alice'],
        role: ['readonly'],
        rds_secret_name: ['arn:aws:secretsmanager:us-west-2:123456789012:secret:rds!db-1-AbCdEf'],
      },
      TargetLocations: [expect.objectContaining({ Accounts: ['123456789012'], Regions: ['us-west-2'] })],
    });
    expect(auditRecords(logLines)).toEqual([
      expect.objectContaining({
        what: 'CreateDatabaseUser',
        action: 'createUser',
        instance: 'prod-blog-01',
        target: 'alice',
        result: 'done',
      }),
    ]);
    const everything = logLines.join('\n') + JSON.stringify(asked) + JSON.stringify(done);
    expect(everything).not.toContain(PASSWORD);
  });

  it('refuses a name user management would refuse with one clear answer: no code asked, nothing started', async () => {
    mockUsersAws();
    const { skill } = skillOnVirtualTime();

    const refused = await new Conversation(skill).say('CreateDatabaseUser', {
      ...createAlice,
      userName: { value: "bob'; drop role postgres" },
    });

    expect(spoken(refused)).toBe(
      "bob'; drop role postgres can't be a database user name: use letters, digits and spaces, starting with a letter. Nothing was changed.",
    );
    expect(dialogDirective(refused)).toBeUndefined();
    expect(aws.sts.calls()).toHaveLength(0);
    expect(aws.ssm.commandCalls(StartAutomationExecutionCommand)).toHaveLength(0);
  });

  it('turns "bob smith" into bob_smith and refuses a reserved name', async () => {
    mockUsersAws();
    const { skill } = skillOnVirtualTime();

    const asked = await new Conversation(skill).say('CreateDatabaseUser', {
      ...createAlice,
      userName: { value: 'bob smith' },
      ...code,
    });
    const reserved = await new Conversation(skill).say('CreateDatabaseUser', {
      ...createAlice,
      userName: { value: 'postgres' },
      ...code,
    });

    expect(spoken(asked)).toBe(
      'Create a read-only user bob underscore smith on the blog database of blog in Oregon?',
    );
    expect(spoken(reserved)).toContain('keeps for itself');
    expect(starts()).toHaveLength(0);
  });

  it('asks for the name, then the role, when the request had none', async () => {
    mockUsersAws();
    const { skill } = skillOnVirtualTime();
    const talk = new Conversation(skill);

    const name = await talk.say('CreateDatabaseUser', { instance: { value: 'blog' } });
    const role = await talk.say('CreateDatabaseUser', {
      instance: { value: 'blog' },
      userName: { value: 'alice' },
    });

    expect(spoken(name)).toBe('What should the new user be called?');
    expect(dialogDirective(name)).toMatchObject({ type: 'Dialog.ElicitSlot', slotToElicit: 'userName' });
    expect(spoken(role)).toBe('Which role: read only, read write or admin?');
    expect(dialogDirective(role)).toMatchObject({ type: 'Dialog.ElicitSlot', slotToElicit: 'role' });
  });

  it('refuses an engine user management does not serve before asking for a code', async () => {
    mockUsersAws();
    const { skill } = skillOnVirtualTime();

    const refused = await new Conversation(skill).say('CreateDatabaseUser', {
      ...createAlice,
      instance: { value: 'hr' },
    });

    expect(spoken(refused)).toContain('user management covers MySQL, MariaDB and PostgreSQL');
    expect(dialogDirective(refused)).toBeUndefined();
    expect(starts()).toHaveLength(0);
  });

  it('changes nothing after a no', async () => {
    mockUsersAws();
    const { skill } = skillOnVirtualTime();
    const talk = new Conversation(skill);
    await talk.say('CreateDatabaseUser', { ...createAlice, ...code });

    const no = await talk.say('CreateDatabaseUser', { ...createAlice, ...code }, 'DENIED');

    expect(spoken(no)).toBe("OK, I won't create a user on blog in Oregon. Nothing was changed.");
    expect(aws.sts.calls()).toHaveLength(0);
    expect(starts()).toHaveLength(0);
  });

  it('says so when SSM refuses the start, and starts nothing (one call)', async () => {
    mockUsersAws();
    aws.ssm
      .on(StartAutomationExecutionCommand)
      .rejects(
        Object.assign(new Error('no'), { name: 'AccessDeniedException', $metadata: { httpStatusCode: 400 } }),
      );
    const { skill, logLines } = skillOnVirtualTime();

    const { done } = await createWithYes(new Conversation(skill));

    expect(spoken(done)).toMatch(/permission|not allowed|access/i);
    expect(starts()).toHaveLength(1);
    expect(aws.ssm.commandCalls(GetAutomationExecutionCommand)).toHaveLength(0);
    expect(auditRecords(logLines).at(-1)).toMatchObject({ result: 'failed', action: 'createUser' });
  });

  it('answers a refused parameter as a failure, never as done', async () => {
    mockUsersAws();
    aws.ssm.on(StartAutomationExecutionCommand).rejects(
      new InvalidAutomationExecutionParametersException({
        message: 'bad',
        $metadata: { httpStatusCode: 400 },
      }),
    );
    const { skill } = skillOnVirtualTime();

    const { done } = await createWithYes(new Conversation(skill));

    expect(spoken(done)).not.toMatch(/^Done/);
    expect(starts()).toHaveLength(1);
  });

  it('sends a start whose reply was lost again with the same ClientToken: one execution, and the answer', async () => {
    mockUsersAws();
    aws.ssm
      .on(StartAutomationExecutionCommand)
      .rejectsOnce(Object.assign(new Error('socket hang up'), { name: 'TimeoutError' }))
      .resolves({ AutomationExecutionId: 'exec-1' });
    const { skill } = skillOnVirtualTime();

    const { done } = await createWithYes(new Conversation(skill));

    expect(spoken(done)).toMatch(/^Done: alice is a read-only user/);
    const tokens = starts().map((call) => call.args[0].input.ClientToken);
    expect(tokens).toHaveLength(2);
    expect(tokens[1]).toBe(tokens[0]);
  });

  it('says the outcome is unknown when the retry is lost too, and never sends a third', async () => {
    mockUsersAws();
    aws.ssm.on(StartAutomationExecutionCommand).rejects(
      Object.assign(new Error('internal'), {
        name: 'InternalServerError',
        $metadata: { httpStatusCode: 500 },
      }),
    );
    const { skill, logLines } = skillOnVirtualTime();

    const { done } = await createWithYes(new Conversation(skill));

    expect(spoken(done)).toBe(
      "I couldn't confirm that the change started on blog in Oregon, and I didn't send it again. Ask me for the users of blog in a minute to see what is true.",
    );
    expect(starts()).toHaveLength(2);
    expect(auditRecords(logLines).at(-1)).toMatchObject({ result: 'unknownOutcome' });
  });

  it('says it started and e-mails what it started when GetAutomationExecution fails', async () => {
    mockUsersAws();
    aws.ssm.on(GetAutomationExecutionCommand).rejects(
      Object.assign(new Error('throttled'), {
        name: 'ThrottlingException',
        $metadata: { httpStatusCode: 400 },
      }),
    );
    const { skill } = skillOnVirtualTime({ TOPIC_ARN });

    const { done } = await createWithYes(new Conversation(skill));

    expect(spoken(done)).toBe(
      "I started it: the change to alice on blog in Oregon is still running. I'll e-mail you when it's done.",
    );
    const mails = aws.sns.commandCalls(PublishCommand).map((call) => call.args[0].input.Message ?? '');
    expect(mails.some((mail) => mail.includes('rds-blog-alice-secret') && mail.includes('exec-1'))).toBe(
      true,
    );
    expect(starts()).toHaveLength(1);
  });

  it('says it is still running when the execution outlasts the answer', async () => {
    mockUsersAws();
    aws.ssm
      .on(GetAutomationExecutionCommand)
      .resolves({ AutomationExecution: { AutomationExecutionStatus: 'InProgress' } });
    const { skill } = skillOnVirtualTime({ TOPIC_ARN });

    const { done } = await createWithYes(new Conversation(skill));

    expect(spoken(done)).toMatch(/still running\. I'll e-mail you when it's done\.$/);
    expect(aws.ssm.commandCalls(GetAutomationExecutionCommand).length).toBeGreaterThan(1);
  });

  it('says what user management refused when the execution fails (the user exists)', async () => {
    mockUsersAws();
    aws.ssm.on(GetAutomationExecutionCommand).resolves({
      AutomationExecution: {
        AutomationExecutionStatus: 'Failed',
        FailureMessage:
          'Lambda returned {"errorType":"UserAlreadyExists","errorMessage":"{\\"error\\":\\"UserAlreadyExists\\"}"}',
      },
    });
    const { skill } = skillOnVirtualTime();

    const { done } = await createWithYes(new Conversation(skill));

    expect(spoken(done)).toBe('Alice already exists on blog in Oregon. Nothing was changed.');
  });
});

describe('Handler: ResetDatabaseUserPassword and RemoveDatabaseUser', () => {
  it('resets a password behind the code and a yes, with the master secret from the tag', async () => {
    mockUsersAws();
    aws.ssm
      .on(GetAutomationExecutionCommand)
      .resolves(automationSucceeded({ status: 'reset', secret_name: 'rds-shop-alice-secret' }));
    const { skill } = skillOnVirtualTime();
    const talk = new Conversation(skill);
    const slots = { userName: { value: 'alice' }, instance: { value: 'shop' }, ...code };

    const asked = await talk.say('ResetDatabaseUserPassword', slots);
    const done = await talk.say('ResetDatabaseUserPassword', slots, 'CONFIRMED');

    expect(spoken(asked)).toBe(
      'Reset the password of alice on the shop database of shop in Oregon? The old password stops working.',
    );
    expect(spoken(done)).toBe(
      'Done: the password of alice on the shop database of shop in Oregon is reset. The new one is in the secret rds-shop-alice-secret.',
    );
    expect(starts()[0]!.args[0].input.Parameters).toEqual({
      action: ['reset_password'],
      db_name: ['shop'],
      rds_secret_name: ['dev/shop/master'],
      username: ['alice'],
    });
  });

  it('removes a user behind the code and a yes', async () => {
    mockUsersAws();
    const { skill } = skillOnVirtualTime();
    const talk = new Conversation(skill);
    const slots = { userName: { value: 'alice' }, instance: { value: 'blog' }, ...code };

    await talk.say('RemoveDatabaseUser', slots);
    const done = await talk.say('RemoveDatabaseUser', slots, 'CONFIRMED');

    expect(spoken(done)).toMatch(/^Done: alice is removed from the blog database of blog in Oregon/);
    expect(starts()[0]!.args[0].input.Parameters?.action).toEqual(['delete_user']);
  });
});

describe('Handler: ListDatabaseUsers', () => {
  it('lists the users and their roles without an MFA code, and shows each secret on the card', async () => {
    mockUsersAws();
    aws.ssm.on(GetAutomationExecutionCommand).resolves(
      automationSucceeded({
        action: 'list_users',
        users: [
          {
            username: 'alice',
            role: 'readonly',
            secret_name: 'rds-blog-alice-secret',
            password: PASSWORD,
          },
          { username: 'bob_smith', role: 'admin', secret_name: 'rds-blog-bob_smith-secret' },
        ],
      }),
    );
    const { skill } = skillOnVirtualTime();

    const answer = await new Conversation(skill).say('ListDatabaseUsers', { instance: { value: 'blog' } });

    expect(spoken(answer)).toBe(
      'The blog database of blog in Oregon has 2 users created by database fleet: alice (read-only) and bob underscore smith (admin).',
    );
    expect(JSON.stringify(answer.response.card)).toContain('rds-blog-bob_smith-secret');
    expect(JSON.stringify(answer)).not.toContain(PASSWORD);
    expect(aws.sts.calls()).toHaveLength(0);
    expect(starts()[0]!.args[0].input.Parameters).toEqual({
      action: ['list_users'],
      db_name: ['blog'],
      rds_secret_name: ['arn:aws:secretsmanager:us-west-2:123456789012:secret:rds!db-1-AbCdEf'],
    });
  });
});

describe('Handler: database users share the tasks MFA lockout', () => {
  /** The code, then yes, for one intent. */
  async function attempt(
    skill: ReturnType<typeof createTestSkill>['skill'],
    intent: string,
    slots: Record<string, { value?: string; id?: string; type?: string }>,
    mfaCode: string,
  ) {
    const talk = new Conversation(skill);
    const first = await talk.say(intent, { ...slots, mfaCode: { value: mfaCode } });
    if (dialogDirective(first)?.type !== 'Dialog.ConfirmIntent') return first;
    return talk.say(intent, { ...slots, mfaCode: { value: mfaCode } }, 'CONFIRMED');
  }

  it('counts a rejected code, and refuses user changes while reboots locked the user out', async () => {
    // Prepare: codes starting with 9 are rejected by the mocked STS
    mockUsersAws();
    const { skill } = createTestSkill({ now: () => NOW });
    const reporting = { instance: { value: 'blog' }, region: OREGON };

    // Act
    const rejected = await attempt(skill, 'CreateDatabaseUser', createAlice, '900001');
    await attempt(skill, 'RebootInstance', reporting, '900002');
    await attempt(skill, 'RebootInstance', reporting, '900003');
    const refused = await new Conversation(skill).say('RemoveDatabaseUser', {
      userName: { value: 'alice' },
      instance: { value: 'blog' },
      ...code,
    });

    // Assess
    expect(spoken(rejected)).toMatch(/^That code was not accepted\. You can try 2 more times\./);
    expect(spoken(refused)).toBe(
      'Changes that need M. F. A. are locked for another 15 minutes, because three M. F. A. codes were rejected. Nothing was changed.',
    );
    expect(aws.sts.commandCalls(GetSessionTokenCommand)).toHaveLength(3);
    expect(starts()).toHaveLength(0);
  });
});

describe('Handler: what a DBA hears about a user change', () => {
  /** A failed execution as SSM reports it: the Lambda's JSON error, escaped inside the step's message. */
  function failedWith(error: string, message: string) {
    aws.ssm.on(GetAutomationExecutionCommand).resolves({
      AutomationExecution: {
        AutomationExecutionStatus: 'Failed',
        FailureMessage: `Step fails when it is Execution. Lambda function InvokeUserManagement returned an error: {"errorType":"UserManagementError","errorMessage":"{\\"error\\":\\"${error}\\",\\"message\\":\\"${message}\\"}"}`,
      },
    });
  }

  async function withYes(intent: string, userName: string, instance = 'shop') {
    const talk = new Conversation(skillOnVirtualTime().skill);
    const slots = { userName: { value: userName }, instance: { value: instance }, ...code };
    const asked = await talk.say(intent, slots);
    const done = await talk.say(intent, slots, 'CONFIRMED');
    return { asked, done };
  }

  it.each([
    [
      'ResetDatabaseUserPassword',
      'no live secret rds-shop-alice-secret: only accounts created by dbvoice can be reset',
    ],
    [
      'RemoveDatabaseUser',
      'no secret rds-shop-alice-secret: only accounts created by dbvoice can be deleted here',
    ],
  ])(
    "%s of a user that does not exist says there is no such user, not that it is someone else's",
    async (intent, message) => {
      mockUsersAws();
      failedWith('NotManagedByDbvoice', message);

      const { done } = await withYes(intent, 'alice');

      expect(spoken(done)).toBe(
        'There is no user alice created by database fleet on the shop database of shop in Oregon. Nothing was changed.',
      );
    },
  );

  it("still says a user is not database fleet's when its secret exists without dbvoice's tag", async () => {
    mockUsersAws();
    failedWith(
      'NotManagedByDbvoice',
      'secret rds-shop-alice-secret was not created by dbvoice (no created_by=dbvoice tag); refusing',
    );

    const { done } = await withYes('RemoveDatabaseUser', 'alice');

    expect(spoken(done)).toBe(
      "Alice on shop wasn't created by database fleet, so I won't change it. Nothing was changed.",
    );
  });

  it('asks about the secret in the future and tells its deletion in the past once done', async () => {
    mockUsersAws();
    aws.ssm
      .on(GetAutomationExecutionCommand)
      .resolves(automationSucceeded({ status: 'deleted', secret_name: 'rds-shop-alice-secret' }));

    const { asked, done } = await withYes('RemoveDatabaseUser', 'alice');

    expect(spoken(asked)).toBe(
      'Remove the user alice from the shop database of shop in Oregon? Its secret will be scheduled for deletion.',
    );
    expect(spoken(done)).toBe(
      'Done: alice is removed from the shop database of shop in Oregon, and its secret rds-shop-alice-secret is scheduled for deletion.',
    );
  });

  it('says a normalised login with its underscores, and shows it exactly on the card', async () => {
    mockUsersAws();
    aws.ssm
      .on(GetAutomationExecutionCommand)
      .resolves(automationSucceeded({ status: 'reset', secret_name: 'rds-shop-robert_drop_table-secret' }));

    const { asked, done } = await withYes('ResetDatabaseUserPassword', 'Robert drop table');

    expect(spoken(asked)).toBe(
      'Reset the password of robert underscore drop underscore table on the shop database of shop in Oregon? The old password stops working.',
    );
    expect(spoken(done)).toMatch(/^Done: the password of robert underscore drop underscore table on /);
    expect(done.response.card).toMatchObject({
      title: expect.stringContaining('robert_drop_table'),
      content: expect.stringContaining('User robert_drop_table on the shop database'),
    });
    expect(starts()[0]!.args[0].input.Parameters?.username).toEqual(['robert_drop_table']);
  });

  it('refuses the read-only list without claiming nothing was changed', async () => {
    mockUsersAws();

    const answer = await new Conversation(skillOnVirtualTime().skill).say('ListDatabaseUsers', {
      instance: { value: 'hr' },
    });

    expect(spoken(answer)).toBe(
      "I can't list the users on hr in Oregon: user management covers MySQL, MariaDB and PostgreSQL, and hr runs Oracle Enterprise Edition.",
    );
    expect(starts()).toHaveLength(0);
  });
});

describe('ja-JP: the same answers in Japanese', () => {
  const words = { name: 'shop', region: 'オレゴン', database: 'shop' } as const;

  it('says there is no such user, keeps the deletion for the answer, and reads the underscores', () => {
    expect(usersJaJP.failed({ ...words, action: 'resetPassword', username: 'alice' }, 'NoManagedUser')).toBe(
      'オレゴンのshopのshopデータベースに、データベースフリートが作成したユーザーaliceはいません。何も変更していません。',
    );
    expect(usersJaJP.confirm({ ...words, action: 'removeUser', username: 'bob_smith' })).toBe(
      'オレゴンのshopのshopデータベースからユーザーbob アンダースコア smithを削除しますか？削除すると、シークレットの削除も予約されます。',
    );
    expect(usersJaJP.refused('noDatabase', 'listUsers', 'hr', 'オレゴン')).toBe(
      'オレゴンのhrではユーザーの一覧表示ができません。権限を付けるデータベース名がありません。',
    );
  });
});
