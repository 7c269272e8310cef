import type { ServiceDescriptor } from '../ServiceDescriptor.js';
import { CreateTable } from './CreateTable.js';
import { DeleteItem } from './DeleteItem.js';
import { DeleteTable } from './DeleteTable.js';
import { DescribeTable } from './DescribeTable.js';
import { GetItem } from './GetItem.js';
import { ListTables } from './ListTables.js';
import { PutItem } from './PutItem.js';
import { UpdateItem } from './UpdateItem.js';

export const dynamodbService: ServiceDescriptor = {
  name: 'dynamodb',
  signingName: 'dynamodb',
  json: { version: '1.0', targetPrefix: 'DynamoDB_20120810', queryCompatible: false },
  faultCodes: {
    throttling: 'ThrottlingException',
    internal: 'InternalServerError',
    unavailable: 'ServiceUnavailable',
  },
  operations: {
    CreateTable,
    DescribeTable,
    DeleteTable,
    ListTables,
    GetItem,
    PutItem,
    DeleteItem,
    UpdateItem,
  },
};
