#!/usr/bin/env bash
# Measures the suite and prints one Markdown table (also written to target/benchmark.md):
#   - the suite's wall time at 1 thread and at N threads (median of R runs each), and the speed-up;
#   - the full journey (@hanh-trinh, screenshots on) under the suite against a bare WebDriver program
#     doing the same navigations and clicks (vn.vneidlink.bench.BareJourney), like for like: both in a
#     fresh JVM (cold), and both after a first run in the same JVM (warm, vn.vneidlink.bench.SuiteJourney
#     for the suite); PASS if both ratios are <= 1.5;
#   - the same journey driven by Playwright (bench/playwright/journey.mjs, playwright-core, against the
#     same mocks served by vn.vneidlink.bench.MockServe and the same Chromium flags), cold (a fresh node
#     process) and warm (a new browser per run, and one browser with a new context per run); PASS if
#     suite / Playwright is <= 1.3 cold and warm (warm: the new-browser mode, as the suite's scenarios);
#     skipped, with a clear line, when node/npm are missing or `npm ci` fails;
#   - the time of each step of the journey (Allure results) next to the bare program's;
#   - the peak memory (RSS) of the test JVM and of the browser (chromedriver + every chromium process)
#     during the suite runs, and the CPU time each spent.
# Usage: scripts/benchmark.sh [N threads, default nproc] [R repeats, default 3]
# A measurement, not a test: the exit code is 0 whatever the figures (non-zero only if it could not
# measure: build failure, bad arguments). Offline (mvn -o) after the first build. Details: docs/benchmark.md.
# For a quick trial of the script itself: BENCHMARK_SUITE_TAGS=@buoc-1 scripts/benchmark.sh 2 1
# (the "suite" runs then cover only those scenarios; the table says so).
# The last two lines of stdout are always
#   ratio suite/playwright warm=<x.xx> cold=<x.xx>
#   ratio suite/bare warm=<x.xx> cold=<x.xx>
# (n/a for a ratio that could not be measured).
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

threads=${1:-$(nproc)}
repeats=${2:-3}
case "$threads" in ''|*[!0-9]*|0) echo "usage: scripts/benchmark.sh [N threads>0] [repeats>0]" >&2; exit 2 ;; esac
case "$repeats" in ''|*[!0-9]*|0) echo "usage: scripts/benchmark.sh [N threads>0] [repeats>0]" >&2; exit 2 ;; esac

OUT=target/benchmark
script_start=$(date +%s)
log() { echo "[benchmark $(date +%H:%M:%S)] $*" >&2; }

log "compiling (./mvnw -B -q test-compile)"
./mvnw -B -q test-compile >/dev/null || { echo "build failed: run ./mvnw -B test-compile to see why" >&2; exit 1; }
rm -rf "$OUT" && mkdir -p "$OUT"
./mvnw -B -q dependency:build-classpath -Dmdep.outputFile="$OUT/classpath.txt" >/dev/null \
  || { echo "could not get the test classpath (mvn dependency:build-classpath)" >&2; exit 1; }
CP="target/test-classes:target/classes:$(cat "$OUT/classpath.txt")"
report() { java -cp "$CP" vn.vneidlink.bench.BenchReport "$@"; }
# Every JVM of the measurement (the suite's, the bare program's, the peer's mock server) runs with the test JVMs'
# flags of the pom (vneidlink.jvm.flags: the JIT and the collector), so that the mocks answer alike for all three.
JVM_FLAGS=$(sed -n 's|.*<vneidlink.jvm.flags>\(.*\)</vneidlink.jvm.flags>.*|\1|p' pom.xml | head -1)
# One browser for the suite, the bare program and the peer: the suite's default (vn.vneidlink.config.Settings),
# Debian's headless shell when installed, else its Chromium; CHROMIUM=... chooses another.
if [ -z "${CHROMIUM:-}" ]; then
  # the binary itself: /usr/bin/chromium-headless-shell is a script that starts it without exec
  if [ -x /usr/lib/chromium/chromium-headless-shell ]; then CHROMIUM=/usr/lib/chromium/chromium-headless-shell; else CHROMIUM=/usr/bin/chromium; fi
fi
export CHROMIUM
JVM_FLAGS="$JVM_FLAGS -Dvneidlink.browser.binary=$CHROMIUM"
export BENCH_JVM_FLAGS="$JVM_FLAGS"

# The Playwright peer (bench/playwright): playwright-core from npm (package-lock.json), never a browser
# download; it drives $CHROMIUM. Missing node/npm or a failed install skips its rows, not the run.
PW_DIR=bench/playwright
pw_skip=""
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  pw_skip="node or npm not found"
elif [ "$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)" -lt 20 ] 2>/dev/null; then
  pw_skip="node $(node --version 2>/dev/null) is older than 20 (playwright-core needs >= 20)"
