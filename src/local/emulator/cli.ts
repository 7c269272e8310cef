/**
 * `npm run emulator -- [--fleet FILE] [--port N] [--host H]`: starts the AWS emulator alone and prints its
 * URL, so any SDK client or tool can be pointed at it (AWS_ENDPOINT_URL=<url>, any credentials). It runs
 * until SIGINT or SIGTERM.
 */
import { parseCommandLine } from './core/parseCommandLine.js';
import { portNumber } from './core/portNumber.js';
import { resolveUserPath } from './core/resolveUserPath.js';
import { runCommand } from './core/runCommand.js';
import { UsageError } from './core/UsageError.js';
import { createEmulator } from './createEmulator.js';

const USAGE = `Usage:
  npm run emulator -- [--fleet FILE] [--port N] [--host 127.0.0.1]

Options:
  --fleet FILE   YAML or JSON fleet file (default: the demo fleet, src/local/emulator/fleets/demo.yaml)
  --port N       port to listen on (default 4566; 0 picks a free one)
  --host H       interface to listen on (default 127.0.0.1; it accepts any credentials, keep it local)
  -h, --help     this text`;

async function main(): Promise<number> {
  const { values } = parseCommandLine({
    args: process.argv.slice(2),
    options: {
      fleet: { type: 'string' },
      port: { type: 'string', default: '4566' },
      host: { type: 'string', default: '127.0.0.1' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const port = portNumber(values.port, '--port');
  const emulator = await createEmulator({
    fleet: values.fleet === undefined ? undefined : resolveUserPath(values.fleet),
    port,
    host: values.host,
  }).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EADDRINUSE') throw error;
    throw new UsageError(`port ${port} is in use: choose another with --port N (0 picks a free one)`);
  });
  const summary = [...emulator.state.regions]
    .map(([region, state]) => `${region}: ${state.instances.size} instances`)
    .join(', ');
  process.stdout.write(`${emulator.url}\n`);
  process.stderr.write(
    [
      `AWS emulator listening on ${emulator.url} (${summary})`,
      `  export AWS_ENDPOINT_URL=${emulator.url} AWS_ACCESS_KEY_ID=x AWS_SECRET_ACCESS_KEY=x`,
      `  control plane: ${emulator.url}/_emulator`,
      '',
    ].join('\n'),
  );
  await new Promise((stop) => {
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await emulator.close();
  return 0;
}

runCommand(main, USAGE);
