#!/usr/bin/env bash
# Issue 14: claims lookup by CIN and claim detail through the gateway over synthetic claims (see bench/service-bench.sh).
# Arguments go to the bench (bench/Claims/BenchSettings.cs); the first run at a new --lines loads them (minutes at 10 M).
exec "$(dirname "${BASH_SOURCE[0]}")/service-bench.sh" Claims src/Services/Claims "$@"
