import { AwsError } from '../../core/AwsError.js';

export const secretsErrors = {
  notFound: (message = "Secrets Manager can't find the specified secret.") =>
    new AwsError({ code: 'ResourceNotFoundException', message }),
  exists: (message: string) => new AwsError({ code: 'ResourceExistsException', message }),
  invalidRequest: (message: string) => new AwsError({ code: 'InvalidRequestException', message }),
  invalidParameter: (message: string) => new AwsError({ code: 'InvalidParameterException', message }),
  malformedPolicy: (message: string) => new AwsError({ code: 'MalformedPolicyDocumentException', message }),
  publicPolicy: () =>
    new AwsError({ code: 'PublicPolicyException', message: 'The resource policy grants public access.' }),
  invalidNextToken: () =>
    new AwsError({ code: 'InvalidNextTokenException', message: 'The NextToken value is invalid.' }),
  markedForDeletion: () =>
    new AwsError({
      code: 'InvalidRequestException',
      message: "You can't perform this operation on the secret because it was marked for deletion.",
    }),
} as const;
