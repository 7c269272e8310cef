import { App } from 'aws-cdk-lib';
import { describe, expect, it } from 'vitest';
import { PLACEHOLDER_SKILL_ID, readDbVoiceContext } from '../../lib/config/DbVoiceContext.js';

const read = (context: Record<string, unknown>, env: Record<string, string> = {}) =>
  readDbVoiceContext(new App({ context }).node, env);

describe('Function: readDbVoiceContext', () => {
  it('works with no context and no account: home Region, placeholder skill id, defaults', () => {
    const settings = read({});
    expect(settings).toMatchObject({
      account: undefined,
      homeRegion: 'us-east-1',
      regions: ['us-east-1'],
      skillId: PLACEHOLDER_SKILL_ID,
      skillIdIsPlaceholder: true,
      parameterPrefix: '/rds',
      tagKeys: { instance: 'instance', application: 'application', environment: 'environment' },
      databasePorts: [3306, 5432, 1521, 1433],
      bastionInstanceType: 't4g.small',
      databaseUser: 'dbvoice_monitor',
      rotationDays: 30,
      createAutomationAdministrationRole: true,
      sessionManagerPreferences: true,
      patchSchedule: 'cron(0 3 ? * SUN *)',
      sessionIdleTimeoutMinutes: 20,
    });
  });

  it('lets the operator move the patch window, shorten idle sessions and keep their own session preferences', () => {
    const settings = read({
      'dbvoice:patchSchedule': 'cron(30 2 ? * TUE *)',
      'dbvoice:sessionIdleTimeoutMinutes': '10',
      'dbvoice:sessionManagerPreferences': 'false',
    });
    expect(settings).toMatchObject({
      patchSchedule: 'cron(30 2 ? * TUE *)',
      sessionIdleTimeoutMinutes: 10,
      sessionManagerPreferences: false,
    });
  });

  it('takes the account and Region the CDK CLI resolved', () => {
    const settings = read({}, { CDK_DEFAULT_ACCOUNT: '111122223333', CDK_DEFAULT_REGION: 'eu-west-1' });
    expect(settings.account).toBe('111122223333');
    expect(settings.regions).toEqual(['eu-west-1']);
  });

  it('accepts -c strings as well as cdk.json JSON', () => {
    const settings = read({
      'dbvoice:regions': 'us-east-1, eu-west-1,us-east-1',
      'dbvoice:databaseSecurityGroupIds': '{"eu-west-1":["sg-0abc"]}',
      'dbvoice:databasePorts': '3306',
      'dbvoice:parameterPrefix': '/db/',
      'dbvoice:createAutomationAdministrationRole': 'false',
    });
    expect(settings.regions).toEqual(['us-east-1', 'eu-west-1']);
    expect(settings.databaseSecurityGroupIds).toEqual({ 'eu-west-1': ['sg-0abc'] });
    expect(settings.databasePorts).toEqual([3306]);
    expect(settings.parameterPrefix).toBe('/db');
    expect(settings.createAutomationAdministrationRole).toBe(false);
  });

  it.each([
    [{ 'dbvoice:skillId': 'my-skill' }, /dbvoice:skillId/],
    [{ 'dbvoice:homeRegion': 'eu-central-1' }, /Alexa only calls Lambdas/],
    [{ 'dbvoice:regions': 'us-east-1,mars-1' }, /not a Region code/],
    [
      { 'dbvoice:networks': { 'eu-west-1': { vpcId: 'vpc-0abc', privateSubnetIds: ['subnet-0a'] } } },
      /one zone/,
    ],
    [{ 'dbvoice:databaseSecurityGroupIds': { 'eu-west-1': ['default'] } }, /sg-0123abcd/],
    [{ 'dbvoice:logRetentionDays': '10' }, /logRetentionDays/],
    [{ 'dbvoice:centralAccount': '1234' }, /12 digits/],
    [{ 'dbvoice:databaseUser': "monitor'; --" }, /databaseUser/],
    [{ 'dbvoice:patchSchedule': 'every sunday' }, /dbvoice:patchSchedule/],
    [{ 'dbvoice:sessionIdleTimeoutMinutes': '90' }, /dbvoice:sessionIdleTimeoutMinutes/],
  ])('refuses bad context %j with a message naming the key', (context, message) => {
    expect(() => read(context)).toThrow(message);
  });
});
