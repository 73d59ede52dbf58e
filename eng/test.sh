#!/usr/bin/env bash
# Installs what is missing, starts the local PostgreSQL, Redis and RabbitMQ (left running for the next run;
# `eng/infra.sh stop` stops them) and runs every test of the solution.
set -euo pipefail
cd "$(dirname "$0")/.."
source eng/require-dotnet.sh
eng/infra.sh start
dotnet test Platform.sln "$@"
