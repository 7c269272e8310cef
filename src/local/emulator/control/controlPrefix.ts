/** Where the control plane lives; no AWS API path starts with it. */
export const CONTROL_PREFIX = '/_emulator';
