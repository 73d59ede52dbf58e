#!/usr/bin/env bash
# Issue 16, item 4 / REF-12: referral submission → its approval shown live on the office's open Referral Lookup in
# Chromium (bench/ReferralLive; see bench/service-bench.sh). Arguments: --referrals N [200] --rate PER_SECOND [5]
# --warmup N [10] --baseline N [200].
BENCH_WITHOUT_WRK=1 BENCH_WITH_WEB=1 exec "$(dirname "${BASH_SOURCE[0]}")/service-bench.sh" ReferralLive src/Services/Referral "$@"
