#!/bin/sh
# Turns each Docker secret /run/secrets/<name> into the environment variable <NAME> (upper-cased), then runs the
# command. The app reads its secrets only from the environment; this keeps them out of compose.yaml and `docker
# inspect`. A variable already set wins, so a platform that injects env vars directly needs no secret files.
# SECRETS_DIR replaces /run/secrets (for the tests of this script).
#
# A secret file that exists but cannot be read (compose without swarm bind-mounts it with the host's owner and mode,
# and the images run as uid 1000) stops the start with its path named: `export "X=$(cat …)"` would not, `set -e`
# ignores a failure inside it, and the command would start with an empty X. The content is never printed.
set -eu
dir="${SECRETS_DIR:-/run/secrets}"
if [ -d "$dir" ]; then
  for file in "$dir"/*; do
    [ -f "$file" ] || continue
    name=$(basename "$file" | tr '[:lower:]-' '[:upper:]_')
    if [ -z "$(printenv "$name" || true)" ]; then
      if ! value=$(cat "$file" 2>/dev/null); then
        echo "with-secrets.sh: cannot read the secret file $file as uid $(id -u 2>/dev/null || echo '?'); make it" \
          "readable by that user (deploy/make-secrets.sh, docs/operations.md \"Secrets\")" >&2
        exit 1
      fi
      export "$name=$value"
    fi
  done
fi
exec "$@"
