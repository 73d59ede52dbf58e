#!/usr/bin/env bash
# Issue 15, DSP-05: the dispute service's memory while it takes five 25 MB attachments at once, through the gateway
# (bench/DisputeUpload; see bench/service-bench.sh). Arguments go to the bench: --megabytes 25 --files 5.
BENCH_WITHOUT_WRK=1 exec "$(dirname "${BASH_SOURCE[0]}")/service-bench.sh" DisputeUpload src/Services/Dispute "$@"
