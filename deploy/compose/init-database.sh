#!/bin/sh
# Runs once, when the PostgreSQL container of one subgraph starts on an empty volume (the image's
# /docker-entrypoint-initdb.d). Creates the two roles of docs/operations.md, "Database roles": the
# owner, which migrates and seeds and owns every table, and the serving role, which owns nothing and
# gets its rights from the migration run. Passwords come from the secrets owner_password and
# service_password; KAZ_DATABASE names the database (kaz_<subgraph>).
set -eu
owner="${KAZ_DATABASE}_owner"
service="${KAZ_DATABASE}"
secrets="${KAZ_SECRETS_DIR:-/run/secrets}"
owner_password=$(cat "$secrets/owner_password")
service_password=$(cat "$secrets/service_password")
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  -v owner="$owner" -v service="$service" -v database="$KAZ_DATABASE" \
  -v owner_password="$owner_password" -v service_password="$service_password" <<'SQL'
create role :"owner" login password :'owner_password';
create role :"service" login password :'service_password';
create database :"database" owner :"owner";
\c :"database"
revoke create on schema public from public;
SQL
