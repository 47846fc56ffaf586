#!/bin/sh
# Generates the secrets compose.yaml expects under deploy/secrets/, once: an existing file is kept, so rerunning
# never rotates a key by accident. The provider credentials (bank, e-mail, SMS, agencies, e-gov) are written as
# placeholders to be replaced with the values the providers issue.
#
# Modes: the directory 0700 (only its owner on the host can reach the files), each file 0644. Compose without swarm
# bind-mounts a secret file into the container with the host's owner and mode, and the containers read them as
# other users (the app and ops images as uid 1000 `node`, PostgreSQL as uid 999), so a 0600 file owned by the
# operator would be unreadable there. Reruns fix the modes of files an earlier version wrote 0600.
set -eu
dir="$(dirname "$0")/secrets"
mkdir -p "$dir"
chmod 700 "$dir"
umask 022
keep() { [ -s "$dir/$1" ]; }
put() { keep "$1" || printf '%s' "$2" > "$dir/$1"; }
hex() { openssl rand -hex "$1"; }

db_password=$(keep db_password && cat "$dir/db_password" || hex 24)
put db_password "$db_password"
put database_url "postgresql://vemtas:${db_password}@db:5432/vemtas"
inngest_db_password=$(keep inngest_db_password && cat "$dir/inngest_db_password" || hex 24)
put inngest_db_password "$inngest_db_password"
put inngest_postgres_uri "postgresql://inngest:${inngest_db_password}@inngest-db:5432/inngest?sslmode=disable"
put auth_secret "$(openssl rand -base64 48 | tr -d '\n')"
# Inngest wants both keys hexadecimal.
put inngest_signing_key "$(hex 32)"
put inngest_event_key "$(hex 16)"
for name in bank_api_key bank_callback_secret resend_api_key resend_webhook_secret twilio_account_sid \
  twilio_auth_token agency_gateway_token egov_oidc_client_secret; do
  put "$name" "REPLACE-ME"
done
chmod 644 "$dir"/*
chmod 700 "$dir"
echo "secrets in $dir (directory 0700, files 0644); replace every REPLACE-ME with the provider's value before 'docker compose up'"
grep -l REPLACE-ME "$dir"/* 2>/dev/null || true
