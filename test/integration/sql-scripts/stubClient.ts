import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A stand-in database client: it records its arguments, the password channels it was given (environment,
 * option file, PGPASSFILE, standard input) in $STUB_LOG/<name>.log and prints the canned output of
 * $STUB_OUTPUT ($STUB_STDERR on stderr, exit $STUB_EXIT). It lets the runner tests prove how the password is
 * handed over for every engine, and exercise the Oracle and SQL Server paths that have no live server here.
 */
export const STUB_CLIENT = `#!/usr/bin/env bash
if [ "\${1-}" = --version ]; then echo "$(basename "$0")  Ver 15.1 Distrib 10.11.6-MariaDB"; exit 0; fi
log="$STUB_LOG/$(basename "$0").log"
{
  printf 'ARGV'; printf ' [%s]' "$@"; printf '\\n'
  printf 'ENV MYSQL_PWD=%s PGPASSWORD=%s SQLCMDPASSWORD=%s\\n' "\${MYSQL_PWD-unset}" "\${PGPASSWORD-unset}" "\${SQLCMDPASSWORD-unset}"
  for a in "$@"; do case $a in --defaults-file=*) f=\${a#--defaults-file=}; printf 'OPTIONFILE mode=%s\\n' "$(stat -c %a "$f")"; cat "$f";; esac; done
  if [ -n "\${PGPASSFILE-}" ]; then printf 'PGPASSFILE mode=%s\\n' "$(stat -c %a "$PGPASSFILE")"; cat "$PGPASSFILE"; fi
  printf 'STDIN\\n'; cat
} >>"$log"
cat "$STUB_OUTPUT"
[ -z "\${STUB_STDERR-}" ] || cat "$STUB_STDERR" >&2
exit "\${STUB_EXIT:-0}"
`;

/** Writes the stand-in as each named client (mysql, psql, sqlplus, sqlcmd) into `dir`, for the PATH. */
export function installStubClients(dir: string, clients: readonly string[]): void {
  for (const client of clients) {
    writeFileSync(join(dir, client), STUB_CLIENT);
    chmodSync(join(dir, client), 0o755);
  }
}
