#!/usr/bin/env bash
# Issue 4: eligibility lookups through the gateway against a synthetic population, beside a bare Kestrel hello
# direct and through the gateway. Builds the services and the bench in Release, runs them on the local servers
# (eng/infra.sh; PLATFORM_DATA selects the instance) and prints a Markdown table and the ratios. Arguments go to
# the bench (see bench/Eligibility/BenchSettings.cs); the first run at a new --members loads it (minutes at 1 M).
set -euo pipefail
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
command -v wrk >/dev/null || { echo "eligibility.sh: wrk is missing; install it: apt-get install -y wrk" >&2; exit 1; }
"$REPO/eng/infra.sh" start >/dev/null
while IFS= read -r line; do export "${line?}"; done < <("$REPO/eng/infra.sh" env)
for project in src/Services/Identity src/Services/Eligibility src/Gateway bench/Hello bench/Eligibility; do
  dotnet build -c Release "$REPO/$project" -v q -nologo | grep -E "error|warn" || true
done
dotnet "$REPO/bench/Eligibility/bin/Release/net10.0/EligibilityBench.dll" "$@"
