#!/usr/bin/env bash
# Starts MariaDB and PostgreSQL when they are down and installs the Debian packages integration and browser
# tests use (chromium for the web console, awscli for the bastion runner, strace to watch the runner's
# processes, shellcheck to lint it). Safe to run repeatedly.
set -uo pipefail

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo -n "$@"; else return 1; fi; }

if [ -x /usr/sbin/mariadbd ] && ! (echo > /dev/tcp/127.0.0.1/3306) 2>/dev/null; then
  as_root start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd || true
fi
if command -v pg_ctlcluster >/dev/null && [ -d /etc/postgresql ] && ! (echo > /dev/tcp/127.0.0.1/5432) 2>/dev/null; then
  as_root pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n 1)" main start || true
fi

missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v aws >/dev/null || missing+=(awscli)
command -v mysql >/dev/null || missing+=(mariadb-client)
command -v psql >/dev/null || missing+=(postgresql-client)
command -v strace >/dev/null || missing+=(strace)
command -v shellcheck >/dev/null || missing+=(shellcheck)
if [ ${#missing[@]} -gt 0 ] && command -v apt-get >/dev/null; then
  echo "installing Debian packages: ${missing[*]}"
  as_root apt-get update -qq >/dev/null 2>&1 || true
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null 2>&1 \
    || echo "warning: could not install ${missing[*]}; tests that need them will say so"
fi

# Wait (bounded) for the servers to accept connections.
for _ in $(seq 1 30); do
  (echo > /dev/tcp/127.0.0.1/3306) 2>/dev/null && (echo > /dev/tcp/127.0.0.1/5432) 2>/dev/null && break
  sleep 1
done
exit 0
