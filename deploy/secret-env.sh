#!/bin/sh
# Entry point of every Kaz image: each file /run/secrets/NAME whose NAME is an environment variable's
# name (A-Z, 0-9, _) becomes that variable, then the command runs. Docker Compose mounts its secrets
# there, so database URLs and the signing secret stay out of `docker inspect`; on Kubernetes the
# variables come from Secrets directly and the folder does not exist.
set -eu
secrets="${KAZ_SECRETS_DIR:-/run/secrets}"
if [ -d "$secrets" ]; then
  for file in "$secrets"/*; do
    [ -f "$file" ] || continue
    name=$(basename "$file")
    case "$name" in
      *[!A-Z0-9_]* | [0-9]*) continue ;;
    esac
    value=$(cat "$file")
    export "$name=$value"
  done
fi
exec "$@"
