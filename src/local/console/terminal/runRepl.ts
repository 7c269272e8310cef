import { createInterface } from 'node:readline';
import type { ConsoleSession } from '../ConsoleSession.js';
import { currentMfaCode } from '../currentMfaCode.js';
import type { LocalStack } from '../startLocalStack.js';
import type { Style } from './createStyle.js';
import { formatCalls } from './formatCalls.js';
import { formatTurn, type TurnDisplay } from './formatTurn.js';
import { Spinner } from './Spinner.js';

type Input = NodeJS.ReadableStream & { isTTY?: boolean };
type Output = NodeJS.WritableStream & { isTTY?: boolean };

export interface ReplOptions {
  readonly stack: LocalStack;
  readonly input: Input;
  readonly output: Output;
  readonly style: Style;
  readonly display: TurnDisplay;
}

const PROMPT = 'Alexa> ';

const HELP = `Say anything you would say to an Echo: "open database fleet", "ask database fleet how many instances",
or just "how many instances in Oregon" (a one-shot request opens a session). Commands:
  .json       show or hide the request and response JSON of every turn
  .request    show or hide the request JSON only
  .response   show or hide the response JSON only
  .calls      the emulator's call log for the last turn (.calls on / off: after every turn)
  .mfa        the MFA code the fleet's device shows now (for reboot and failover)
  .new        end this session (SessionEndedRequest) and start a fresh one
  .reset      emulator back to the fleet file, cold skill, new session
  .help       this text
  .quit       leave (Ctrl-D works too)`;

/**
 * The interactive console. On a terminal: a prompt, history, a spinner while the skill works. In a pipe or a CI
 * job: no prompt or spinner, every input line echoed after "Alexa> " so the log reads as a transcript, and the
 * end of input ends the console once the pending turns are answered.
 */
export function runRepl(options: ReplOptions): Promise<void> {
  const { stack, input, output, style } = options;
  const tty = input.isTTY === true && output.isTTY === true;
  let display: TurnDisplay = { ...options.display };
  let session: ConsoleSession = stack.newSession();
  const spinner = new Spinner(output);
  const rl = createInterface({ input, output, terminal: tty, prompt: PROMPT, historySize: 500 });
  const print = (text: string) => output.write(`${text}\n`);

  const toggle = (key: keyof TurnDisplay, value?: boolean) => {
    const next = value ?? !display[key];
    display = { ...display, [key]: next };
    return next ? 'on' : 'off';
  };

  const command = async (line: string): Promise<boolean> => {
    const [name, argument] = line.split(/\s+/, 2);
    switch (name) {
      case '.help':
        print(HELP);
        return true;
      case '.json': {
        const on = !(display.request && display.response);
        toggle('request', on);
        print(style.dim(`Request and response JSON: ${toggle('response', on)}`));
        return true;
      }
      case '.request':
        print(style.dim(`Request JSON: ${toggle('request')}`));
        return true;
      case '.response':
        print(style.dim(`Response JSON: ${toggle('response')}`));
        return true;
      case '.calls':
        if (argument === 'on' || argument === 'off') {
          print(style.dim(`Call log after every turn: ${toggle('calls', argument === 'on')}`));
        } else if (session.lastTurn) print(formatCalls(session.lastTurn.calls, style));
        else print(style.dim('No turn yet.'));
        return true;
      case '.mfa': {
        const mfa = currentMfaCode(stack.emulator.state);
        print(
          mfa
            ? `MFA code for ${mfa.serial}: ${style.bold(mfa.code)} (say "${mfa.spoken}"), valid ${mfa.validForSeconds} s more`
            : style.yellow('This fleet has no MFA device (mfaDevices in the fleet file).'),
        );
        return true;
      }
      case '.new':
        if (session.alexa.isOpen) await session.end();
        session = stack.newSession();
        print(style.dim('New session.'));
        return true;
      case '.reset':
        spinner.start();
        try {
          await stack.reset();
        } finally {
          spinner.stop();
        }
        session = stack.newSession();
        print(style.dim('Emulator reset to the fleet file; the skill starts cold; new session.'));
        return true;
      case '.quit':
      case '.exit':
        rl.close();
        return true;
      default:
        print(style.yellow(`Unknown command ${name}. Type .help for the list.`));
        return true;
    }
  };

  const handle = async (raw: string): Promise<void> => {
    const line = raw.trim();
    if (!tty && line !== '') print(`${PROMPT}${line}`);
    if (line === '') return;
    if (line.startsWith('.')) {
      await command(line);
      return;
    }
    spinner.start();
    try {
      const turn = await session.say(line);
      spinner.stop();
      print(formatTurn(turn, display, style));
    } finally {
      spinner.stop();
    }
  };

  return new Promise<void>((resolve) => {
    let queue = Promise.resolve();
    let closed = false;
    rl.on('line', (line) => {
      // Lines typed or piped while a turn runs wait their turn: a conversation is strictly sequential.
      queue = queue
        .then(() => handle(line))
        .catch((error: unknown) => print(style.red(`Console error: ${(error as Error).message}`)))
        .then(() => {
          if (tty && !closed) rl.prompt();
        });
    });
    // Ctrl-C at the prompt leaves, like Ctrl-D (readline would otherwise only pause the input).
    rl.on('SIGINT', () => rl.close());
    rl.on('close', () => {
      closed = true;
      void queue.then(() => {
        if (tty) print('');
        resolve();
      });
    });
    if (tty) rl.prompt();
  });
}
