#!/usr/bin/env bash
# ACC-05: what auditing costs a read-heavy endpoint. Builds bench/Audit in Release and runs it against the local
# PostgreSQL (eng/infra.sh, so PLATFORM_DATA selects the instance), loading an audited and a plain route with wrk
# on 127.0.0.1; it prints a Markdown table and the ratios. Arguments go to the bench (see BenchSettings.cs).
set -euo pipefail
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
command -v wrk >/dev/null || { echo "audit.sh: wrk is missing; install it: apt-get install -y wrk" >&2; exit 1; }
"$REPO/eng/infra.sh" start postgres >/dev/null
ConnectionStrings__postgres=$("$REPO/eng/infra.sh" env | sed -n 's/^ConnectionStrings__postgres=//p')
export ConnectionStrings__postgres
dotnet build -c Release "$REPO/bench/Audit" -v q -nologo
dotnet "$REPO/bench/Audit/bin/Release/net10.0/AuditBench.dll" "$@"
