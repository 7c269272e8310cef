// Only what the skill uses; see rds.ts for why the packages are not imported whole.
export { GetSessionTokenCommand, STSClient } from '@aws-sdk/client-sts';