elif [ ! -d "$PW_DIR/node_modules/playwright-core" ]; then
  log "installing the Playwright peer (npm ci --no-audit --no-fund in $PW_DIR)"
  if ! (cd "$PW_DIR" && npm ci --no-audit --no-fund) > "$OUT/playwright-npm.log" 2>&1; then
    pw_skip="npm ci failed in $PW_DIR (see $OUT/playwright-npm.log)"
  fi
fi
if [ -n "$pw_skip" ]; then
  log "Playwright peer SKIPPED: $pw_skip; its rows say n/a"
fi
playwright() {  # playwright RUNS MODE: the Playwright journey in a fresh node process
  node "$PW_DIR/journey.mjs" --runs "$1" --mode "$2" --cp "$CP"
}

# ---------------------------------------------------------------------------------------------
# Sampler: every 200 ms, one `ps` snapshot piped into one awk that keeps, for the process tree
# under ROOT_PID: the peak RSS of the test JVM (the forked Failsafe JVM, or the BareJourney JVM;
# for the Playwright peer: its node process plus the MockServe JVM it started), the peak RSS (and
# PSS) summed over the browser (every other descendant of that process: chromedriver, chromium and
# its helpers), the Maven JVM's peak, and the CPU time each group used (last utime+stime seen of
# each process). Stops when the stop file appears, or after 2 hours at most.
sample() {  # sample ROOT_PID STOP_FILE RESULT_FILE
  local root=$1 stop=$2 result=$3 n=0
  while [ ! -e "$stop" ] && [ "$n" -lt 36000 ]; do
    echo "SNAPSHOT"
    ps -e -o pid=,ppid=,args= 2>/dev/null
    n=$((n + 1))
    sleep 0.2
  done | awk -v root="$root" -v hz="$(getconf CLK_TCK)" '
    function flush(   p, q, i, head, tail, jvm, line, f, rss, pss, ticks, sum_jvm, sum_br, sum_br_pss, sum_mvn, grp, nbr) {
      if (count == 0) return
      # descendants of root (root included)
      delete member; head = 0; tail = 0
      queue[tail++] = root; member[root] = 1
      while (head < tail) { p = queue[head++]; for (q in parent) if (parent[q] == p && !(q in member)) { member[q] = 1; queue[tail++] = q } }
      jvm = ""
      for (p in member) if (args[p] ~ /surefirebooter|vn\.vneidlink\.bench\.(BareJourney|SuiteJourney)/ && args[p] ~ /java/ && args[p] !~ /^\/bin\/sh|^sh /) jvm = p
      for (p in member) if (args[p] ~ /^([^ ]*\/)?node [^ ]*journey\.mjs/) jvm = p
      # browser: descendants of the JVM (of node: but the MockServe JVM, counted with node)
      delete browser; delete aux
      if (jvm != "") { head = 0; tail = 0; queue[tail++] = jvm
        while (head < tail) { p = queue[head++]; for (q in parent) if (parent[q] == p && !(q in browser) && !(q in aux)) {
          if (args[q] ~ /vn\.vneidlink\.bench\.MockServe/) aux[q] = 1; else { browser[q] = 1; queue[tail++] = q } } } }
      sum_jvm = 0; sum_br = 0; sum_br_pss = 0; sum_mvn = 0; nbr = 0
      for (p in member) {
        rss = 0; f = "/proc/" p "/status"
        while ((getline line < f) > 0) if (line ~ /^VmRSS:/) { split(line, a, " "); rss = a[2] }
        close(f)
        ticks = -1; f = "/proc/" p "/stat"
        if ((getline line < f) > 0) { sub(/^.*\) /, "", line); split(line, s, " "); ticks = s[12] + s[13] }
        close(f)
        grp = (p == jvm || (p in aux)) ? "jvm" : ((p in browser) ? "browser" : "maven")
        if (ticks >= 0) { cpu[p] = ticks; group[p] = grp }
        if (grp == "jvm") sum_jvm += rss
        else if (grp == "browser") {
          sum_br += rss; nbr++
          pss = 0; f = "/proc/" p "/smaps_rollup"
          while ((getline line < f) > 0) if (line ~ /^Pss:/) { split(line, a, " "); pss = a[2] }
          close(f); sum_br_pss += pss
        } else if (args[p] ~ /java/) sum_mvn += rss
      }
      if (sum_jvm > peak_jvm) peak_jvm = sum_jvm
      if (sum_br > peak_br) peak_br = sum_br
      if (sum_br_pss > peak_br_pss) peak_br_pss = sum_br_pss
      if (sum_jvm + sum_br > peak_total) peak_total = sum_jvm + sum_br
      if (sum_mvn > peak_mvn) peak_mvn = sum_mvn
      if (nbr > peak_procs) peak_procs = nbr
      samples++
    }
    /^SNAPSHOT$/ { flush(); delete parent; delete args; count = 0; next }
    { pid = $1; ppid = $2; $1 = ""; $2 = ""; parent[pid] = ppid; args[pid] = substr($0, 3); count++ }
    END {
      flush()
      for (p in cpu) cputotal[group[p]] += cpu[p]
      printf "samples=%d\npeak-jvm-rss-kb=%d\npeak-browser-rss-kb=%d\npeak-browser-pss-kb=%d\npeak-jvm-plus-browser-rss-kb=%d\npeak-maven-rss-kb=%d\npeak-browser-processes=%d\n", samples, peak_jvm, peak_br, peak_br_pss, peak_total, peak_mvn, peak_procs
      printf "cpu-jvm-s=%.1f\ncpu-browser-s=%.1f\ncpu-maven-s=%.1f\n", cputotal["jvm"] / hz, cputotal["browser"] / hz, cputotal["maven"] / hz
    }' > "$result"
}

