#!/usr/bin/env bash
# Installs what is missing, then runs the whole platform through the AppHost: infrastructure, migrations,
# the seven services and the gateway. Ctrl+C stops everything it started.
set -euo pipefail
cd "$(dirname "$0")/.."
source eng/require-dotnet.sh
eng/infra.sh install
exec dotnet run --project AppHost -- "$@"
