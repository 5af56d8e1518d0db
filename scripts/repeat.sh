#!/usr/bin/env bash
# Runs the whole scenario suite N times against the correct mock portals and prints how many
# runs passed: proof that the suite raises no false alarms (flakiness). Usage:
#   scripts/repeat.sh [N=20] [extra Maven arguments...]
# Each run's log is kept under target/repeat/run-K.log; a failed run's Allure results are kept
# under target/repeat/run-K-allure-results. Each run starts from an empty target/allure-results and
# must leave exactly one Allure result per scenario it ran (no result lost, none from elsewhere).
set -uo pipefail
cd "$(dirname "$0")/.."

runs=${1:-20}
shift || true
case "$runs" in
  ''|*[!0-9]*|0) echo "usage: scripts/repeat.sh [N>0] [maven args...]" >&2; exit 2 ;;
esac

./mvnw -B -q test-compile "$@" >/dev/null || { echo "build failed" >&2; exit 1; }
rm -rf target/repeat && mkdir -p target/repeat
passed=0
total_seconds=0
for k in $(seq 1 "$runs"); do
  start=$(date +%s)
  rm -rf target/allure-results
  if ./mvnw -B -o failsafe:integration-test failsafe:verify "$@" > "target/repeat/run-$k.log" 2>&1 \
      && count=$(grep -E '^[0-9]+ scenarios' "target/repeat/run-$k.log" | tail -1 | cut -d' ' -f1) \
      && results=$(find target/allure-results -maxdepth 1 -name '*-result.json' 2>/dev/null | wc -l) \
      && { [ "$results" -eq "$count" ] || { echo "run $k: $results Allure results for $count scenarios" >> "target/repeat/run-$k.log"; false; }; }; then
    result=passed; passed=$((passed + 1))
  else
    result=FAILED
    cp -r target/allure-results "target/repeat/run-$k-allure-results" 2>/dev/null || true
  fi
  seconds=$(( $(date +%s) - start )); total_seconds=$((total_seconds + seconds))
  scenarios=$(grep -E '^[0-9]+ scenarios' "target/repeat/run-$k.log" | tail -1)
  printf 'run %2d/%d: %s in %3d s (%s)\n' "$k" "$runs" "$result" "$seconds" "${scenarios:-no scenario count}"
done
echo "$passed of $runs runs passed ($((total_seconds / runs)) s per run on average)"
[ "$passed" -eq "$runs" ]