cpu_busy_ticks() { awk '/^cpu /{ idle = $5 + $6; total = 0; for (i = 2; i <= NF; i++) total += $i; print total - idle, total }' /proc/stat; }

# run_measured LABEL COMMAND...: runs the command in the background with the sampler on its process
# tree; writes LABEL.log, LABEL.mem (sampler), LABEL.time (wall-ms=, machine-cpu-busy-pct=, exit=).
run_measured() {
  local label=$1; shift
  rm -f "$OUT/$label.stop"
  read -r busy0 total0 < <(cpu_busy_ticks)
  local t0; t0=$(date +%s%N)
  "$@" > "$OUT/$label.log" 2>&1 &
  local pid=$!
  sample "$pid" "$OUT/$label.stop" "$OUT/$label.mem" &
  local sampler=$!
  wait "$pid"; local rc=$?
  local t1; t1=$(date +%s%N)
  touch "$OUT/$label.stop"; wait "$sampler"
  read -r busy1 total1 < <(cpu_busy_ticks)
  {
    echo "wall-ms=$(( (t1 - t0) / 1000000 ))"
    echo "machine-cpu-busy-pct=$(( (busy1 - busy0) * 100 / (total1 - total0 > 0 ? total1 - total0 : 1) ))"
    echo "exit=$rc"
  } > "$OUT/$label.time"
}

suite() {  # suite K [extra maven args...]
  # The thread count: vneidlink.threads for the custom strategy (vn.vneidlink.config.ScenarioThreads),
  # the fixed.* pair for the fixed strategy; whichever junit-platform.properties configures applies.
  local k=$1; shift
  ./mvnw -B -o failsafe:integration-test failsafe:verify -Dvneidlink.threads="$k" -Dvneidlink.browser.binary="$CHROMIUM" \
    -Dcucumber.execution.parallel.config.fixed.parallelism="$k" \
    -Dcucumber.execution.parallel.config.fixed.max-pool-size="$k" "$@"
}

keep_results() {  # keep_results LABEL: the Cucumber JUnit XML and the Allure results of the run just made
  cp target/cucumber/junit.xml "$OUT/$1.junit.xml" 2>/dev/null || true
  mkdir -p "$OUT/$1.allure"
  find target/allure-results -maxdepth 1 -name '*-result.json' -exec cp {} "$OUT/$1.allure/" \; 2>/dev/null
  { report junit "$OUT/$1.junit.xml" 2>/dev/null; report allure "$OUT/$1.allure"; } > "$OUT/$1.figures"
}

get() { grep -m1 "^$2=" "$1" 2>/dev/null | cut -d= -f2-; }   # get FILE KEY
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print ""; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
maxof() { sort -g | tail -1; }
col() {  # col PATTERN FILE-SUFFIX KEY: values of KEY over the files $OUT/PATTERN*.SUFFIX
  local f; for f in "$OUT"/$1*."$2"; do [ -e "$f" ] && get "$f" "$3"; done
}
secs() { awk -v ms="$1" 'BEGIN { if (ms == "") print "–"; else printf "%.1f s", ms / 1000 }'; }
mib() { awk -v kb="$1" 'BEGIN { if (kb == "" || kb == 0) print "–"; else printf "%.0f MiB", kb / 1024 }'; }
list_secs() { awk '{ printf "%s%.1f", (NR > 1 ? ", " : ""), $1 / 1000 }'; }

