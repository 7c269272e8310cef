/** Variables every dbvoice Lambda gets from the shared function construct, read by Node.js itself. */
export const LambdaRuntimeEnvironment = {
  nodeOptions: 'NODE_OPTIONS',
} as const;
