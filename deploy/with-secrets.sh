#!/bin/sh
# Turns each Docker secret /run/secrets/<name> into the environment variable <NAME> (upper-cased), then runs the
# command. The app reads its secrets only from the environment; this keeps them out of compose.yaml and `docker
# inspect`. A variable already set wins, so a platform that injects env vars directly needs no secret files.
set -eu
if [ -d /run/secrets ]; then
  for file in /run/secrets/*; do
    [ -f "$file" ] || continue
    name=$(basename "$file" | tr '[:lower:]-' '[:upper:]_')
    if [ -z "$(printenv "$name" || true)" ]; then
      export "$name=$(cat "$file")"
    fi
  done
fi
exec "$@"
