import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildInteractionModel } from '../../../src/build/model/buildInteractionModel.js';
import { skillEndpoint } from '../../../src/build/model/buildSkillManifest.js';
import { fleetNamesFromFile } from '../../../src/build/model/fleetNamesFromFile.js';
import { loadModelTemplate } from '../../../src/build/model/loadModelTemplate.js';
import { ModelError } from '../../../src/build/model/ModelError.js';
import { runModelCommand } from '../../../src/build/model/runModelCommand.js';
import { skillPackageFiles } from '../../../src/build/model/writeSkillPackage.js';
import { demoFleetPath } from '../../../src/local/emulator/fleet/demoFleetPath.js';
import { buildUtteranceMatcher } from '../../../src/local/simulator/buildUtteranceMatcher.js';
import { parseInvocation } from '../../../src/local/simulator/parseInvocation.js';
import { validateAgainstSmapiSpec } from './validateAgainstSmapiSpec.js';

const TAG_KEYS = { instance: 'instance', application: 'application', environment: 'environment' };
const root = new URL('../../../', import.meta.url);

function templateLocales(): string[] {
  return readdirSync(new URL('interaction-model/templates/', root))
    .filter((file) => file.endsWith('.yaml'))
    .map((file) => file.replace(/\.yaml$/, ''))
    .sort();
}

const locales = templateLocales();
const built = locales.map((locale) => {
  const template = loadModelTemplate(locale);
  return [
    locale,
    template,
    buildInteractionModel(template, fleetNamesFromFile(demoFleetPath, TAG_KEYS)),
  ] as const;
});
const generated = skillPackageFiles(built, undefined);
const committedBytes = (path: string) => readFileSync(new URL(`skill-package/${path}`, root));
const committed = (path: string) => committedBytes(path).toString('utf8');
const manifest = JSON.parse(committed('skill.json')) as {
  manifest: {
    publishingInformation: { locales: Record<string, { examplePhrases: string[] }> };
    apis: { custom: { endpoint?: { uri: string } } };
    permissions?: unknown;
  };
};

describe('Skill package: skill-package/ in the ASK CLI layout', () => {
  it.each([...generated.files.keys()])('%s is committed exactly as `npm run model` generates it', (path) => {
    // Assess: a hand edit, or a template change without `npm run model`, fails here.
    const same = committedBytes(path).equals(Buffer.from(generated.files.get(path)!));
    expect(same, 'run `npm run model` and commit skill-package/').toBe(true);
  });

  it('holds one interaction model per template locale, the two icons, and nothing else', () => {
    expect(readdirSync(new URL('skill-package/interactionModels/custom/', root)).sort()).toEqual(
      locales.map((locale) => `${locale}.json`),
    );
    expect(readdirSync(new URL('skill-package/', root)).sort()).toEqual([
      'assets',
      'interactionModels',
      'skill.json',
    ]);
    expect(readdirSync(new URL('skill-package/assets/images/', root)).sort()).toEqual([
      'largeIcon.png',
      'smallIcon.png',
    ]);
  });

  it('has the icons the Alexa app shows (108 and 512 pixels square PNGs), in every locale', () => {
    const size = (path: string) => {
      const png = committedBytes(path);
      expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
      return [png.readUInt32BE(16), png.readUInt32BE(20)];
    };
    expect(size('assets/images/smallIcon.png')).toEqual([108, 108]);
    expect(size('assets/images/largeIcon.png')).toEqual([512, 512]);
    const icons = JSON.parse(committed('skill.json')).manifest.publishingInformation.locales as Record<
      string,
      { smallIconUri: string; largeIconUri: string }
    >;
    for (const locale of locales)
      expect(icons[locale]).toMatchObject({
        smallIconUri: 'file://assets/images/smallIcon.png',
        largeIconUri: 'file://assets/images/largeIcon.png',
      });
  });

  it('has the Alexa app text of every template locale', () => {
    expect(generated.missingText).toEqual([]);
    expect(Object.keys(manifest.manifest.publishingInformation.locales).sort()).toEqual(locales);
  });

  it("is a manifest SMAPI accepts (ask-smapi-model's spec), asking for no permission", () => {
    expect(validateAgainstSmapiSpec(manifest, 'v1.skill.Manifest.SkillManifestEnvelope')).toEqual([]);
    expect(manifest.manifest.permissions).toBeUndefined();
  });

  it.each(
    built.flatMap(([locale, template, model]) =>
      (template.manifest?.examplePhrases ?? []).map((phrase) => [locale, phrase, model] as const),
    ),
  )('%s example phrase "%s" is understood by the model', (_locale, phrase, { model }) => {
    // Prepare
    const matcher = buildUtteranceMatcher(model);

    // Act
    const invocation = parseInvocation(phrase, model.interactionModel.languageModel.invocationName);

    // Assess: it opens the skill, or asks it something a sample of a real intent matches.
    expect(invocation.kind, 'names the skill as a person starts it').not.toBe('none');
    if (invocation.kind !== 'oneShot') return;
    const match = matcher.match(invocation.utterance);
    expect(match.intent.name).not.toBe('AMAZON.FallbackIntent');
    expect(match.sample).toBeDefined();
  });

  it('starts the first example phrase with the wake word, as the Alexa app requires', () => {
    for (const [locale, { examplePhrases }] of Object.entries(
      manifest.manifest.publishingInformation.locales,
    ))
      expect(examplePhrases[0], locale).toMatch(/^(Alexa, |アレクサ、)/);
  });

  it('names no endpoint until DBVOICE_SKILL_ENDPOINT (or the CDK app) gives the Lambda', () => {
    expect(manifest.manifest.apis.custom.endpoint).toBeUndefined();
    const arn = 'arn:aws:lambda:us-east-1:111122223333:function:DbVoice-Skill-SkillFunction1A2B3C-abc';
    expect(skillEndpoint(arn)).toBe(arn);
    expect(() => skillEndpoint('https://example.com/skill')).toThrow(ModelError);
    expect(() => skillEndpoint('DbVoice-Skill-SkillFunction')).toThrow(/DBVOICE_SKILL_ENDPOINT must be/);
  });

  it('is the package ask-resources.json deploys', () => {
    const resources = JSON.parse(readFileSync(new URL('ask-resources.json', root), 'utf8')) as {
      profiles: Record<string, { skillMetadata: { src: string } }>;
    };
    expect(resources.profiles.default?.skillMetadata.src).toBe('./skill-package');
  });
});

