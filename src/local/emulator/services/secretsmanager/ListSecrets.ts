import type { OperationContext } from '../../core/OperationContext.js';
import { paginate } from '../../core/paginate.js';
import { read } from '../../core/read.js';
import type { WireInput, WireValue } from '../../core/WireValue.js';
import type { SecretRecord } from '../../state/RegionState.js';
import { secretsErrors } from './secretsErrors.js';
import { versionsToStages } from './versionsToStages.js';

/** Filter values match as prefixes; a leading "!" negates, as in Secrets Manager. */
function matches(secret: SecretRecord, key: string, value: string): boolean {
  const negate = value.startsWith('!');
  const prefix = (negate ? value.slice(1) : value).toLowerCase();
  const test = (candidate: string | undefined): boolean => (candidate ?? '').toLowerCase().startsWith(prefix);
  let hit: boolean;
  switch (key) {
    case 'name':
      hit = test(secret.name);
      break;
    case 'description':
      hit = test(secret.description);
      break;
    case 'tag-key':
      hit = secret.tags.some((t) => test(t.Key));
      break;
    case 'tag-value':
      hit = secret.tags.some((t) => test(t.Value));
      break;
    case 'all':
      hit = [secret.name, secret.description, ...secret.tags.flatMap((t) => [t.Key, t.Value])].some(test);
      break;
    default:
      throw secretsErrors.invalidParameter(`Invalid filter key: ${key}`);
  }
  return negate ? !hit : hit;
}

export function ListSecrets(ctx: OperationContext, input: WireInput): WireValue {
  const pageSize = read.int(input, 'MaxResults') ?? 100;
  if (pageSize < 1 || pageSize > 100)
    throw secretsErrors.invalidParameter('MaxResults must be between 1 and 100.');
  const includeDeleted = read.bool(input, 'IncludePlannedDeletion') ?? false;
  const filters = read.objList(input, 'Filters');
  const descending = read.str(input, 'SortOrder') === 'desc';
  const secrets = [...ctx.regionState.secrets.values()]
    .filter((s) => includeDeleted || !s.deletedAt)
    .filter((s) =>
      filters.every((f) => read.strList(f, 'Values').some((v) => matches(s, read.str(f, 'Key') ?? '', v))),
    )
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.name.localeCompare(b.name));
  if (descending) secrets.reverse();
  const page = paginate(secrets, read.str(input, 'NextToken'), pageSize, secretsErrors.invalidNextToken);
  return {
    SecretList: page.items.map((s) => ({
      ARN: s.arn,
      Name: s.name,
      Description: s.description,
      KmsKeyId: s.kmsKeyId,
      RotationEnabled: s.rotation.enabled,
      RotationLambdaARN: s.rotation.lambdaArn,
      LastRotatedDate: s.rotation.lastRotated,
      LastChangedDate: s.lastChangedAt,
      LastAccessedDate: s.lastAccessedAt,
      DeletedDate: s.deletedAt,
      Tags: s.tags,
      SecretVersionsToStages: versionsToStages(s),
      CreatedDate: s.createdAt,
      PrimaryRegion: ctx.region,
    })),
    NextToken: page.next,
  };
}
