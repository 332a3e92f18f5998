#!/usr/bin/env bash
# Install PostgreSQL's server (Debian's package) when no initdb is found: the tests start a throwaway cluster with it.
set -euo pipefail

found() {
    compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || command -v initdb >/dev/null
}

if found; then
    exit 0
fi
if ! command -v apt-get >/dev/null; then
    echo "install-postgres: no initdb, and no apt-get to install PostgreSQL with; install its server by hand" >&2
    exit 1
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
fi
# another install may hold apt's lock for a while: wait and try again
for attempt in 1 2 3 4 5 6 7 8 9 10; do
    if $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
        $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; then
        break
    fi
    echo "install-postgres: apt-get failed (attempt $attempt), trying again in 15 s" >&2
    sleep 15
done
found || { echo "install-postgres: PostgreSQL did not install" >&2; exit 1; }
