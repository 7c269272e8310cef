import { Match, type Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDbVoiceContext } from '../../lib/config/DbVoiceContext.js';
import type { SkillStack } from '../../lib/SkillStack.js';
import { DbVoiceParameters } from '../../src/contract/DbVoiceParameters.js';
import { SkillEnvironment } from '../../src/contract/SkillEnvironment.js';
import { skillStack } from './fixtures/skillStack.js';
import { nagFindings, SKILL_ID, SYNTH_TIMEOUT_MS, testApp } from './fixtures/testApp.js';

const CREATE_SKILL = {
  'dbvoice:skillId': undefined,
  'dbvoice:createSkill': 'true',
  'dbvoice:vendorId': 'M1EXAMPLE',
  'dbvoice:lwaSecretName': 'dbvoice/lwa',
};

/** The skill Lambda's logical id (beside it, CDK's custom-resource provider is a function too). */
function skillFunctionId(template: Template): string {
  const ids = Object.keys(template.findResources('AWS::Lambda::Function')).filter((id) =>
    id.startsWith('SkillFunction'),
  );
  expect(ids).toHaveLength(1);
  return ids[0]!;
}

/** A custom resource's call as the provider receives it: Fn::Join resolved, references left as JSON. */
function joined(value: unknown): string {
  if (typeof value === 'string') return value;
  const join = (value as { 'Fn::Join'?: [string, unknown[]] } | undefined)?.['Fn::Join'];
  if (join) return join[1].map(joined).join(join[0]);
  return JSON.stringify(value ?? '');
}

/** The logical id of the only resource of a type. */
function onlyId(template: Template, type: string): string {
  const ids = Object.keys(template.findResources(type));
  expect(ids).toHaveLength(1);
  return ids[0]!;
}

describe('Stack: SkillStack with dbvoice:createSkill', () => {
  let stack: SkillStack;
  let template: Template;

  beforeAll(() => {
    ({ stack, template } = skillStack(CREATE_SKILL));
  }, SYNTH_TIMEOUT_MS);

  it('creates the skill from the skill-package asset, its endpoint the skill Lambda', () => {
    const functionId = skillFunctionId(template);
    template.hasResourceProperties('Alexa::ASK::Skill', {
      VendorId: 'M1EXAMPLE',
      SkillPackage: {
        S3Bucket: Match.anyValue(),
        S3Key: Match.stringLikeRegexp('^[0-9a-f]{64}\\.zip$'),
        S3BucketRole: { 'Fn::GetAtt': [Match.stringLikeRegexp('PackageReader'), 'Arn'] },
        Overrides: {
          Manifest: { apis: { custom: { endpoint: { uri: { 'Fn::GetAtt': [functionId, 'Arn'] } } } } },
        },
      },
    });
    const assets = Object.values(stack.node.findAll()).filter((c) => c.node.id === 'Package');
    expect(assets.length).toBe(1);
  });

  it('reads the LWA credentials only through Secrets Manager dynamic references', () => {
    const [skill] = Object.values(template.findResources('Alexa::ASK::Skill'));
    expect(skill!.Properties.AuthenticationConfiguration).toEqual({
      ClientId: '{{resolve:secretsmanager:dbvoice/lwa:SecretString:clientId::}}',
      ClientSecret: '{{resolve:secretsmanager:dbvoice/lwa:SecretString:clientSecret::}}',
      RefreshToken: '{{resolve:secretsmanager:dbvoice/lwa:SecretString:refreshToken::}}',
    });
  });

  it('lets Alexa read only the package object', () => {
    template.hasResourceProperties('AWS::IAM::Role', {
      AssumeRolePolicyDocument: {
        Statement: [Match.objectLike({ Principal: { Service: 'alexa-appkit.amazon.com' } })],
      },
    });
    template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyName: Match.stringLikeRegexp('PackageReader'),
      PolicyDocument: { Statement: [Match.objectLike({ Action: 's3:GetObject', Effect: 'Allow' })] },
    });
  });

  it('lets Alexa check the endpoint while it creates the skill, then only the new skill may invoke the Lambda', () => {
    // Prepare
    const skillId = onlyId(template, 'Alexa::ASK::Skill');
    const skill = template.findResources('Alexa::ASK::Skill')[skillId]!;
    const customs = template.findResources('Custom::AWS');
    const call = (id: string, phase: 'Create' | 'Update' | 'Delete') =>
      joined(customs[id]!.Properties[phase]);
    const openId = Object.keys(customs).find((id) => id.includes('OpenForCreation'))!;
    const closeId = Object.keys(customs).find((id) => id.includes('ClosedAfterCreation'))!;

    // Assess: opened (no token) before the skill, closed after it, by the same statement id.
    for (const phase of ['Create', 'Update'] as const) {
      expect(call(openId, phase)).toMatch(/"action":"addPermission"/);
      expect(call(openId, phase)).toMatch(/"Principal":"alexa-appkit.amazon.com"/);
      expect(call(openId, phase)).not.toMatch(/EventSourceToken/);
      expect(call(closeId, phase)).toMatch(/"action":"removePermission"/);
      expect(call(closeId, phase)).toMatch(/"StatementId":"dbvoice-alexa-skill-creation"/);
    }
    expect(call(openId, 'Delete')).toMatch(/"action":"removePermission"/);
    expect(call(openId, 'Create')).toMatch(/"StatementId":"dbvoice-alexa-skill-creation"/);
    expect(skill.DependsOn).toEqual(expect.arrayContaining([openId]));
    expect(customs[closeId]!.DependsOn).toEqual(expect.arrayContaining([skillId]));
    // What stays: one Alexa permission, scoped to the new skill's id.
    template.resourceCountIs('AWS::Lambda::Permission', 1);
    template.hasResourceProperties('AWS::Lambda::Permission', {
      Principal: 'alexa-appkit.amazon.com',
      EventSourceToken: { Ref: skillId },
    });
  });

  it("lets the custom resources touch only the skill Lambda's policy", () => {
    const statements = Object.values(template.findResources('AWS::IAM::Policy'))
      .filter((policy) =>
        /OpenForCreation|ClosedAfterCreation/.test(JSON.stringify(policy.Properties.PolicyName)),
      )
      .flatMap(
        (policy) => policy.Properties.PolicyDocument.Statement as { Action: unknown; Resource: unknown }[],
      );
    expect(statements.length).toBeGreaterThan(0);
    for (const statement of statements) {
      expect(
        [statement.Action].flat().every((action) => /^lambda:(Add|Remove)Permission$/.test(String(action))),
      ).toBe(true);
      expect(statement.Resource).toEqual({ 'Fn::GetAtt': [skillFunctionId(template), 'Arn'] });
    }
  });

  it("gives the Lambda the skill's id through a parameter, no id copied by hand", () => {
    const skillId = onlyId(template, 'Alexa::ASK::Skill');
    template.hasResourceProperties('AWS::SSM::Parameter', {
      Name: DbVoiceParameters.skillId,
      Type: 'String',
      Value: { Ref: skillId },
    });
    const fn = template.findResources('AWS::Lambda::Function')[skillFunctionId(template)];
    const variables = fn!.Properties.Environment.Variables as Record<string, unknown>;
    expect(variables[SkillEnvironment.skillIdParameter]).toBe(DbVoiceParameters.skillId);
    expect(variables[SkillEnvironment.skillId]).toBeUndefined();
    template.hasOutput('SkillId', { Value: { Ref: skillId } });
  });

  it(
    'synthesizes the same template again: an unchanged redeploy changes nothing',
    () => {
      expect(skillStack(CREATE_SKILL).template.toJSON()).toEqual(template.toJSON());
    },
    SYNTH_TIMEOUT_MS,
  );

  it('passes cdk-nag AwsSolutions with every finding fixed or acknowledged', () => {
    expect(nagFindings(stack)).toEqual([]);
  });
});

