#!/usr/bin/env bash
# Issue 15, DSP-06: dispute submission → acknowledgment email in the SMTP sink, through the gateway (bench/DisputeAck).
# Builds identity, dispute, the gateway, hello and the bench in Release and runs them on the local servers (eng/infra.sh;
# PLATFORM_DATA selects the instance). Arguments: --disputes N [200] --rate PER_SECOND [10] --baseline N [50].
set -euo pipefail
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$REPO/eng/infra.sh" start >/dev/null
while IFS= read -r line; do export "${line?}"; done < <("$REPO/eng/infra.sh" env)
for project in src/Services/Identity src/Services/Dispute src/Gateway bench/Hello bench/DisputeAck; do
  dotnet build -c Release "$REPO/$project" -v q -nologo | grep -E "error|warn" || true
done
dotnet "$REPO/bench/DisputeAck/bin/Release/net10.0/DisputeAckBench.dll" "$@"
