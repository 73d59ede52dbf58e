#!/usr/bin/env bash
# Issue 13's chaos suite at a length of your choosing: the whole platform under a steady mix of writes through the
# gateway, each process killed with SIGKILL in turn and restarted (tests/Platform.Tests/Chaos). CI runs the same test
# short (1 s down, 2 s between faults); this runs it longer and prints the faults × (accepted, lost, doubled, recovery)
# table. The platform gets servers of its own (.data/infra-chaos, ports 25532/25579/25682), stopped afterwards.
#   bench/chaos.sh [--down S] [--steady S] [--workers N]
set -euo pipefail
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export CHAOS_DOWN_SECONDS=5 CHAOS_STEADY_SECONDS=5 CHAOS_WORKERS=4
while (($#)); do
  case $1 in
    --down) CHAOS_DOWN_SECONDS=$2 ;;
    --steady) CHAOS_STEADY_SECONDS=$2 ;;
    --workers) CHAOS_WORKERS=$2 ;;
    *) echo "usage: bench/chaos.sh [--down S] [--steady S] [--workers N]" >&2; exit 2 ;;
  esac
  shift 2
done
source "$REPO/eng/require-dotnet.sh"
dotnet build "$REPO/tests/Platform.Tests" -nologo -v q | grep -E "error|warn" || true
report=$REPO/tests/Platform.Tests/bin/Debug/net10.0/chaos-report.md
rm -f "$report"
status=0
dotnet test "$REPO/tests/Platform.Tests" --no-build --filter "FullyQualifiedName~Platform.Tests.Chaos" || status=$?
echo "down ${CHAOS_DOWN_SECONDS} s per fault, ${CHAOS_STEADY_SECONDS} s steady between faults, ${CHAOS_WORKERS} writers"
cat "$report" 2>/dev/null || echo "chaos.sh: no report (the platform did not start?)" >&2
exit "$status"
