import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Topic } from 'aws-cdk-lib/aws-sns';
import type { Construct } from 'constructs';
import { LambdaBundleDirectories } from '../src/contract/LambdaBundleDirectories.js';
import type { DbVoiceContext } from './config/DbVoiceContext.js';
import type { DbVoiceFunction } from './constructs/DbVoiceFunction.js';
import { SkillBackend } from './constructs/SkillBackend.js';

export { SKILL_REQUEST_BUDGET_MS, SKILL_TIMEOUT_SECONDS } from './constructs/SkillBackend.js';

/** The bundle `npm run build` writes for this Lambda, relative to the project root (where cdk.json is). */
export const SKILL_BUNDLE: string = LambdaBundleDirectories.skill;

/** `npm run model`'s skill package, relative to the project root; deployed only with dbvoice:createSkill. */
export const SKILL_PACKAGE = 'skill-package';

export interface SkillStackProps extends StackProps {
  readonly settings: DbVoiceContext;
  readonly logRetention: RetentionDays;
  /** Override for tests; defaults to SKILL_BUNDLE. */
  readonly bundleDir?: string;
  /** Override for tests; defaults to SKILL_PACKAGE. */
  readonly packageDir?: string;
}

/** The home Region's stack: the skill backend and the outputs an operator pastes into the Alexa console. */
export class SkillStack extends Stack {
  readonly backend: SkillBackend;

  constructor(scope: Construct, id: string, props: SkillStackProps) {
    super(scope, id, props);
    // 'Default' keeps the resources' logical ids as they were before the construct existed, so an update
    // neither replaces the named topic nor orphans the retained state table.
    this.backend = new SkillBackend(this, 'Default', {
      settings: props.settings,
      logRetention: props.logRetention,
      bundleDir: props.bundleDir ?? SKILL_BUNDLE,
      packageDir: props.packageDir ?? SKILL_PACKAGE,
    });
    new CfnOutput(this, 'SkillFunctionArn', {
      value: this.skill.function.functionArn,
      description:
        'Paste into the Alexa developer console: Build > Endpoint > AWS Lambda ARN > Default Region',
    });
    if (this.backend.alexaSkill) {
      new CfnOutput(this, 'SkillId', {
        value: this.backend.alexaSkill.skillId,
        description: 'The Alexa skill this stack created (dbvoice:createSkill); enable it in the Alexa app',
      });
    }
    new CfnOutput(this, 'SkillLogGroupName', { value: this.skill.logGroup.logGroupName });
    new CfnOutput(this, 'TopicArn', { value: this.topic.topicArn });
    new CfnOutput(this, 'StateTableName', { value: this.table.tableName });
  }

  get skill(): DbVoiceFunction {
    return this.backend.skill;
  }

  get topic(): Topic {
    return this.backend.topic;
  }

  get table(): TableV2 {
    return this.backend.table;
  }
}
