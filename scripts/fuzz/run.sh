#!/usr/bin/env bash
# Builds the Caveat fuzz targets with libFuzzer + AddressSanitizer and runs them.
#
#   scripts/fuzz/run.sh [TARGET|all] [SECONDS_PER_TARGET] [JOBS]
#
#   TARGET   FuzzPage FuzzTree FuzzMHTML FuzzEncoding FuzzNumbers FuzzJSON FuzzEscapers, or all (default)
#   SECONDS  time per target (default 30): wall-clock seconds (-max_total_time), or CPU seconds
#            of the fuzzer process when FUZZ_BUDGET=cpu (a watcher interrupts it when its
#            user+system time reaches SECONDS; use this for "N CPU-minutes per target" on a
#            shared machine, e.g. under `nice`)
#   JOBS     how many targets fuzz at the same time, one process each (default 1)
#
# Build (recipe B of ../shared/docs/RELIABILITY.md §2; `swift build --sanitize=fuzzer` links
# but leaves no coverage counters):
#   swift build -c debug --package-path scripts/fuzz --scratch-path $FUZZ_SCRATCH \
#     -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
# FUZZ_SCRATCH defaults to .build-fuzz in the main package (gitignored). Each target runs with
#   -max_total_time=SECONDS -rss_limit_mb=2048 -timeout=10 -max_len=262144 [-dict=...]
# on a working corpus ($FUZZ_SCRATCH/corpus/TARGET, grown by libFuzzer) plus the seeds in
# scripts/fuzz/corpus/TARGET (read only). Crash, timeout, OOM and leak reproducers go to
# scripts/fuzz/crashes/TARGET/; logs to $FUZZ_SCRATCH/logs/TARGET.log.
# Replay one reproducer:  $FUZZ_SCRATCH/debug/TARGET scripts/fuzz/crashes/TARGET/crash-...
# Prints per target: executions, exec/s, coverage, features, corpus size, crashes; then
# "N passed, M failed" (failed = targets that left a reproducer). Exit status 0 iff none failed.
# Extra libFuzzer flags can be given in FUZZ_FLAGS (e.g. FUZZ_FLAGS=-detect_leaks=0).
# FUZZ_CONFIG=release builds the targets optimised (still with ASan), several times faster.
# LeakSanitizer reads scripts/lsan.supp (reviewed false positives); FUZZ_NO_SUPPRESS=1 disables it.
set -uo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
ALL=(FuzzPage FuzzTree FuzzMHTML FuzzEncoding FuzzNumbers FuzzJSON FuzzEscapers)
target=${1:-all}
secs=${2:-30}
jobs=${3:-1}
SCRATCH=${FUZZ_SCRATCH:-$ROOT/.build-fuzz}

if [ "$target" = all ]; then
  targets=("${ALL[@]}")
else
  case " ${ALL[*]} " in
    *" $target "*) targets=("$target") ;;
    *) echo "unknown target '$target' (one of: ${ALL[*]} all)" >&2; exit 64 ;;
  esac
fi
[[ $secs =~ ^[0-9]+$ ]] && [[ $jobs =~ ^[1-9][0-9]*$ ]] || { sed -n '2,25p' "$0"; exit 64; }

echo "== building ${#targets[@]} target(s) in $SCRATCH"
build_log=$SCRATCH/build.log
mkdir -p "$SCRATCH"
config=${FUZZ_CONFIG:-debug}
if ! swift build -c "$config" --package-path "$HERE" --scratch-path "$SCRATCH" \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library >"$build_log" 2>&1; then
  grep -E 'error:' "$build_log" | head -30
  tail -20 "$build_log"
  echo "build failed (log: $build_log)"
  exit 1
fi
bin_dir=$SCRATCH/$config
# See scripts/lsan.supp: the IndexedQuery plan cache is reported as leaked on the first input.
# The Swift runtime's own crash backtracer fights ASan (a bogus stack-buffer-underflow in
# CrashHandlerLinux); let ASan and libFuzzer print the stack.
export SWIFT_BACKTRACE=${SWIFT_BACKTRACE:-enable=no}
if [ -z "${FUZZ_NO_SUPPRESS:-}" ]; then
  export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$ROOT/scripts/lsan.supp:print_suppressions=0}
fi

dict_for() {
  case $1 in
    FuzzPage | FuzzTree | FuzzMHTML | FuzzEncoding) echo "$HERE/html.dict" ;;
    FuzzJSON) echo "$HERE/json.dict" ;;
    *) echo "" ;;
  esac
}

