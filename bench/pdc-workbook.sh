#!/usr/bin/env bash
# Issue 17, RPT-03: the plan-wide PDC workbook's wall time and the reporting service's peak memory over 100,000 members'
# pharmacy fills, through the gateway (bench/PdcWorkbook; see bench/service-bench.sh). Arguments go to the bench:
# --members 100000 --runs 3 (the first run at a new --members seeds them).
BENCH_WITHOUT_WRK=1 exec "$(dirname "${BASH_SOURCE[0]}")/service-bench.sh" PdcWorkbook src/Services/Reporting "$@"
