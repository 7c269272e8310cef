/**
 * `npm run emulator -- [--fleet FILE] [--port N] [--host H]`: starts the AWS emulator alone and prints its
 * URL, so any SDK client or tool can be pointed at it (AWS_ENDPOINT_URL=<url>, any credentials).
 */
import { parseArgs } from 'node:util';
import { createEmulator } from './createEmulator.js';
import { FleetError } from './fleet/FleetError.js';

const USAGE = `usage: emulator [--fleet FILE] [--port N] [--host 127.0.0.1]
  --fleet FILE   YAML or JSON fleet file (default: the demo fleet, src/local/emulator/fleets/demo.yaml)
  --port N       port to listen on (default 4566; 0 picks a free one)
  --host H       interface to listen on (default 127.0.0.1; it accepts any credentials, keep it local)`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      fleet: { type: 'string' },
      port: { type: 'string', default: '4566' },
      host: { type: 'string', default: '127.0.0.1' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new Error(`--port must be 0-65535, not ${values.port}`);
  const emulator = await createEmulator({ fleet: values.fleet, port, host: values.host });
  const summary = [...emulator.state.regions]
    .map(([region, state]) => `${region}: ${state.instances.size} instances`)
    .join(', ');
  console.log(emulator.url);
  console.error(`AWS emulator listening on ${emulator.url} (${summary})`);
  console.error(`  export AWS_ENDPOINT_URL=${emulator.url} AWS_ACCESS_KEY_ID=x AWS_SECRET_ACCESS_KEY=x`);
  console.error(`  control plane: ${emulator.url}/_emulator`);
  const stop = (): void => {
    emulator.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof FleetError ? error.message : error);
  if (!(error instanceof FleetError)) console.error(USAGE);
  process.exit(1);
});
