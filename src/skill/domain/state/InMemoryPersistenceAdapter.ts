import type { PersistenceAdapter } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import { stateKey } from './stateKey.js';

/**
 * Keeps state in the container's memory, for unit tests and local tools without a table. Stored as JSON so
 * a caller mutating what it read never changes what is stored, just like the DynamoDB adapter.
 */
export class InMemoryPersistenceAdapter implements PersistenceAdapter {
  private readonly items = new Map<string, string>();

  async getAttributes(envelope: RequestEnvelope): Promise<Record<string, unknown>> {
    const item = this.items.get(stateKey(envelope));
    return item ? (JSON.parse(item) as Record<string, unknown>) : {};
  }

  async saveAttributes(envelope: RequestEnvelope, attributes: Record<string, unknown>): Promise<void> {
    this.items.set(stateKey(envelope), JSON.stringify(attributes));
  }

  async deleteAttributes(envelope: RequestEnvelope): Promise<void> {
    this.items.delete(stateKey(envelope));
  }
}
