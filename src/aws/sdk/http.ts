// Only the HTTP/1.1 handler: importing the package whole would also load node:http2 at every cold start.
export { NodeHttpHandler } from '@smithy/node-http-handler';
