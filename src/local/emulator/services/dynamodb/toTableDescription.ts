import type { WireValue } from '../../core/WireValue.js';
import type { TableRecord } from '../../state/RegionState.js';

export function toTableDescription(
  table: TableRecord,
  status: 'CREATING' | 'ACTIVE' | 'DELETING',
): WireValue {
  const size = [...table.items.values()].reduce((total, item) => total + JSON.stringify(item).length, 0);
  return {
    AttributeDefinitions: table.attributeDefinitions,
    TableName: table.name,
    KeySchema: table.keySchema,
    TableStatus: status,
    CreationDateTime: table.createdAt,
    ProvisionedThroughput: {
      ReadCapacityUnits: table.provisioned.read,
      WriteCapacityUnits: table.provisioned.write,
      NumberOfDecreasesToday: 0,
    },
    TableSizeBytes: size,
    ItemCount: table.items.size,
    TableArn: table.arn,
    TableId: table.tableId,
    BillingModeSummary: { BillingMode: table.billingMode },
    DeletionProtectionEnabled: false,
  };
}
