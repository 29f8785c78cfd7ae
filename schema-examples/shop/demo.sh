#!/usr/bin/env bash
# Walks the shop example on a scratch database: apply v1, then show the plan from v1 to v2.
# The server comes from CONVERGE_DEMO_SERVER (default postgresql://postgres@127.0.0.1:5432/postgres);
# the scratch database is dropped at the end.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
server="${CONVERGE_DEMO_SERVER:-postgresql://postgres@127.0.0.1:5432/postgres}"
db="converge_demo_$$"
target="${server%/*}/$db"

psql -q -X "$server" -c "CREATE DATABASE $db"
trap 'psql -q -X "$server" -c "DROP DATABASE IF EXISTS $db WITH (FORCE)"' EXIT

echo "== converge apply: create the v1 shop schema in $db"
"$root/bin/converge" apply --db "$target" --desired "$root/schema-examples/shop/v1" --auto-approve
echo
echo "== converge plan: what it takes to go from v1 to v2"
status=0
"$root/bin/converge" plan --db "$target" --desired "$root/schema-examples/shop/v2" || status=$?
[[ $status -eq 2 ]] || { echo "unexpected exit code $status from plan" >&2; exit 1; }
