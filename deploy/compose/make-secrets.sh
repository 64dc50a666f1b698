#!/bin/sh
# Creates ./secrets for compose.yaml: random passwords, the database URLs that use them, and the
# gateway's signing secret. Writes no file that exists already, so running it again changes nothing.
# The issuer settings (auth_jwks_url, auth_issuer, auth_audience) are the operator's: they are created
# empty and must be filled in before `docker compose up` (production mode refuses to start without).
set -eu
cd "$(dirname "$0")"
mkdir -p secrets
chmod 700 secrets
random() { od -An -N32 -tx1 /dev/urandom | tr -d ' \n'; }
put() { # name value
  [ -e "secrets/$1" ] && return 0
  printf '%s' "$2" > "secrets/$1"
  # Readable inside the containers, which run as other users than the one running this; the folder
  # (0700) keeps them private on the host.
  chmod 444 "secrets/$1"
}
put postgres_password "$(random)"
put gateway_signing_secret "$(random)"
for name in municipalities organisations projects contracts security; do
  put "${name}_owner_password" "$(random)"
  put "${name}_service_password" "$(random)"
  put "${name}_migration_database_url" \
    "postgres://kaz_${name}_owner:$(cat "secrets/${name}_owner_password")@db-${name}:5432/kaz_${name}"
  put "${name}_database_url" \
    "postgres://kaz_${name}:$(cat "secrets/${name}_service_password")@db-${name}:5432/kaz_${name}"
done
for name in auth_jwks_url auth_issuer auth_audience; do put "$name" ''; done
echo "secrets in $(pwd)/secrets; fill in auth_jwks_url, auth_issuer and auth_audience"
