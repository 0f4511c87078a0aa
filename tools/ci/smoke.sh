#!/usr/bin/env bash
# Builds the app as `npm start` does and checks that it serves the web app and /api/health on a
# fresh PGlite data folder.
set -euo pipefail
npm run build
data_dir=$(mktemp -d)
port=3917
PORT=$port DATA_DIR="$data_dir" node dist/apps/api/main.js > "$data_dir/api.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; rm -rf "$data_dir"' EXIT
for _ in $(seq 1 90); do
  curl -fs "http://localhost:$port/api/health" > "$data_dir/health.json" 2>/dev/null && break
  kill -0 $pid 2>/dev/null || { cat "$data_dir/api.log"; exit 1; }
  sleep 1
done
echo "GET /api/health -> $(cat "$data_dir/health.json")"
grep -q '"kind":"pglite"' "$data_dir/health.json"
grep -q '"name":"Lumary AR","namespace":"lumary","version":"22.82.0"' "$data_dir/health.json"
for path in / /some/deep/link; do
  curl -fs "http://localhost:$port$path" > "$data_dir/page.html"
  grep -q '<app-root' "$data_dir/page.html"
  echo "GET $path -> the Angular app"
done
# The demo seed runs once the server listens; its logins are printed when it is done.
for _ in $(seq 1 240); do grep -q "Demo logins" "$data_dir/api.log" && break; sleep 1; done
grep -q "Demo logins" "$data_dir/api.log" || { echo "npm start printed no demo logins"; cat "$data_dir/api.log"; exit 1; }
echo "npm start printed the demo logins"
curl -fs -X POST -H 'Content-Type: application/json' \
  -d '{"username":"finance@demo.lumary.test","password":"Demo-Finance-2026"}' \
  "http://localhost:$port/api/auth/login" > "$data_dir/login.json"
grep -q '"accessToken"' "$data_dir/login.json"
echo "the demo finance login signs in"
# The schema CLIs on a fresh PGlite folder: a plan, its application, then nothing left to do.
# (Each output goes to a file first: `grep -q` on a pipe would close it under the writer.)
schema_dir=$(mktemp -d)
DATA_DIR="$schema_dir" npm run --silent db:plan > "$data_dir/plan-1.sql"
grep -q 'CREATE TABLE' "$data_dir/plan-1.sql"
echo "db:plan prints the DDL of a fresh database"
DATA_DIR="$schema_dir" npm run --silent db:apply > /dev/null
DATA_DIR="$schema_dir" npm run --silent db:plan > "$data_dir/plan-2.sql"
grep -q 'nothing to do' "$data_dir/plan-2.sql"
echo "db:plan after db:apply: nothing to do"
rm -rf "$schema_dir"
echo "smoke test passed"
