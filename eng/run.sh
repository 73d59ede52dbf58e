#!/usr/bin/env bash
# Installs what is missing, then runs the whole platform under the Aspire AppHost: PostgreSQL, Redis and RabbitMQ from
# the machine's binaries, each service's migrate step, the eight services, the gateway and the web app, with the Aspire
# dashboard. Ctrl+C stops everything it started, DCP included.
set -euo pipefail
cd "$(dirname "$0")/.."
source eng/require-dotnet.sh
eng/infra.sh install
# Servers already running on the local ports (eng/test.sh leaves its own running) are used as they are: the AppHost
# takes connection strings in place of the servers it would run.
if eng/infra.sh status >/dev/null; then
  echo "run: using the PostgreSQL, Redis and RabbitMQ already running (eng/infra.sh stop stops them)"
  while IFS= read -r line; do export "${line?}"; done < <(eng/infra.sh env)
fi
echo "run: the portal and every API at http://127.0.0.1:5080/ once the dashboard shows the gateway healthy;"
echo "run: the dashboard at http://127.0.0.1:18888 (log in with the link the AppHost prints below)"
exec dotnet run --project AppHost -- "$@"