describe('npm run model: skill-package/', () => {
  const run = (argv: string[], env: Record<string, string>) => {
    const lines: string[] = [];
    const io = {
      env,
      cwd: process.cwd(),
      out: (line: string) => lines.push(line),
      err: (line: string) => lines.push(line),
    };
    return runModelCommand(argv, io).then((code) => ({ code, output: lines.join('\n') }));
  };

  it('writes the package beside the models, pointing at the Lambda DBVOICE_SKILL_ENDPOINT names', async () => {
    // Prepare
    const out = mkdtempSync(join(tmpdir(), 'dbvoice-package-'));
    const arn = 'arn:aws:lambda:us-west-2:111122223333:function:DbVoice-Skill-SkillFunction-abc123';

    // Act
    const result = await run(['--out', out], { DBVOICE_SKILL_ENDPOINT: arn });

    // Assess
    expect(result.code).toBe(0);
    const skill = JSON.parse(
      readFileSync(join(out, 'skill-package', 'skill.json'), 'utf8'),
    ) as typeof manifest;
    expect(skill.manifest.apis.custom.endpoint?.uri).toBe(arn);
    expect(readdirSync(join(out, 'skill-package', 'interactionModels', 'custom')).sort()).toEqual(
      locales.map((locale) => `${locale}.json`),
    );
  });

  it('refuses an endpoint that is not a Lambda ARN and writes nothing', async () => {
    // Prepare
    const out = join(mkdtempSync(join(tmpdir(), 'dbvoice-package-')), 'models');

    // Act
    const result = await run(['--out', out], { DBVOICE_SKILL_ENDPOINT: 'https://example.com/alexa' });

    // Assess
    expect(result.code).toBe(2);
    expect(result.output).toMatch(/DBVOICE_SKILL_ENDPOINT must be a Lambda function ARN/);
    expect(existsSync(out)).toBe(false);
  });

  it('leaves the package alone when only one locale is generated', async () => {
    const out = mkdtempSync(join(tmpdir(), 'dbvoice-package-'));
    const result = await run(['--locale', 'en-US', '--out', out], {});
    expect(result.code).toBe(0);
    expect(existsSync(join(out, 'skill-package'))).toBe(false);
  });
});
