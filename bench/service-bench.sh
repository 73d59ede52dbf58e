#!/usr/bin/env bash
# A domain service's lookups through the gateway, beside a bare Kestrel hello direct and through the gateway:
# `service-bench.sh <Bench> <service project>[,<project of a service it calls>...] [bench arguments]`, as
# bench/eligibility.sh, bench/claims.sh and bench/partner-apis.sh call it.
# Builds the service (and those it calls), identity, the gateway, hello and bench/<Bench> in Release, runs them on the
# local servers (eng/infra.sh; PLATFORM_DATA selects the instance) and prints a Markdown table and the ratios. A bench
# that drives its load itself (the dispute benches) runs with BENCH_WITHOUT_WRK=1.
set -euo pipefail
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
bench=$1
IFS=, read -ra services <<< "$2"
shift 2
[[ ${BENCH_WITHOUT_WRK:-} == 1 ]] || command -v wrk >/dev/null || { echo "bench: wrk is missing; install it: apt-get install -y wrk" >&2; exit 1; }
"$REPO/eng/infra.sh" start >/dev/null
while IFS= read -r line; do export "${line?}"; done < <("$REPO/eng/infra.sh" env)
projects=(src/Services/Identity "${services[@]}" src/Gateway bench/Hello "bench/$bench")
# A bench that watches the portal in a browser (BENCH_WITH_WEB=1) runs the web app too.
[[ ${BENCH_WITH_WEB:-} == 1 ]] && projects+=(src/Web)
for project in "${projects[@]}"; do
  dotnet build -c Release "$REPO/$project" -v q -nologo | grep -E "error|warn" || true
done
dotnet "$REPO/bench/$bench/bin/Release/net10.0/${bench}Bench.dll" "$@"
