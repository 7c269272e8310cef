import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { synthApp } from './fixtures/synthApp.js';

interface Resource {
  readonly Type: string;
  readonly Properties: Record<string, unknown>;
  readonly DependsOn?: readonly string[];
}

/**
 * `npx cdk synth -c dbvoice:createSkill=true -c dbvoice:vendorId=M1EXAMPLE -c dbvoice:lwaSecretName=dbvoice/lwa`
 * as a new clone runs it: bin/app.ts with cdk.json's context plus the three keys, offline, no credentials.
 */
describe('App: bin/app.ts with dbvoice:createSkill', () => {
  const outdir = mkdtempSync(join(tmpdir(), 'dbvoice-cdk-skill-'));
  let result: Awaited<ReturnType<typeof synthApp>>;
  let resources: Record<string, Resource>;

  beforeAll(async () => {
    result = await synthApp(outdir, {
      'dbvoice:createSkill': 'true',
      'dbvoice:vendorId': 'M1EXAMPLE',
      'dbvoice:lwaSecretName': 'dbvoice/lwa',
    });
    const template = JSON.parse(readFileSync(join(outdir, 'DbVoice-Skill.template.json'), 'utf8')) as {
      Resources: Record<string, Resource>;
    };
    resources = template.Resources;
  }, 180_000);

  afterAll(() => rmSync(outdir, { recursive: true, force: true }));

  const ofType = (type: string) => Object.entries(resources).filter(([, resource]) => resource.Type === type);

  it('synthesizes offline with no cdk-nag finding', () => {
    expect(result.stderr).not.toMatch(/Error:/);
    expect(result.status).toBe(0);
    const report = JSON.parse(readFileSync(join(outdir, 'validation-report.json'), 'utf8')) as {
      pluginReports: { violations?: unknown[] }[];
    };
    expect(report.pluginReports.flatMap((plugin) => plugin.violations ?? [])).toEqual([]);
  });

  it('emits the skill with only Secrets Manager references for its credentials, and the Lambda as endpoint', () => {
    const skills = ofType('Alexa::ASK::Skill');
    expect(skills).toHaveLength(1);
    const properties = skills[0]![1].Properties as {
      AuthenticationConfiguration: Record<string, string>;
      SkillPackage: { S3Key: string; Overrides: unknown };
    };
    for (const value of Object.values(properties.AuthenticationConfiguration))
      expect(value).toMatch(/^\{\{resolve:secretsmanager:dbvoice\/lwa:SecretString:[a-zA-Z]+::\}\}$/);
    const [functionId] = ofType('AWS::Lambda::Function')[0]!;
    expect(properties.SkillPackage.Overrides).toEqual({
      Manifest: { apis: { custom: { endpoint: { uri: { 'Fn::GetAtt': [functionId, 'Arn'] } } } } },
    });
  });

  it('uploads skill-package/ as it is committed', () => {
    const [, skill] = ofType('Alexa::ASK::Skill')[0]!;
    const key = (skill.Properties.SkillPackage as { S3Key: string }).S3Key;
    const asset = join(outdir, `asset.${key.replace(/\.zip$/, '')}`);
    expect(readFileSync(join(asset, 'skill.json'), 'utf8')).toBe(
      readFileSync('skill-package/skill.json', 'utf8'),
    );
    // The models are compared by name only: another `npm run model` may rewrite them while this runs.
    expect(readdirSync(join(asset, 'interactionModels/custom')).sort()).toEqual(
      readdirSync('skill-package/interactionModels/custom').sort(),
    );
  });
});
