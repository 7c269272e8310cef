import type { ServiceDescriptor } from '../ServiceDescriptor.js';
import { GetAutomationExecution } from './GetAutomationExecution.js';
import { GetCommandInvocation } from './GetCommandInvocation.js';
import { GetParameter } from './GetParameter.js';
import { GetParameters } from './GetParameters.js';
import { ListCommandInvocations } from './ListCommandInvocations.js';
import { SendCommand } from './SendCommand.js';
import { StartAutomationExecution } from './StartAutomationExecution.js';

export const ssmService: ServiceDescriptor = {
  name: 'ssm',
  signingName: 'ssm',
  json: { version: '1.1', targetPrefix: 'AmazonSSM', queryCompatible: false },
  faultCodes: {
    throttling: 'ThrottlingException',
    internal: 'InternalServerError',
    unavailable: 'ServiceUnavailable',
  },
  operations: {
    GetParameter,
    GetParameters,
    SendCommand,
    GetCommandInvocation,
    ListCommandInvocations,
    StartAutomationExecution,
    GetAutomationExecution,
  },
};