run_one() {
  local t=$1 log=$SCRATCH/logs/$1.log work=$SCRATCH/corpus/$1 crashes=$HERE/crashes/$1
  mkdir -p "$work" "$crashes" "$SCRATCH/logs" "$HERE/corpus/$t"
  # Page targets also start from the repository's hand-written fixture pages (read only).
  local extra=()
  if [ "$t" = FuzzPage ] || [ "$t" = FuzzTree ] || [ "$t" = FuzzEncoding ]; then extra=("$HERE/../../Fixtures/pages"); fi
  local dict flags=()
  dict=$(dict_for "$t")
  [ -n "$dict" ] && flags+=("-dict=$dict")
  # shellcheck disable=SC2206
  [ -n "${FUZZ_FLAGS:-}" ] && flags+=($FUZZ_FLAGS)
  local before
  before=$(find "$crashes" -type f | wc -l)
  local limit=$secs
  rm -f "$log.cpu"
  # On a shared machine (CPU budget, usually under nice) wall time says little about a unit:
  # only units slower than two minutes are written out as slow.
  [ "${FUZZ_BUDGET:-wall}" = cpu ] && limit=0 && flags=(-report_slow_units=120 "${flags[@]}")
  "$bin_dir/$t" -max_total_time="$limit" -rss_limit_mb=2048 -timeout=10 -max_len=262144 \
    -print_final_stats=1 -artifact_prefix="$crashes/" "${flags[@]}" \
    "$work" "$HERE/corpus/$t" "${extra[@]}" >"$log" 2>&1 &
  local pid=$!
  if [ "${FUZZ_BUDGET:-wall}" = cpu ]; then
    local hz ticks
    hz=$(getconf CLK_TCK)
    while kill -0 "$pid" 2>/dev/null; do
      sleep 5
      # Fields 14 and 15 of /proc/PID/stat: user and system time in clock ticks.
      ticks=$(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null) || break
      if [ -n "$ticks" ] && [ $((ticks / hz)) -ge "$secs" ]; then
        echo "cpu seconds: $((ticks / hz))" >"$log.cpu"
        kill -INT "$pid" 2>/dev/null
        break
      fi
    done
  fi
  wait "$pid"
  local rc=$?
  # libFuzzer exits 72 when interrupted; that is the CPU watcher ending a clean run.
  [ "$rc" -eq 72 ] && [ -f "$log.cpu" ] && rc=0
  echo "$rc" >"$log.rc"
  local after
  after=$(find "$crashes" -type f | wc -l)
  echo $((after - before)) >"$log.new"
}

summarize() {
  local t=$1 log=$SCRATCH/logs/$1.log
  local rc new execs eps cov ft corpus
  rc=$(cat "$log.rc"); new=$(cat "$log.new")
  execs=$(grep -oE 'stat::number_of_executed_units:[[:space:]]+[0-9]+' "$log" | grep -oE '[0-9]+$' | tail -1)
  eps=$(grep -oE 'stat::average_exec_per_sec:[[:space:]]+[0-9]+' "$log" | grep -oE '[0-9]+$' | tail -1)
  # A crash ends the run before the final stats: take the last status line instead.
  [ -z "$execs" ] && execs=$(grep -oE '^#[0-9]+' "$log" | tail -1 | tr -d '#')
  cov=$(grep -oE 'cov: [0-9]+' "$log" | tail -1 | grep -oE '[0-9]+')
  ft=$(grep -oE 'ft: [0-9]+' "$log" | tail -1 | grep -oE '[0-9]+')
  corpus=$(grep -oE 'corp: [0-9]+/[0-9]+[a-zA-Z]*' "$log" | tail -1 | cut -d' ' -f2)
  local cpu=""
  [ -f "$log.cpu" ] && cpu=" $(cat "$log.cpu")"
  printf '%-13s execs %-9s exec/s %-6s cov %-6s ft %-7s corpus %-12s crashes %s (exit %s)%s\n' \
    "$t" "${execs:-?}" "${eps:-?}" "${cov:-?}" "${ft:-?}" "${corpus:-?}" "$new" "$rc" "$cpu"
  if [ "$new" -gt 0 ] || [ "$rc" -ne 0 ]; then
    grep -m1 -E '^==[0-9]+==ERROR|PROPERTY VIOLATED|Fatal error|ALARM: working on the last Unit|out-of-memory|Test unit written' "$log" | sed 's/^/    /'
    grep -m1 -A1 -E 'input \([0-9]+ bytes, hex' "$log" | sed 's/^/    /'
    grep -E '^ *#[0-9]+ 0x[0-9a-f]+ in .*(/work/|Caveat|Fuzz)' "$log" | grep -vE 'FuzzSupport|fuzzer::' \
      | head -6 | sed -E 's/^ *#[0-9]+ 0x[0-9a-f]+ in //' | swift demangle --simplified 2>/dev/null | cut -c1-200 | sed 's/^/    at /'
    grep -m1 -E '^SUMMARY:' "$log" | sed 's/^/    /'
    grep -E 'Test unit written to' "$log" | sed 's/^/    /'
    echo "    log: $log"
    return 1
  fi
  return 0
}

echo "== fuzzing: ${secs}s per target, $jobs at a time"
running=0
for t in "${targets[@]}"; do
  run_one "$t" &
  running=$((running + 1))
  if [ "$running" -ge "$jobs" ]; then wait -n; running=$((running - 1)); fi
done
wait

passed=0 failed=0
for t in "${targets[@]}"; do
  if summarize "$t"; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
done
# Drop empty crash folders so a clean run leaves nothing behind.
find "$HERE/crashes" -mindepth 1 -type d -empty -delete 2>/dev/null
rmdir "$HERE/crashes" 2>/dev/null
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
