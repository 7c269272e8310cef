import { DescribeDBInstancesCommand, RDSClient } from '@aws-sdk/client-rds';

/**
 * Cold-start reference: one DescribeDBInstances with a default RDS client and nothing else, not even
 * ask-sdk-core. What any SDK v3 Lambda pays for its first RDS answer.
 */
export async function handler(): Promise<{ version: string; response: { outputSpeech: object } }> {
  const { DBInstances = [] } = await new RDSClient({}).send(new DescribeDBInstancesCommand({}));
  return {
    version: '1.0',
    response: { outputSpeech: { type: 'PlainText', text: `${DBInstances.length} instances` } },
  };
}
