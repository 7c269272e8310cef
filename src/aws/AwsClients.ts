import type { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { RDSClient } from '@aws-sdk/client-rds';
import type { SNSClient } from '@aws-sdk/client-sns';
import type { SSMClient } from '@aws-sdk/client-ssm';
import type { STSClient } from '@aws-sdk/client-sts';

/**
 * The AWS clients the skill uses, one per service and Region. Async because each SDK package is loaded
 * only when an intent first needs it: Launch and Help never pay for the RDS client's module load.
 */
export interface AwsClients {
  /**
   * `idempotent: false` is for calls that change something and must never be sent twice (RebootDBInstance,
   * FailoverDBCluster): a client with one attempt, whose caller checks what happened after an unknown outcome.
   */
  rds(region: string, options?: ClientOptions): Promise<RDSClient>;
  cloudWatch(region: string): Promise<CloudWatchClient>;
  ssm(region: string): Promise<SSMClient>;
  sns(region: string): Promise<SNSClient>;
  dynamoDb(region: string): Promise<DynamoDBClient>;
  /** STS with explicit credentials (the MFA user's long-term keys), never cached across key changes. */
  sts(region: string, credentials?: StaticCredentials): Promise<STSClient>;
}

export interface ClientOptions {
  /** Default true: the SDK may retry. False: exactly one attempt, never a retry behind the caller's back. */
  readonly idempotent?: boolean;
}

export interface StaticCredentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
}
