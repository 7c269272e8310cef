// Only what the skill uses; see rds.ts for why the packages are not imported whole.
export { DeleteItemCommand, DynamoDBClient, GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
