/**
 * What to call the KMS key of an encrypted instance: DescribeDBInstances gives KmsKeyId as an ARN. When that
 * ARN names an alias ("...:alias/hr-data") the alias is said; otherwise the key id, the ARN's last part.
 */
export function kmsKeyName(kmsKeyId: string | undefined): { alias?: string; keyId?: string } | undefined {
  if (!kmsKeyId) return undefined;
  const alias = /(?:^|:)alias\/(.+)$/.exec(kmsKeyId);
  if (alias?.[1]) return { alias: alias[1] };
  const keyId = kmsKeyId.split(/[:/]/).pop();
  return keyId ? { keyId } : undefined;
}
