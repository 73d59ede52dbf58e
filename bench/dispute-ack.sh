#!/usr/bin/env bash
# Issue 15, DSP-06: dispute submission → acknowledgment email in the SMTP sink, through the gateway (bench/DisputeAck;
# see bench/service-bench.sh). Arguments: --disputes N [200] --rate PER_SECOND [10] --warmup N [20] --baseline N [50].
BENCH_WITHOUT_WRK=1 exec "$(dirname "${BASH_SOURCE[0]}")/service-bench.sh" DisputeAck src/Services/Dispute "$@"
