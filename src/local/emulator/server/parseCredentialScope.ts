export interface CredentialScope {
  readonly accessKeyId: string;
  readonly region: string;
  readonly signingName: string;
}

const SCOPE = /Credential=([^/,\s]+)\/\d{8}\/([^/]+)\/([^/]+)\/aws4_request/;

/**
 * The SigV4 credential scope from the Authorization header (or a presigned URL's X-Amz-Credential). The
 * signature itself is not checked: any credentials are accepted.
 */
export function parseCredentialScope(
  authorization: string | undefined,
  url: URL,
): CredentialScope | undefined {
  const presigned = url.searchParams.get('X-Amz-Credential');
  const source = authorization ?? (presigned ? `Credential=${presigned}` : undefined);
  const match = source ? SCOPE.exec(source) : null;
  if (!match) return undefined;
  return { accessKeyId: match[1]!, region: match[2]!, signingName: match[3]! };
}
