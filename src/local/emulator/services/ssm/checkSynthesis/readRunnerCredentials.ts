import { AwsError } from '../../../core/AwsError.js';
import type { OperationContext } from '../../../core/OperationContext.js';
import { findSecret } from '../../secretsmanager/findSecret.js';
import { lookupParameter } from '../lookupParameter.js';
import type { RunCheckRequest } from './RunCheckRequest.js';

export type RunnerCredentials =
  | { readonly ok: true; readonly user: string }
  | { readonly ok: false; readonly message: string };

const RE_USER = /^[A-Za-z_][A-Za-z0-9_.@-]{0,62}$/;

/** What the AWS CLI prints for a failed call, which the runner quotes. */
const cliFailure = (error: unknown, operation: string): string =>
  error instanceof AwsError
    ? `An error occurred (${error.code}) when calling the ${operation} operation: ${error.message}`
    : String(error);

function parameterValue(ctx: OperationContext, name: string): string | undefined {
  try {
    return lookupParameter(ctx, name).value;
  } catch (error) {
    if (error instanceof AwsError && error.code === 'ParameterNotFound') return undefined;
    throw error;
  }
}

/**
 * run-check's read_password against the emulated Parameter Store and Secrets Manager of the check's Region:
 * <prefix>/<instance>/dbpassword, else the secret named in <prefix>/<instance>/secret-name (whose username
 * replaces --user). Nothing is checked against the "database": only whether the runner would find a password.
 */
export function readRunnerCredentials(ctx: OperationContext, request: RunCheckRequest): RunnerCredentials {
  const passwordName = `${request.prefix}/${request.instance}/dbpassword`;
  const secretParameter = `${request.prefix}/${request.instance}/secret-name`;
  if (parameterValue(ctx, passwordName) !== undefined) return { ok: true, user: request.user };
  const secretName = parameterValue(ctx, secretParameter);
  if (!secretName) {
    return { ok: false, message: `neither ${passwordName} nor ${secretParameter} exists in Parameter Store` };
  }
  let secret: string | undefined;
  try {
    const record = findSecret(ctx, secretName);
    secret = [...record.versions.values()].find((v) => v.stages.has('AWSCURRENT'))?.secretString;
  } catch (error) {
    return { ok: false, message: `cannot read secret ${secretName}: ${cliFailure(error, 'GetSecretValue')}` };
  }
  let password = secret ?? '';
  let user = request.user;
  if (password.startsWith('{')) {
    let parsed: { password?: unknown; username?: unknown } = {};
    try {
      parsed = JSON.parse(password) as typeof parsed;
    } catch {
      // jq fails on a broken secret, and the runner reads that as "no password".
    }
    password = parsed.password === undefined || parsed.password === null ? '' : String(parsed.password);
    const username = parsed.username === undefined || parsed.username === null ? '' : String(parsed.username);
    if (username !== '') {
      if (!RE_USER.test(username)) {
        return { ok: false, message: `secret ${secretName} has an unusable user name` };
      }
      user = username;
    }
  }
  if (password === '') return { ok: false, message: `secret ${secretName} holds no password` };
  return { ok: true, user };
}
