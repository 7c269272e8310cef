import { runModelCommand } from './runModelCommand.js';

/** Entry of `npm run model` (see runModelCommand). */
process.exitCode = await runModelCommand(process.argv.slice(2), {
  env: process.env,
  cwd: process.env.INIT_CWD ?? process.cwd(),
  out: (line) => console.log(line),
  err: (line) => console.error(line),
});
