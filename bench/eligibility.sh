#!/usr/bin/env bash
# Issue 4: eligibility lookups through the gateway against a synthetic population (see bench/service-bench.sh).
# Arguments go to the bench (bench/Eligibility/BenchSettings.cs); the first run at a new --members loads it (minutes at 1 M).
exec "$(dirname "${BASH_SOURCE[0]}")/service-bench.sh" Eligibility src/Services/Eligibility "$@"
