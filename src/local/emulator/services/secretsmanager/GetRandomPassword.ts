import type { OperationContext } from '../../core/OperationContext.js';
import { read } from '../../core/read.js';
import type { WireInput, WireValue } from '../../core/WireValue.js';
import { randomPassword } from './randomPassword.js';
import { secretsErrors } from './secretsErrors.js';

export function GetRandomPassword(_ctx: OperationContext, input: WireInput): WireValue {
  const length = read.int(input, 'PasswordLength') ?? 32;
  if (length < 1 || length > 4096)
    throw secretsErrors.invalidParameter('PasswordLength must be between 1 and 4096.');
  const password = randomPassword({
    length,
    exclude: read.str(input, 'ExcludeCharacters') ?? '',
    numbers: !(read.bool(input, 'ExcludeNumbers') ?? false),
    punctuation: !(read.bool(input, 'ExcludePunctuation') ?? false),
    uppercase: !(read.bool(input, 'ExcludeUppercase') ?? false),
    lowercase: !(read.bool(input, 'ExcludeLowercase') ?? false),
    space: read.bool(input, 'IncludeSpace') ?? false,
    requireEach: read.bool(input, 'RequireEachIncludedType') ?? true,
  });
  if (password === undefined)
    throw secretsErrors.invalidParameter('No characters are left to build a password from.');
  return { RandomPassword: password };
}
