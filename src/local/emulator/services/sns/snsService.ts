import type { ServiceDescriptor } from '../ServiceDescriptor.js';
import { Publish } from './Publish.js';

export const snsService: ServiceDescriptor = {
  name: 'sns',
  signingName: 'sns',
  query: { version: '2010-03-31', xmlNamespace: 'http://sns.amazonaws.com/doc/2010-03-31/', listMembers: {} },
  faultCodes: { throttling: 'Throttling', internal: 'InternalError', unavailable: 'ServiceUnavailable' },
  operations: { Publish },
};
