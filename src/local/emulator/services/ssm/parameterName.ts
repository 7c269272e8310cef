/** Accepts a name, a name:version selector, or a parameter ARN; returns the name and the version asked. */
export function parameterName(raw: string): { readonly name: string; readonly version: number | undefined } {
  let name = raw;
  const arn = /^arn:aws[\w-]*:ssm:[^:]*:\d*:parameter(\/.*)$/.exec(raw);
  if (arn) name = arn[1]!;
  const selector = /^(.*):(\d+)$/.exec(name);
  if (selector) return { name: selector[1]!, version: Number(selector[2]) };
  return { name, version: undefined };
}
