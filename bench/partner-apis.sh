#!/usr/bin/env bash
# Issue 18, item 7: the partner APIs (X12 270 → 271, Da Vinci PAS Claim/$submit) through the gateway with the demo
# partner client's token, beside the hello and the eligibility lookup (see bench/service-bench.sh). Interop runs with
# the services it calls. Arguments go to the bench (bench/PartnerApis/BenchSettings.cs); the first run at a new
# --members loads eligibility's population (kept between runs, shared with bench/eligibility.sh).
exec "$(dirname "${BASH_SOURCE[0]}")/service-bench.sh" PartnerApis src/Services/Interop,src/Services/Eligibility,src/Services/Referral "$@"
