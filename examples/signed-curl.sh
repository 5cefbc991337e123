#!/usr/bin/env bash
# Sends a FOST-signed request to the running pizza example with curl.
#
#   ./examples/signed-curl.sh METHOD PATH [JSON_BODY] [ACTING_USER]
#
#   ./examples/signed-curl.sh GET  /slumber/pizzas/slumber_examples/Pizza/
#   ./examples/signed-curl.sh POST /slumber/pizzas/slumber_examples/Pizza/create/ '{"name": "Margherita"}'
#   ./examples/signed-curl.sh POST /slumber/pizzas/slumber_examples/Pizza/create/ '{"name": "Hawaii"}' user
#
# Environment: SLUMBER_PORT (default 8000), SLUMBER_SECRET (default change-me), SLUMBER_KEY
# (default service), SLUMBER_HOST (default localhost). Needs bash, openssl and curl.
# Set SHOW=1 to print the curl command instead of running it.
set -euo pipefail

if [ $# -lt 2 ]; then
  sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'
  exit 2
fi

method=$(printf '%s' "$1" | tr '[:lower:]' '[:upper:]')
target=$2
body=${3:-}
acting_user=${4:-}
key=${SLUMBER_KEY:-service}
secret=${SLUMBER_SECRET:-change-me}
host=${SLUMBER_HOST:-localhost}
port=${SLUMBER_PORT:-8000}

path=${target%%\?*}
query=""
if [ "$path" != "$target" ]; then
  query=${target#*\?}
fi
# microseconds (GNU date), so that repeating a request at once is not refused as a replay
timestamp=$(date -u +%Y-%m-%dT%H:%M:%S.%6NZ)
case "$timestamp" in *N*) timestamp=$(date -u +%Y-%m-%dT%H:%M:%S.000000Z) ;; esac

signed_names="X-FOST-Headers"
signed_values=""
if [ -n "$acting_user" ]; then
  signed_names="X-FOST-Headers X-FOST-User"
  signed_values="${acting_user}"$'\n'
fi
case "$method" in
  POST|PUT|PATCH) content=$body ;;
  *) content=$query ;;
esac

signature=$(printf '%s %s\n%s\n%s\n%s%s' "$method" "$path" "$timestamp" "$signed_names" "$signed_values" "$content" \
  | openssl dgst -sha1 -hmac "$secret" -binary | openssl base64 -A)

args=(-s -X "$method"
  -H "X-FOST-Timestamp: $timestamp"
  -H "X-FOST-Headers: $signed_names"
  -H "Authorization: FOST $key:$signature")
if [ -n "$acting_user" ]; then
  args+=(-H "X-FOST-User: $acting_user")
fi
if [ -n "$body" ]; then
  args+=(-H "Content-Type: application/json" --data-binary "$body")
fi
args+=("http://$host:$port$target")

if [ "${SHOW:-0}" = "1" ]; then
  printf 'curl'
  printf " %q" "${args[@]}"
  printf '\n'
else
  curl "${args[@]}"
  echo
fi
