/**
 * The skill's DynamoDB state table as the stack creates it and the skill writes it: one string key, and the
 * epoch-seconds attribute DynamoDB's TTL deletes expired items by (used codes, lockout windows and pending
 * confirmations carry it; a missed TTL sweep is harmless because the skill also checks the time itself).
 */
export const StateTableSchema = { partitionKey: 'id', timeToLiveAttribute: 'expiresAt' } as const;
