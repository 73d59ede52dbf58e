#!/usr/bin/env bash
# Issue 15, DSP-05: the dispute service's memory while it takes five 25 MB attachments at once, through the gateway.
# As bench/service-bench.sh, without wrk: builds identity, dispute, the gateway, hello and bench/DisputeUpload in
# Release, runs them on the local servers (eng/infra.sh; PLATFORM_DATA selects the instance) and prints a Markdown
# table. Arguments go to the bench (bench/DisputeUpload/Program.cs): --megabytes 25 --files 5.
set -euo pipefail
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$REPO/eng/infra.sh" start >/dev/null
while IFS= read -r line; do export "${line?}"; done < <("$REPO/eng/infra.sh" env)
for project in src/Services/Identity src/Services/Dispute src/Gateway bench/Hello bench/DisputeUpload; do
  dotnet build -c Release "$REPO/$project" -v q -nologo | grep -E "error|warn" || true
done
dotnet "$REPO/bench/DisputeUpload/bin/Release/net10.0/DisputeUploadBench.dll" "$@"