# ---------------------------------------------------------------------------------------------
other=$(ps -e -o pid=,args= | grep -E 'surefirebooter|chromedriver|/chromium|journey\.mjs' | grep -v -e grep -e "$ROOT/" | wc -l)
load_start=$(cut -d' ' -f1-3 /proc/loadavg)
if [ "$other" -gt 0 ]; then
  log "WARNING: $other test JVM/browser process(es) of another run are active on this machine: figures will be slower and noisier"
fi

levels=(1); [ "$threads" -ne 1 ] && levels+=("$threads")
for r in $(seq 1 "$repeats"); do
  for k in "${levels[@]}"; do
    log "suite at $k thread(s), run $r/$repeats"
    rm -rf target/allure-results
    run_measured "suite-k$k-r$r" suite "$k" ${BENCHMARK_SUITE_TAGS:+"-Dcucumber.filter.tags=$BENCHMARK_SUITE_TAGS"}
    keep_results "suite-k$k-r$r"
    log "  $(get "$OUT/suite-k$k-r$r.time" wall-ms) ms wall, exit $(get "$OUT/suite-k$k-r$r.time" exit), max $(get "$OUT/suite-k$k-r$r.figures" max-concurrent) scenario(s) at once"
  done
done

# The journey, cold: suite, bare program and Playwright peer one after the other, repeats times, so
# that a change of the machine's load touches all three alike.
for r in $(seq 1 "$repeats"); do
  log "full journey (@hanh-trinh, screenshots on), run $r/$repeats"
  rm -rf target/allure-results
  run_measured "journey-r$r" suite 1 -Dcucumber.filter.tags=@hanh-trinh
  keep_results "journey-r$r"
  log "  scenario $(get "$OUT/journey-r$r.figures" journey-seconds) s"
  log "bare WebDriver program in a fresh JVM (cold), run $r/$repeats"
  run_measured "bare-cold-r$r" java $JVM_FLAGS -cp "$CP" vn.vneidlink.bench.BareJourney 1
  if [ -z "$pw_skip" ]; then
    log "Playwright peer in a fresh node process (cold), run $r/$repeats"
    run_measured "pw-cold-r$r" playwright 1 browser
    log "  $(grep -m1 -e '^first run' -e 'playwright journey:' "$OUT/pw-cold-r$r.log")"
  fi
done

warm_runs=$((repeats + 1))
log "full journey under the suite, $warm_runs runs in one JVM (run 1 cold, the others warm)"
run_measured suite-journey java $JVM_FLAGS -Dallure.results.directory="$OUT/suite-journey.allure" -Dfile.encoding=UTF-8 \
  -Djava.awt.headless=true -cp "$CP" vn.vneidlink.bench.SuiteJourney "$warm_runs"
report allure "$OUT/suite-journey.allure" > "$OUT/suite-journey.figures" 2>/dev/null || true

log "bare WebDriver program, $warm_runs runs in one JVM (run 1 cold, the others warm)"
run_measured bare java $JVM_FLAGS -cp "$CP" vn.vneidlink.bench.BareJourney "$warm_runs"
grep -E '^(run|median|first|step)' "$OUT/bare.log" > "$OUT/bare.out" || true

if [ -z "$pw_skip" ]; then
  log "Playwright peer, $warm_runs runs in one node process, a new browser per run (run 1 cold, the others warm)"
  run_measured pw-browser playwright "$warm_runs" browser
  log "  $(grep -m1 -e '^median of runs' -e 'playwright journey:' "$OUT/pw-browser.log")"
  log "Playwright peer, $warm_runs runs in one node process, one browser, a new context per run"
  run_measured pw-context playwright "$warm_runs" context
  log "  $(grep -m1 -e '^median of runs' -e 'playwright journey:' "$OUT/pw-context.log")"
fi