describe('Stack: SkillStack without dbvoice:createSkill', () => {
  it(
    'creates no skill, no skill-id parameter and keeps the trigger on the configured skill id',
    () => {
      const { template } = skillStack({});
      template.resourceCountIs('Alexa::ASK::Skill', 0);
      template.resourcePropertiesCountIs('AWS::SSM::Parameter', { Name: DbVoiceParameters.skillId }, 0);
      template.resourceCountIs('AWS::Lambda::Permission', 1);
      template.hasResourceProperties('AWS::Lambda::Permission', { EventSourceToken: SKILL_ID });
      const [fn] = Object.values(template.findResources('AWS::Lambda::Function'));
      expect(fn!.Properties.Environment.Variables).not.toHaveProperty(SkillEnvironment.skillIdParameter);
      expect(Object.keys(template.toJSON().Outputs ?? {})).not.toContain('SkillId');
    },
    SYNTH_TIMEOUT_MS,
  );
});

describe('Context: dbvoice:createSkill', () => {
  const read = (context: Record<string, unknown>) => () => readDbVoiceContext(testApp(context).app.node, {});

  it('needs the vendor id and the LWA secret name, and names what is missing', () => {
    expect(read({ ...CREATE_SKILL, 'dbvoice:vendorId': undefined })).toThrow(/needs dbvoice:vendorId/);
    expect(read({ ...CREATE_SKILL, 'dbvoice:lwaSecretName': undefined })).toThrow(
      /needs dbvoice:lwaSecretName/,
    );
    expect(read({ ...CREATE_SKILL, 'dbvoice:lwaSecretName': 'bad name!' })).toThrow(
      /needs dbvoice:lwaSecretName/,
    );
  });

  it('refuses a skill id beside it, and its companions without it', () => {
    expect(read({ ...CREATE_SKILL, 'dbvoice:skillId': SKILL_ID })).toThrow(/exclude each other/);
    expect(read({ 'dbvoice:vendorId': 'M1EXAMPLE' })).toThrow(/only go with -c dbvoice:createSkill=true/);
    expect(read({ 'dbvoice:createSkill': 'yes' })).toThrow(/must be true or false/);
  });

  it('reads the flag as -c passes it and as cdk.json holds it', () => {
    const settings = readDbVoiceContext(
      testApp({ ...CREATE_SKILL, 'dbvoice:createSkill': true }).app.node,
      {},
    );
    expect(settings.createSkill).toEqual({ vendorId: 'M1EXAMPLE', lwaSecretName: 'dbvoice/lwa' });
    expect(settings.skillIdIsPlaceholder).toBe(false);
  });
});
