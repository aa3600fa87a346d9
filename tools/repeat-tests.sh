#!/usr/bin/env bash
# Flake hunt: runs the tests RUNS times in a row on one build and prints each run's counts, then one closing line
# "N passed, N failed" over all runs. A failing run's TRX and log stay in TestResults/repeat/<time>/run-K*.
#   tools/repeat-tests.sh [RUNS] [FILTER]       e.g. tools/repeat-tests.sh 5
#   tools/repeat-tests.sh 10 "$(tools/repeat-tests.sh --ui-filter)"   the bUnit and browser tests only
set -uo pipefail
cd "$(dirname "$0")/.."
ui="FullyQualifiedName~Portal.IntegrationTests.Browser|FullyQualifiedName~Portal.Tests.Entry|FullyQualifiedName~Portal.Tests.Overview"
ui+="|FullyQualifiedName~Portal.Tests.Kpis|FullyQualifiedName~Portal.Tests.Divisions|FullyQualifiedName~Portal.Tests.PlanItems"
ui+="|FullyQualifiedName~Portal.Tests.Report|FullyQualifiedName~Portal.Tests.Wall|FullyQualifiedName~KioskGuard"
ui+="|FullyQualifiedName~Portal.Tests.Layout|FullyQualifiedName~PlanReviewPageTests"
ui+="|FullyQualifiedName~EntryOutageTests|FullyQualifiedName~MarkupEncodingTests|FullyQualifiedName~CurrentUserTests"
if [ "${1:-}" = "--ui-filter" ]; then echo "$ui"; exit 0; fi
runs=${1:-5}; filter=${2:-}
export PORTAL_REQUIRE_BROWSER=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build WorkPlanPortal.sln -v q -nologo || { echo "0 passed, 1 failed"; exit 1; }
out=TestResults/repeat/$(date +%Y%m%d-%H%M%S); mkdir -p "$out"
total_passed=0; total_failed=0
for k in $(seq 1 "$runs"); do
  dir="$out/run-$k"; start=$(date +%s)
  dotnet test WorkPlanPortal.sln --no-build ${filter:+--filter "$filter"} --logger trx --results-directory "$dir" >"$dir.log" 2>&1
  p=0; f=0
  for trx in "$dir"/*.trx; do
    [ -f "$trx" ] || continue
    c=$(grep -o '<Counters [^>]*' "$trx")
    p=$((p + $(echo "$c" | grep -o 'passed="[0-9]*"' | grep -o '[0-9]*'))); f=$((f + $(echo "$c" | grep -o 'failed="[0-9]*"' | grep -o '[0-9]*')))
  done
  [ "$p" -eq 0 ] && f=$((f + 1)) # nothing ran: count it as a failure
  echo "run $k/$runs: $p passed, $f failed, $(( $(date +%s) - start )) s, load $(cut -d' ' -f1 /proc/loadavg)"
  [ "$f" -eq 0 ] && rm -rf "$dir" "$dir.log"
  total_passed=$((total_passed + p)); total_failed=$((total_failed + f))
done
echo "$total_passed passed, $total_failed failed"
[ "$total_failed" -eq 0 ]
