import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { synthApp } from './fixtures/synthApp.js';

interface ManifestEntry {
  readonly type: string;
  readonly data: unknown;
}

/**
 * bin/app.ts exactly as `npx cdk synth` runs it, with cdk.json's context, no dbvoice context, no AWS account
 * or credentials: the offline synth a new clone must be able to do, over the real Lambda bundles.
 */
describe('App: bin/app.ts', () => {
  const outdir = mkdtempSync(join(tmpdir(), 'dbvoice-cdk-'));
  let result: Awaited<ReturnType<typeof synthApp>>;

  beforeAll(async () => {
    result = await synthApp(outdir);
  }, 180_000);

  afterAll(() => rmSync(outdir, { recursive: true, force: true }));

  it('synthesizes every stack', () => {
    expect(result.stderr).not.toMatch(/Error:/);
    expect(result.status).toBe(0);
    expect(
      readdirSync(outdir)
        .filter((file) => file.endsWith('.template.json'))
        .sort(),
    ).toEqual([
      'DbVoice-Bastion-us-east-1.template.json',
      'DbVoice-Network-us-east-1.template.json',
      'DbVoice-Skill.template.json',
      'DbVoice-Tooling.template.json',
      'DbVoice-UserManagement-us-east-1.template.json',
    ]);
  });

  it('deploys the code-split skill bundle that npm run build wrote and the tests ran', () => {
    const template = JSON.parse(readFileSync(join(outdir, 'DbVoice-Skill.template.json'), 'utf8')) as {
      Resources: Record<string, { Type: string; Properties: { Code?: { S3Key?: string } } }>;
    };
    const keys = Object.values(template.Resources)
      .filter((resource) => resource.Type === 'AWS::Lambda::Function')
      .map((resource) => resource.Properties.Code?.S3Key ?? '');
    expect(keys).toHaveLength(1);
    const asset = join(outdir, `asset.${String(keys[0]).replace(/\.zip$/, '')}`);
    expect(readFileSync(join(asset, 'index.js'), 'utf8')).toBe(readFileSync('dist/skill/index.js', 'utf8'));
    expect(readdirSync(join(asset, 'chunks')).some((file) => file.startsWith('rds-'))).toBe(true);
  });

  it('leaves no cdk-nag finding unacknowledged', () => {
    const report = JSON.parse(readFileSync(join(outdir, 'validation-report.json'), 'utf8')) as {
      pluginReports: { pluginName: string; conclusion?: string; violations?: unknown[] }[];
    };
    const violations = report.pluginReports.flatMap((plugin) => plugin.violations ?? []);
    expect(violations).toEqual([]);
  });

  it('reports no synth error (beyond a missing Automation document while lib/documents is empty)', () => {
    // Each stack's annotations are in <stack>.metadata.json, keyed by construct path.
    const errors = readdirSync(outdir)
      .filter((file) => file.endsWith('.metadata.json'))
      .flatMap((file) => {
        const metadata = JSON.parse(readFileSync(join(outdir, file), 'utf8')) as Record<
          string,
          ManifestEntry[]
        >;
        return Object.values(metadata).flat();
      })
      .filter((entry) => entry.type === 'aws:cdk:error')
      .map((entry) => String(entry.data));
    const documents = existsSync('lib/documents') ? readdirSync('lib/documents') : [];
    const expected = documents.some((file) => /\.(ya?ml|json)$/.test(file))
      ? []
      : [expect.stringMatching(/No Automation document/)];
    expect(errors).toEqual(expected);
  });
});
