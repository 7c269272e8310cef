import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => {
      server.off('listening', onListening);
      reject(error);
    };
    const onListening = () => {
      server.off('error', onError);
      resolve();
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
}

/**
 * Listens on `port`, or on a free port when that one is taken (a second console, another tool on 4321), so
 * `npm start` never fails for a busy port. Returns the port actually used.
 */
export async function listenWithFallback(server: Server, port: number, host: string): Promise<number> {
  try {
    await listen(server, port, host);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE' || port === 0) throw error;
    await listen(server, 0, host);
  }
  return (server.address() as AddressInfo).port;
}
