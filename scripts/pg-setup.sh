#!/usr/bin/env bash
# Starts the local PostgreSQL 15 cluster and makes the `corroborate` role and database that
# `test/store/postgres.test.ts` uses; safe to run again. Run as root, then:
#   export CORROBORATE_PG_URL=postgres://corroborate:corroborate@127.0.0.1:5432/corroborate
set -euo pipefail

version="${PG_VERSION:-15}"
cluster="${PG_CLUSTER:-main}"

if ! pg_lsclusters --no-header | awk -v v="$version" -v c="$cluster" '$1 == v && $2 == c && $4 == "online" { found = 1 } END { exit !found }'; then
  pg_ctlcluster "$version" "$cluster" start
fi

# From / so that psql does not warn about a working directory the postgres user cannot read.
as_postgres() { (cd / && su postgres -c "$1"); }

if [ "$(as_postgres "psql -tAc \"select 1 from pg_roles where rolname = 'corroborate'\"")" != "1" ]; then
  as_postgres "psql -v ON_ERROR_STOP=1 -c \"create user corroborate password 'corroborate' superuser\""
fi

if [ "$(as_postgres "psql -tAc \"select 1 from pg_database where datname = 'corroborate'\"")" != "1" ]; then
  as_postgres 'createdb -O corroborate corroborate'
fi

echo "PostgreSQL ready: postgres://corroborate:corroborate@127.0.0.1:5432/corroborate"
