import { cloudwatchService } from './cloudwatch/cloudwatchService.js';
import { dynamodbService } from './dynamodb/dynamodbService.js';
import { rdsService } from './rds/rdsService.js';
import type { ServiceDescriptor } from './ServiceDescriptor.js';
import { secretsManagerService } from './secretsmanager/secretsManagerService.js';
import { snsService } from './sns/snsService.js';
import { ssmService } from './ssm/ssmService.js';
import { stsService } from './sts/stsService.js';

/**
 * The dispatcher table. A request names its service by X-Amz-Target (JSON protocols) or by its SigV4
 * signing name / Version parameter (query protocol); the operation by the target suffix or Action.
 */
export const serviceTable: readonly ServiceDescriptor[] = [
  rdsService,
  cloudwatchService,
  ssmService,
  stsService,
  snsService,
  secretsManagerService,
  dynamodbService,
];