# ---------------------------------------------------------------------------------------------
# Figures
k1=1; kn=$threads
wall1=$(col "suite-k$k1-" time wall-ms | median); walln=$(col "suite-k$kn-" time wall-ms | median)
own1=$(col "suite-k$k1-" figures suite-seconds | median); ownn=$(col "suite-k$kn-" figures suite-seconds | median)
sum1=$(col "suite-k$k1-" figures sum-seconds | median); sumn=$(col "suite-k$kn-" figures sum-seconds | median)
longest1=$(col "suite-k$k1-" figures max-seconds | median); longestn=$(col "suite-k$kn-" figures max-seconds | median)
tests=$(get "$OUT/suite-k$k1-r1.figures" tests)
fails=$(cat "$OUT"/suite-*.figures "$OUT"/journey-*.figures 2>/dev/null | awk -F= '$1 == "failures" || $1 == "errors" { s += $2 } END { print s + 0 }')
failed_runs=$(cat "$OUT"/*.time 2>/dev/null | grep -c '^exit=[1-9]')
skipped=$(get "$OUT/suite-k$k1-r1.figures" skipped)
conc1=$(col "suite-k$k1-" figures max-concurrent | maxof); concn=$(col "suite-k$kn-" figures max-concurrent | maxof)
busy1=$(col "suite-k$k1-" time machine-cpu-busy-pct | median); busyn=$(col "suite-k$kn-" time machine-cpu-busy-pct | median)
speedup=$(awk -v a="$wall1" -v b="$walln" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "–" }')
speedup_own=$(awk -v a="$own1" -v b="$ownn" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "–" }')
inflation=$(awk -v a="$sum1" -v b="$sumn" 'BEGIN { if (a > 0) printf "%.2f", b / a; else print "–" }')

cpu_j1=$(col "suite-k$k1-" mem cpu-jvm-s | median); cpu_b1=$(col "suite-k$k1-" mem cpu-browser-s | median); cpu_m1=$(col "suite-k$k1-" mem cpu-maven-s | median)
cpu_jn=$(col "suite-k$kn-" mem cpu-jvm-s | median); cpu_bn=$(col "suite-k$kn-" mem cpu-browser-s | median); cpu_mn=$(col "suite-k$kn-" mem cpu-maven-s | median)
jvm1=$(col "suite-k$k1-" mem peak-jvm-rss-kb | maxof); jvmn=$(col "suite-k$kn-" mem peak-jvm-rss-kb | maxof)
br1=$(col "suite-k$k1-" mem peak-browser-rss-kb | maxof); brn=$(col "suite-k$kn-" mem peak-browser-rss-kb | maxof)
brp1=$(col "suite-k$k1-" mem peak-browser-pss-kb | maxof); brpn=$(col "suite-k$kn-" mem peak-browser-pss-kb | maxof)
tot1=$(col "suite-k$k1-" mem peak-jvm-plus-browser-rss-kb | maxof); totn=$(col "suite-k$kn-" mem peak-jvm-plus-browser-rss-kb | maxof)
mvn1=$(col "suite-k$k1-" mem peak-maven-rss-kb | maxof); mvnn=$(col "suite-k$kn-" mem peak-maven-rss-kb | maxof)
procs1=$(col "suite-k$k1-" mem peak-browser-processes | maxof); procsn=$(col "suite-k$kn-" mem peak-browser-processes | maxof)

journey_ms=$(col "journey-" figures journey-seconds | awk '{ print $1 * 1000 }' | median)
journey_list=$(col "journey-" figures journey-seconds | awk '{ print $1 * 1000 }' | list_secs)
journey_warm=$(col "suite-k$k1-" figures journey-seconds | awk '{ print $1 * 1000 }' | median)
bare_line=$(grep -m1 '^median of' "$OUT/bare.out")
bare_total=$(sed -n 's/.*bare-total-ms=\([0-9]*\).*/\1/p' <<< "$bare_line")
bare_journey=$(sed -n 's/.*bare-journey-ms=\([0-9]*\).*/\1/p' <<< "$bare_line")
bare_mock=$(sed -n 's/.*mock-start-ms=\([0-9]*\).*/\1/p' <<< "$bare_line")
bare_browser=$(sed -n 's/.*browser-start-ms=\([0-9]*\).*/\1/p' <<< "$bare_line")
bare_list=$(sed -n 's/^run .*bare-journey-ms=\([0-9]*\).*/\1/p' "$OUT/bare.out" | list_secs)
bare_first=$(grep -m1 '^step' "$OUT/bare.out" >/dev/null && awk -F'\t' '$1 == "step" && $2 >= 3 { s += $3 } END { print s + 0 }' "$OUT/bare.out")
bare_jvm=$(get "$OUT/bare.mem" peak-jvm-rss-kb); bare_br=$(get "$OUT/bare.mem" peak-browser-rss-kb)
# Like for like. Cold: the scenario in a fresh Failsafe JVM against the bare program in a fresh JVM.
# Warm: the scenario after a first run in the same JVM (SuiteJourney) against the bare program's
# runs after its first (BareJourney): JIT and class loading are paid once per suite run, not per scenario.
bare_cold=$(for f in "$OUT"/bare-cold-r*.log; do sed -n 's/^median of 1: .*bare-total-ms=\([0-9]*\).*/\1/p' "$f"; done | median)
bare_cold_list=$(for f in "$OUT"/bare-cold-r*.log; do sed -n 's/^median of 1: .*bare-total-ms=\([0-9]*\).*/\1/p' "$f"; done | list_secs)
bare_warm=$(sed -n 's/^median of runs 2\.\.[0-9]* (warm JVM): .*bare-total-ms=\([0-9]*\).*/\1/p' "$OUT/bare.out")
suite_warm=$(sed -n 's/^median of runs 2\.\.[0-9]* (warm JVM): suite-journey-ms=\([0-9]*\).*/\1/p' "$OUT/suite-journey.log")
suite_warm_list=$(sed -n 's/^run [0-9]*\/[0-9]*: suite-journey-ms=\([0-9]*\).*/\1/p' "$OUT/suite-journey.log" | list_secs)
journey_after=$(grep '^journey-after-first-page-ms=' "$OUT/suite-journey.figures" 2>/dev/null | cut -d= -f2 | median)
ratio_cold=$(awk -v a="$journey_ms" -v b="$bare_cold" 'BEGIN { if (a > 0 && b > 0) printf "%.2f", a / b; else print "–" }')
ratio_warm=$(awk -v a="$suite_warm" -v b="$bare_warm" 'BEGIN { if (a > 0 && b > 0) printf "%.2f", a / b; else print "–" }')
verdict=$(awk -v c="$ratio_cold" -v w="$ratio_warm" 'BEGIN { if (c == "–" || w == "–") print "NOT MEASURED"; else if (c + 0 <= 1.5 && w + 0 <= 1.5) print "PASS (both ≤ 1.5)"; else print "FAIL (> 1.5)" }')
ratio_in_suite=$(awk -v a="$journey_warm" -v b="$bare_warm" 'BEGIN { if (a > 0 && b > 0) printf "%.2f", a / b; else print "–" }')
ratio_after=$(awk -v a="$journey_after" -v b="$bare_first" 'BEGIN { if (a > 0 && b > 0) printf "%.2f", a / b; else print "–" }')

# The Playwright peer, like for like with the suite: cold, a fresh node process (and its MockServe
# JVM) against the scenario in a fresh Failsafe JVM; warm, runs 2.. of one process with a new
# browser per run against SuiteJourney's warm runs (each a Cucumber run of its own, whose @AfterAll
# quits the shared browser: each starts a Chromium). The new-context mode (one browser for all
# runs) is shown for what a shared browser saves.
pw_field() {  # pw_field FILE LINE-PREFIX-REGEX KEY
  sed -n "s/^$2.* $3=\([0-9]*\).*/\1/p" "$1" 2>/dev/null | head -1
}
pw_cold=$(for f in "$OUT"/pw-cold-r*.log; do [ -e "$f" ] && pw_field "$f" 'first run (cold process):' playwright-total-ms; done | median)
pw_cold_list=$(for f in "$OUT"/pw-cold-r*.log; do [ -e "$f" ] && pw_field "$f" 'first run (cold process):' playwright-total-ms; done | list_secs)
pw_warm_line='median of runs 2\.\.[0-9]* (warm):'
pw_warm=$(pw_field "$OUT/pw-browser.log" "$pw_warm_line" playwright-total-ms)
pw_warm_mock=$(pw_field "$OUT/pw-browser.log" "$pw_warm_line" mock-start-ms)
pw_warm_browser=$(pw_field "$OUT/pw-browser.log" "$pw_warm_line" browser-start-ms)
pw_warm_journey=$(pw_field "$OUT/pw-browser.log" "$pw_warm_line" playwright-journey-ms)
pw_warm_list=$(sed -n 's/^run .*playwright-journey-ms=\([0-9]*\).*/\1/p' "$OUT/pw-browser.log" 2>/dev/null | list_secs)
pw_ctx=$(pw_field "$OUT/pw-context.log" "$pw_warm_line" playwright-total-ms)
pw_ctx_mock=$(pw_field "$OUT/pw-context.log" "$pw_warm_line" mock-start-ms)
pw_ctx_context=$(pw_field "$OUT/pw-context.log" "$pw_warm_line" browser-start-ms)
pw_ctx_journey=$(pw_field "$OUT/pw-context.log" "$pw_warm_line" playwright-journey-ms)
pw_ctx_list=$(sed -n 's/^run .*playwright-journey-ms=\([0-9]*\).*/\1/p' "$OUT/pw-context.log" 2>/dev/null | list_secs)
pw_errors=$(cat "$OUT"/pw-*.log 2>/dev/null | grep -m3 '^playwright journey:' | sed 's/^playwright journey: //; s/|/\\|/g' | paste -sd ';' -)
pw_jvm=$(get "$OUT/pw-browser.mem" peak-jvm-rss-kb); pw_br=$(get "$OUT/pw-browser.mem" peak-browser-rss-kb)
pw_ratio_cold=$(awk -v a="$journey_ms" -v b="$pw_cold" 'BEGIN { if (a > 0 && b > 0) printf "%.2f", a / b; else print "n/a" }')
# Like for like: the suite's warm runs share a running Chromium, a new isolated context each (vneidlink.browser.reuse=thread),
# as Playwright's context mode does; its new-browser mode is in the table for comparison.
pw_ratio_warm=$(awk -v a="$suite_warm" -v b="$pw_ctx" 'BEGIN { if (a > 0 && b > 0) printf "%.2f", a / b; else print "n/a" }')
pw_ratio_warm_browser=$(awk -v a="$suite_warm" -v b="$pw_warm" 'BEGIN { if (a > 0 && b > 0) printf "%.2f", a / b; else print "n/a" }')
pw_verdict=$(awk -v c="$pw_ratio_cold" -v w="$pw_ratio_warm" 'BEGIN { if (c == "n/a" || w == "n/a") print "NOT MEASURED"; else if (c + 0 <= 1.3 && w + 0 <= 1.3) print "PASS (both ≤ 1.3)"; else print "FAIL (> 1.3)" }')
pw_note=""
[ -n "$pw_skip" ] && pw_note="skipped: $pw_skip"
[ -z "$pw_skip" ] && [ -n "$pw_errors" ] && pw_note="failed: $pw_errors"

report steps "$OUT/bare.out" "$OUT/steps.md" "$OUT/suite-journey.allure" > "$OUT/steps.figures" 2>"$OUT/steps.err" || true

mem_total=$(awk '/^MemTotal:/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
chromium_version=$("$CHROMIUM" --version 2>/dev/null | grep -m1 -o 'Chromium [0-9.]*' || echo unknown)
driver_version=$(/usr/bin/chromedriver --version 2>/dev/null | grep -m1 -o 'ChromeDriver [0-9.]*' || echo unknown)
java_version=$(java -version 2>&1 | head -1)
cpu_model=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
took=$(( $(date +%s) - script_start ))

{
  echo "## Benchmark of vneid-link-verify — $(date '+%Y-%m-%d %H:%M')"
  echo
  echo "Machine: $(nproc) CPU ($cpu_model), $mem_total RAM; $chromium_version, $driver_version; $java_version."
  echo "Load average at start: $load_start$( [ "$other" -gt 0 ] && echo " — **another test run was active on the machine: figures are slower and noisier**")."
  [ -n "${BENCHMARK_SUITE_TAGS:-}" ] && echo "**Trial: the suite runs covered only $BENCHMARK_SUITE_TAGS.**"
  echo "Medians of $repeats run(s); suite = $tests scenarios ($skipped skipped), $fails failed scenario(s) over all runs ($failed_runs run(s) with a non-zero exit). Script time: $((took / 60)) min $((took % 60)) s."
  echo
  echo "| figure | 1 thread | $threads threads | notes |"
  echo "|---|---:|---:|---|"
  echo "| suite wall time (mvn -o failsafe:integration-test, from launch to exit) | $(secs "$wall1") | $(secs "$walln") | runs: $(col "suite-k$k1-" time wall-ms | list_secs) / $(col "suite-k$kn-" time wall-ms | list_secs) s |"
  echo "| suite time as Cucumber sees it (JUnit XML testsuite time) | $(secs "$(awk -v s="$own1" 'BEGIN { print s * 1000 }')") | $(secs "$(awk -v s="$ownn" 'BEGIN { print s * 1000 }')") | wall minus Maven and JVM start |"
  echo "| **speed-up 1 → $threads threads** | | **${speedup}×** | Cucumber's own time: ${speedup_own}× (ideal: ${threads}×) |"
  echo "| most scenarios seen running at once (Allure start/stop) | $conc1 | $concn | proves the thread count took effect |"
  echo "| sum of scenario times / longest scenario | $(secs "$(awk -v s="$sum1" 'BEGIN { print s * 1000 }')") / $(secs "$(awk -v s="$longest1" 'BEGIN { print s * 1000 }')") | $(secs "$(awk -v s="$sumn" 'BEGIN { print s * 1000 }')") / $(secs "$(awk -v s="$longestn" 'BEGIN { print s * 1000 }')") | a scenario takes ${inflation}× as long when $threads run side by side |"
  echo "| machine CPU busy during the run | ${busy1}% | ${busyn}% | of all $(nproc) CPUs, /proc/stat |"
  echo "| CPU time: test JVM / browser / Maven | ${cpu_j1} / ${cpu_b1} / ${cpu_m1} s | ${cpu_jn} / ${cpu_bn} / ${cpu_mn} s | utime+stime, /proc/<pid>/stat |"
  echo "| peak RSS of the test JVM (Failsafe fork) | $(mib "$jvm1") | $(mib "$jvmn") | max over runs, sampled every 200 ms |"
  echo "| peak RSS of the browser (chromedriver + chromium processes) | $(mib "$br1") | $(mib "$brn") | PSS (shared pages counted once): $(mib "$brp1") / $(mib "$brpn"); up to $procs1 / $procsn processes |"
  echo "| peak RSS test JVM + browser | $(mib "$tot1") | $(mib "$totn") | Maven's own JVM, not included: $(mib "$mvn1") / $(mib "$mvnn") |"
  echo
  echo "| full journey (@hanh-trinh, screenshots on) | time | notes |"
  echo "|---|---:|---|"
  echo "| cold, suite: scenario time (Cucumber JUnit XML) in a fresh Failsafe JVM | $(secs "$journey_ms") | runs: $journey_list s; includes starting the mocks and Chromium, the hooks and a screenshot after every step |"
  echo "| cold, bare: mock start + browser start + journey in a fresh JVM | $(secs "$bare_cold") | runs: $bare_cold_list s |"
  echo "| **cold ratio suite / bare** | **${ratio_cold}** | |"
  echo "| warm, suite: the scenario after a first run in the same JVM (SuiteJourney) | $(secs "$suite_warm") | runs (first one cold): $suite_warm_list s |"
  echo "| warm, bare: mock + browser + journey after a first run in the same JVM | $(secs "$bare_warm") | all runs: mock $(secs "$bare_mock") + browser $(secs "$bare_browser") + journey $(secs "$bare_journey") (median; journey runs: $bare_list s, the first cold) |"
  echo "| **warm ratio suite / bare** | **${ratio_warm}** | |"
  echo "| **goal: at most 1.5, cold and warm** | | **$verdict** |"
  echo "| same scenario inside the 1-thread suite run / warm bare | $(secs "$journey_warm") | ratio ${ratio_in_suite}; it ran among the other scenarios |"
  echo "| journey after the first page (steps 3 to the last): suite / bare | $(secs "$journey_after") / $(secs "$bare_first") | ratio ${ratio_after}; no start-up on either side |"
  echo "| peak RSS of the bare program: JVM / browser | $(mib "$bare_jvm") / $(mib "$bare_br") | |"
  echo "| cold, Playwright: mock start + browser start + journey in a fresh node process (MockServe JVM for the mocks) | $(secs "$pw_cold") | ${pw_cold_list:+runs: $pw_cold_list s}${pw_note:+; **$pw_note**} |"
  echo "| **cold ratio suite / Playwright** | **${pw_ratio_cold}** | |"
  echo "| warm, Playwright: one browser, a new context per run (runs 2–$warm_runs of one node process) | $(secs "$pw_ctx") | mock $(secs "$pw_ctx_mock") + context $(secs "$pw_ctx_context") + journey $(secs "$pw_ctx_journey") (median; journey runs: ${pw_ctx_list:-–} s, the first with the browser launch) |"
  echo "| **warm ratio suite / Playwright** (both: a running browser, a new context per run) | **${pw_ratio_warm}** | |"
  echo "| **goal: suite / Playwright at most 1.3, cold and warm** | | **$pw_verdict** |"
  echo "| warm, Playwright: a new browser per run (runs 2–$warm_runs) | $(secs "$pw_warm") | mock $(secs "$pw_warm_mock") + browser $(secs "$pw_warm_browser") + journey $(secs "$pw_warm_journey") (median; journey runs: ${pw_warm_list:-–} s, the first cold); suite warm / this: ${pw_ratio_warm_browser} |"
  echo "| peak RSS of the Playwright peer (new browser per run): node + MockServe JVM / browser | $(mib "$pw_jvm") / $(mib "$pw_br") | |"
  echo
  echo "Time per step of the full journey (Allure step start/stop of the SuiteJourney runs; bare: the same actions; medians of $warm_runs runs, the first of each cold):"
  echo
  cat "$OUT/steps.md" 2>/dev/null || echo "(no step table: see $OUT/steps.err)"
} > target/benchmark.md

cat target/benchmark.md
log "written to target/benchmark.md; logs and raw figures in $OUT/"
# The last two lines of stdout, for whoever reads only those.
na() { case "$1" in ''|–) echo n/a ;; *) echo "$1" ;; esac; }
echo "ratio suite/playwright warm=$(na "$pw_ratio_warm") cold=$(na "$pw_ratio_cold")"
echo "ratio suite/bare warm=$(na "$ratio_warm") cold=$(na "$ratio_cold")"
exit 0
