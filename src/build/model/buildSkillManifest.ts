import type { v1 } from 'ask-smapi-model';
import { ModelError } from './ModelError.js';
import type { SkillManifestText } from './SkillManifestText.js';

export type SkillManifestEnvelope = v1.skill.Manifest.SkillManifestEnvelope;

const LAMBDA_ARN =
  /^arn:aws[a-z-]*:lambda:[a-z]{2}(-[a-z]+)+-\d:\d{12}:function:[A-Za-z0-9_-]{1,64}(:[A-Za-z0-9_$-]+)?$/;

/**
 * The Lambda ARN the manifest points at: DBVOICE_SKILL_ENDPOINT when set (checked), else none. The committed
 * skill.json names no endpoint: Alexa checks that it may invoke one when the skill is saved, which no
 * placeholder passes. The CDK app adds the skill Lambda (CfnSkill overrides); the ASK CLI path creates the
 * skill first, then regenerates with the stack's SkillFunctionArn output (lib/README.md, step 5c).
 */
export function skillEndpoint(value: string | undefined): string | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const arn = value.trim();
  if (!LAMBDA_ARN.test(arn))
    throw new ModelError(`DBVOICE_SKILL_ENDPOINT must be a Lambda function ARN, got "${arn}"`);
  return arn;
}

/** The icons in the package (skillIcon draws them), as skill.json refers to them. */
export const SKILL_ICONS = {
  small: 'assets/images/smallIcon.png',
  large: 'assets/images/largeIcon.png',
} as const;

const TESTING_INSTRUCTIONS =
  'dbvoice answers questions about the RDS and Aurora instances of the AWS account it is deployed in ' +
  '(a team-internal skill, distributed to the team as a beta test). Try "how many instances in Oregon" or ' +
  '"is anything wrong". Reboots and failovers need a code from the team\'s MFA device.';

/**
 * skill-package/skill.json: the template locales' texts plus what is the same everywhere. A team-internal
 * skill: no purchases, no ads, no personal information asked for, no permissions, a Lambda endpoint.
 * Deterministic (locales sorted), so the committed file can be compared with a fresh build.
 */
export function buildSkillManifest(
  texts: Readonly<Record<string, SkillManifestText>>,
  endpoint: string | undefined,
): SkillManifestEnvelope {
  const locales = Object.keys(texts).sort();
  const publishing: Record<string, v1.skill.Manifest.SkillManifestLocalizedPublishingInformation> = {};
  for (const locale of locales) {
    const text = texts[locale]!;
    publishing[locale] = {
      name: text.name,
      summary: text.summary,
      smallIconUri: `file://${SKILL_ICONS.small}`,
      largeIconUri: `file://${SKILL_ICONS.large}`,
      description: text.description,
      examplePhrases: [...text.examplePhrases],
      keywords: [...text.keywords],
    };
  }
  return {
    manifest: {
      manifestVersion: '1.0',
      publishingInformation: {
        locales: publishing,
        isAvailableWorldwide: true,
        category: 'BUSINESS_AND_FINANCE',
        testingInstructions: TESTING_INSTRUCTIONS,
      },
      privacyAndCompliance: {
        allowsPurchases: false,
        usesPersonalInfo: false,
        isChildDirected: false,
        isExportCompliant: true,
        containsAds: false,
        usesHealthInfo: false,
      },
      apis: {
        custom: {
          ...(endpoint ? { endpoint: { uri: endpoint } } : {}),
          // Screens get the APL answer (src/skill/screens); without this Alexa never says a device has one.
          interfaces: [{ type: 'ALEXA_PRESENTATION_APL' }],
        },
      },
    },
  };
}
