import type { ServiceDescriptor } from '../ServiceDescriptor.js';
import { GetSessionToken } from './GetSessionToken.js';

export const stsService: ServiceDescriptor = {
  name: 'sts',
  signingName: 'sts',
  query: {
    version: '2011-06-15',
    xmlNamespace: 'https://sts.amazonaws.com/doc/2011-06-15/',
    listMembers: {},
  },
  faultCodes: { throttling: 'Throttling', internal: 'InternalFailure', unavailable: 'ServiceUnavailable' },
  operations: { GetSessionToken },
};
