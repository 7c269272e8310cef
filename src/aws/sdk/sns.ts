// Only what the skill uses; see rds.ts for why the packages are not imported whole.
export { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
