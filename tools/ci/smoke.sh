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
curl -fs "http://localhost:$port/" | grep -q '<app-root' && echo "GET / -> the Angular app"
curl -fs "http://localhost:$port/some/deep/link" | grep -q '<app-root' && echo "GET /some/deep/link -> the Angular app"
grep -q "Demo logins" "$data_dir/api.log" && echo "npm start printed the demo logins"
curl -fs -X POST -H 'Content-Type: application/json' \
  -d '{"username":"finance@demo.lumary.test","password":"Demo-Finance-2026"}' \
  "http://localhost:$port/api/auth/login" | grep -q '"accessToken"' && echo "the demo finance login signs in"
# The schema CLIs on a fresh PGlite folder: a plan, its application, then nothing left to do.
schema_dir=$(mktemp -d)
DATA_DIR="$schema_dir" npm run --silent db:plan | grep -q 'CREATE TABLE' && echo "db:plan prints the DDL of a fresh database"
DATA_DIR="$schema_dir" npm run --silent db:apply > /dev/null
DATA_DIR="$schema_dir" npm run --silent db:plan | grep -q 'nothing to do' && echo "db:plan after db:apply: nothing to do"
rm -rf "$schema_dir"
echo "smoke test passed"
