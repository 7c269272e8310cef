import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startLocalStack } from '../console/startLocalStack.js';
import { defaultSkillId } from '../simulator/defaultSkillId.js';
import { markdownTable } from './markdownTable.js';
import { percentile } from './percentile.js';

function envelope(request: Record<string, unknown>): string {
  const application = { applicationId: defaultSkillId };
  const user = { userId: 'amzn1.ask.account.BENCH' };
  return JSON.stringify({
    version: '1.0',
    session: { new: true, sessionId: 'bench', application, user, attributes: {} },
    context: {
      System: {
        application,
        user,
        device: { deviceId: 'bench', supportedInterfaces: {} },
        apiEndpoint: 'http://127.0.0.1:9',
        apiAccessToken: 'x',
      },
    },
    request: { requestId: 'bench', timestamp: new Date().toISOString(), locale: 'en-US', ...request },
  });
}

/**
 * Wall time of one fresh `node` process, in ms. Asynchronous on purpose: the emulator the child talks to
 * runs in this process, and a synchronous spawn would block it until the child's calls time out.
 */
function timeNode(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      const elapsed = performance.now() - started;
      if (code === 0) resolve(elapsed);
      else reject(new Error(`node ${args.join(' ')} exited ${code}: ${stderr}`));
    });
  });
}

/**
 * Cold start of the bundled skill as Lambda pays it (module load + first request, in a fresh process)
 * against bare `node -e ""`. Targets: Launch/Help at most 1.3x bare node (no SDK client loaded), an RDS
 * intent at most 2.5x.
 */
export async function measureColdStart(
  bundleDir: string,
  samples: number,
): Promise<{ table: string; ok: boolean }> {
  const stack = await startLocalStack({ bundleDir });
  try {
    const entry = pathToFileURL(join(bundleDir, 'index.js')).href;
    const env = { ...stack.env, NODE_NO_WARNINGS: '1' };
    const script = `const m = await import(${JSON.stringify(entry)}); const r = await m.handler(JSON.parse(process.env.DBVOICE_EVENT)); if (!r.response) process.exit(3);`;
    const cases = [
      { label: 'bare node -e ""', args: ['-e', ''], event: undefined, target: undefined },
      {
        label: 'Launch',
        args: ['--input-type=module', '-e', script],
        event: envelope({ type: 'LaunchRequest' }),
        target: 1.3,
      },
      {
        label: 'Help',
        args: ['--input-type=module', '-e', script],
        event: envelope({
          type: 'IntentRequest',
          dialogState: 'COMPLETED',
          intent: { name: 'AMAZON.HelpIntent', confirmationStatus: 'NONE', slots: {} },
        }),
        target: 1.3,
      },
      {
        label: 'NumberOfInstances (RDS)',
        args: ['--input-type=module', '-e', script],
        event: envelope({
          type: 'IntentRequest',
          dialogState: 'COMPLETED',
          intent: {
            name: 'NumberOfInstances',
            confirmationStatus: 'NONE',
            slots: { region: { name: 'region', value: 'oregon', confirmationStatus: 'NONE' } },
          },
        }),
        target: 2.5,
      },
    ];
    const medians = new Map<string, number>();
    const rows: (string | number)[][] = [];
    let ok = true;
    for (const c of cases) {
      const times: number[] = [];
      for (let i = 0; i < samples; i++)
        times.push(await timeNode(c.args, c.event ? { ...env, DBVOICE_EVENT: c.event } : env));
      const median = percentile(times, 50);
      medians.set(c.label, median);
      const ratio = median / (medians.get('bare node -e ""') ?? median);
      const met = c.target === undefined || ratio <= c.target;
      ok &&= met;
      rows.push([
        c.label,
        Math.round(median),
        Math.round(percentile(times, 95)),
        ratio.toFixed(2),
        c.target ? `<= ${c.target}` : '',
        met ? 'yes' : 'NO',
      ]);
    }
    return {
      table: markdownTable(['process', 'median ms', 'p95 ms', 'x bare node', 'target', 'met'], rows),
      ok,
    };
  } finally {
    await stack.close();
  }
}
