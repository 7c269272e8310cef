import type { ServiceDescriptor } from '../ServiceDescriptor.js';
import { CreateSecret } from './CreateSecret.js';
import { DeleteResourcePolicy } from './DeleteResourcePolicy.js';
import { DeleteSecret } from './DeleteSecret.js';
import { DescribeSecret } from './DescribeSecret.js';
import { GetRandomPassword } from './GetRandomPassword.js';
import { GetResourcePolicy } from './GetResourcePolicy.js';
import { GetSecretValue } from './GetSecretValue.js';
import { ListSecrets } from './ListSecrets.js';
import { PutResourcePolicy } from './PutResourcePolicy.js';
import { PutSecretValue } from './PutSecretValue.js';
import { RestoreSecret } from './RestoreSecret.js';
import { RotateSecret } from './RotateSecret.js';
import { TagResource } from './TagResource.js';
import { UntagResource } from './UntagResource.js';
import { UpdateSecretVersionStage } from './UpdateSecretVersionStage.js';

export const secretsManagerService: ServiceDescriptor = {
  name: 'secretsmanager',
  signingName: 'secretsmanager',
  json: { version: '1.1', targetPrefix: 'secretsmanager', queryCompatible: false },
  faultCodes: {
    throttling: 'ThrottlingException',
    internal: 'InternalServiceError',
    unavailable: 'ServiceUnavailable',
  },
  operations: {
    CreateSecret,
    GetSecretValue,
    PutSecretValue,
    UpdateSecretVersionStage,
    DescribeSecret,
    DeleteSecret,
    RestoreSecret,
    TagResource,
    UntagResource,
    PutResourcePolicy,
    GetResourcePolicy,
    DeleteResourcePolicy,
    RotateSecret,
    ListSecrets,
    GetRandomPassword,
  },
};
