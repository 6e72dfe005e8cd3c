#!/usr/bin/env bash
# Starts a PostgreSQL server for the check-in tests and benchmark, and prints the URL to use
# as TEST_DATABASE_URL (the only line on stdout; progress goes to stderr):
#
#   export TEST_DATABASE_URL="$(scripts/ci/start-postgres.sh)"
#
# Installs Debian's `postgresql` package when it is missing, then runs its own cluster
# (`boai`, port BOAI_PG_PORT, default 5433) beside any other, with a role `boai` that may
# create databases (each test suite makes a fresh one) and a database `boai_checkin`.
# Safe to run again: whatever exists is reused. Needs root or sudo for the first run.
set -euo pipefail

# runuser and PostgreSQL's cluster tools live in the system folders, which a minimal PATH lacks.
export PATH="$PATH:/usr/sbin:/sbin"

port="${BOAI_PG_PORT:-5433}"
cluster="${BOAI_PG_CLUSTER:-boai}"
database="${BOAI_PG_DATABASE:-boai_checkin}"
role=boai
password=boai

as_root() {
	if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
	echo "start-postgres: installing PostgreSQL from Debian's packages" >&2
	as_root apt-get update -qq >&2
	as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
fi

version="$(ls /usr/lib/postgresql | sort -V | tail -n 1)"

if ! pg_lsclusters -h | awk '{ print $1 " " $2 }' | grep -qx "$version $cluster"; then
	echo "start-postgres: creating cluster $version/$cluster on port $port" >&2
	as_root pg_createcluster "$version" "$cluster" --port "$port" >&2
fi

# The cluster may have been created earlier on another port: use the one it has.
port="$(pg_lsclusters -h | awk -v v="$version" -v c="$cluster" '$1 == v && $2 == c { print $3 }')"
status="$(pg_lsclusters -h | awk -v v="$version" -v c="$cluster" '$1 == v && $2 == c { print $4 }')"

if [ "$status" != "online" ]; then
	echo "start-postgres: starting cluster $version/$cluster on port $port" >&2
	as_root pg_ctlcluster "$version" "$cluster" start >&2
fi

for _ in $(seq 1 60); do
	if pg_isready -q -h 127.0.0.1 -p "$port"; then break; fi
	sleep 0.5
done
pg_isready -q -h 127.0.0.1 -p "$port" || {
	echo "start-postgres: the server on port $port did not become ready; see /var/log/postgresql/" >&2
	exit 1
}

psql_admin() {
	as_root runuser -u postgres -- psql -q -X -p "$port" -v ON_ERROR_STOP=1 "$@"
}

psql_admin -d postgres >&2 <<SQL
DO \$\$
BEGIN
	IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$role') THEN
		CREATE ROLE $role LOGIN CREATEDB PASSWORD '$password';
	END IF;
END
\$\$;
SELECT 'CREATE DATABASE $database OWNER $role'
WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '$database') \gexec
SQL

echo "postgres://$role:$password@127.0.0.1:$port/$database"
