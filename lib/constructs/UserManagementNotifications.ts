import { Duration } from 'aws-cdk-lib';
import { EventField, Rule, RuleTargetInput } from 'aws-cdk-lib/aws-events';
import { SnsTopic } from 'aws-cdk-lib/aws-events-targets';
import { ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { Key } from 'aws-cdk-lib/aws-kms';
import type { Topic } from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
import { AutomationEndedNotice } from '../../src/contract/AutomationEndedNotice.js';
import { ResourceNames } from '../../src/contract/ResourceNames.js';

export interface UserManagementNotificationsProps {
  readonly topic: Topic;
  /** The topic's customer managed key: EventBridge must be able to encrypt what it publishes. */
  readonly topicKey: Key;
}

/** The end states of an Automation execution (EventBridge's "EC2 Automation Execution Status-change Notification"). */
const ENDED = ['Success', 'Failed', 'TimedOut', 'Cancelled', 'CompletedWithFailure'];

/**
 * E-mails the end of every DbVoice-UserManagement execution started in this Region to the notification
 * topic. The skill answers by voice when an execution ends within Alexa's time; otherwise it says "I'll
 * e-mail you" and mails what it started, and this rule mails the end. The event holds the execution id and
 * status, never the outputs, so no result (and never a password: the Lambda returns none) reaches the mail.
 */
export class UserManagementNotifications extends Construct {
  readonly rule: Rule;

  constructor(scope: Construct, id: string, props: UserManagementNotificationsProps) {
    super(scope, id);
    this.rule = new Rule(this, 'ExecutionEnded', {
      description: 'dbvoice: the end of a user-management Automation execution, to the notification topic',
      eventPattern: {
        source: ['aws.ssm'],
        detailType: ['EC2 Automation Execution Status-change Notification'],
        detail: { Definition: [ResourceNames.userManagementDocumentName], Status: ENDED },
      },
    });
    this.rule.addTarget(
      new SnsTopic(props.topic, {
        message: RuleTargetInput.fromText(
          AutomationEndedNotice.message(
            EventField.fromPath('$.detail.ExecutionId'),
            EventField.fromPath('$.detail.Status'),
          ),
        ),
        retryAttempts: 3,
        maxEventAge: Duration.hours(2),
      }),
    );
    // The topic is encrypted with a customer managed key: EventBridge publishes only if it may use the key.
    props.topicKey.grant(new ServicePrincipal('events.amazonaws.com'), 'kms:GenerateDataKey*', 'kms:Decrypt');
  }
}
