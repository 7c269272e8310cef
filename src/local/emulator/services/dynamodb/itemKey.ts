import type { AttributeValue, TableRecord } from '../../state/RegionState.js';
import { dynamodbErrors } from './dynamodbErrors.js';

/**
 * The storage key of an item: its key attributes, checked against the table's schema (right names, right
 * types). `exact` also refuses extra attributes, as a GetItem/DeleteItem Key must hold only the key.
 */
export function itemKey(
  table: TableRecord,
  attributes: Readonly<Record<string, AttributeValue>>,
  exact: boolean,
): string {
  const parts: unknown[] = [];
  for (const element of table.keySchema) {
    const value = attributes[element.AttributeName];
    const type = table.attributeDefinitions.find(
      (d) => d.AttributeName === element.AttributeName,
    )?.AttributeType;
    if (!value || type === undefined || !(type in value)) {
      throw dynamodbErrors.validation(
        exact
          ? 'The provided key element does not match the schema'
          : `One or more parameter values were invalid: Missing the key ${element.AttributeName} in the item`,
      );
    }
    parts.push(value[type]);
  }
  if (exact && Object.keys(attributes).length !== table.keySchema.length) {
    throw dynamodbErrors.validation('The provided key element does not match the schema');
  }
  return JSON.stringify(parts);
}
