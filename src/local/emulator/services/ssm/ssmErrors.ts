import { AwsError } from '../../core/AwsError.js';

/** SSM's JSON error codes; each is a modelled exception in @aws-sdk/client-ssm. */
export const ssmErrors = {
  parameterNotFound: (name: string) =>
    new AwsError({ code: 'ParameterNotFound', message: `Parameter ${name} not found.` }),
  parameterVersionNotFound: (name: string) =>
    new AwsError({
      code: 'ParameterVersionNotFound',
      message: `Systems Manager could not find version of ${name}.`,
    }),
  parameterAlreadyExists: () =>
    new AwsError({
      code: 'ParameterAlreadyExists',
      message:
        'The parameter already exists. To overwrite this request value, set the overwrite option in the request to true.',
    }),
  validation: (message: string) => new AwsError({ code: 'ValidationException', message }),
  invocationDoesNotExist: () => new AwsError({ code: 'InvocationDoesNotExist', message: '' }),
  invalidInstanceId: (ids: readonly string[]) =>
    new AwsError({
      code: 'InvalidInstanceId',
      message: `Instances [[${ids.join(', ')}]] not in a valid state for account.`,
    }),
  invalidDocument: (name: string) =>
    new AwsError({ code: 'InvalidDocument', message: `Document with name ${name} does not exist.` }),
  invalidParameters: (message: string) => new AwsError({ code: 'InvalidParameters', message }),
  invalidCommandId: () => new AwsError({ code: 'InvalidCommandId', message: '' }),
  invalidPluginName: () => new AwsError({ code: 'InvalidPluginName', message: '' }),
  automationDefinitionNotFound: (name: string) =>
    new AwsError({
      code: 'AutomationDefinitionNotFoundException',
      message: `Document with name ${name} does not exist.`,
    }),
  invalidAutomationParameters: (message: string) =>
    new AwsError({ code: 'InvalidAutomationExecutionParametersException', message }),
  idempotentParameterMismatch: () =>
    new AwsError({
      code: 'IdempotentParameterMismatch',
      message: 'The ClientToken was already used with different parameters.',
    }),
  automationExecutionNotFound: (id: string) =>
    new AwsError({
      code: 'AutomationExecutionNotFoundException',
      message: `Automation execution ${id} does not exist.`,
    }),
  invalidNextToken: () =>
    new AwsError({ code: 'InvalidNextToken', message: 'The specified token is not valid.' }),
} as const;
