#!/usr/bin/env bash
# Runs the test suite under AddressSanitizer and ThreadSanitizer, and the hostile-input suite
# against the ASan build of `caveat`.
#
#   scripts/sanitizers.sh [asan|tsan|hostile|all ...]      (default: all)
#
# Each sanitizer builds in its own scratch path (.build-asan, .build-tsan; both gitignored), so
# the normal .build is never touched. Logs go to $SAN_LOGS (default .build-sanitizer-logs/).
# Phases:
#   asan     swift build --build-tests --sanitize=address, then swift test --sanitize=address
#   tsan     the same with --sanitize=thread
#   hostile  ../shared/hostile/run_hostile.sh -m 0 -s 5 <asan caveat> vet --format json {input}
#            (-m 0: the sanitizers reserve terabytes of virtual memory, so no RLIMIT_AS cap).
#            Skipped with a note when ../shared/hostile is absent.
# Environment: SAN_NO_SUPPRESS=1 (no LSan suppressions), SAN_TEST_FILTER (passed to swift test --filter), SAN_JOBS (-j for builds),
#   ASAN_OPTIONS / TSAN_OPTIONS (defaults below; set them to override).
# Ends with one line per phase (PASS/FAIL/SKIP, with test counts) and "N passed, M failed";
# exit status 0 iff no phase failed.
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
LOGS=${SAN_LOGS:-$ROOT/.build-sanitizer-logs}
mkdir -p "$LOGS"
JOBS=${SAN_JOBS:-$(nproc)}
# halt_on_error: the first report fails the run; leak detection stays on for ASan.
export ASAN_OPTIONS=${ASAN_OPTIONS:-halt_on_error=1:abort_on_error=0:detect_stack_use_after_return=0:allocator_may_return_null=1}
export TSAN_OPTIONS=${TSAN_OPTIONS:-halt_on_error=1:second_deadlock_stack=1}
# Reviewed LeakSanitizer false positives (scripts/lsan.supp: the IndexedQuery plan cache, Foundation
# objects alive when the test runner exits). SAN_NO_SUPPRESS=1 shows them again.
if [ -z "${SAN_NO_SUPPRESS:-}" ]; then
  export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$ROOT/scripts/lsan.supp:print_suppressions=0}
fi
# The Swift runtime's crash backtracer and the sanitizers both install handlers; let the
# sanitizer print the report.
export SWIFT_BACKTRACE=${SWIFT_BACKTRACE:-enable=no}

phases=("$@")
[ ${#phases[@]} -eq 0 ] && phases=(all)
want() { local p; for p in "${phases[@]}"; do [ "$p" = all ] || [ "$p" = "$1" ] && return 0; done; return 1; }

declare -a SUMMARY=()
passed=0 failed=0
record() { # phase status detail
  SUMMARY+=("$(printf '%-8s %-4s %s' "$1" "$2" "$3")")
  case $2 in PASS) passed=$((passed + 1)) ;; FAIL) failed=$((failed + 1)) ;; esac
}

# Counts from swift-testing ("Test run with N tests in M suites passed/failed after …") and
# XCTest ("Executed N tests, with M failures"); plus any sanitizer report.
test_counts() {
  local log=$1 line
  line=$(grep -E '✔ Test run with|✘ Test run with|Test run with [0-9]+ tests' "$log" | tail -1)
  [ -n "$line" ] && printf '%s' "$(sed -E 's/^[^T]*//' <<<"$line")"
  line=$(grep -E 'Executed [0-9]+ tests?, with' "$log" | tail -1)
  [ -n "$line" ] && printf '; XCTest: %s' "$(sed -E 's/^ *//' <<<"$line")"
  local n
  n=$(grep -cE 'ERROR: (AddressSanitizer|LeakSanitizer)|WARNING: ThreadSanitizer|runtime error:' "$log")
  [ "$n" -gt 0 ] && printf '; %s sanitizer report(s)' "$n"
  return 0
}

run_tests() { # name sanitizer scratch
  local name=$1 san=$2 scratch=$ROOT/$3 blog=$LOGS/$1-build.log tlog=$LOGS/$1-test.log
  echo "== $name: building tests with --sanitize=$san in ${scratch#"$ROOT"/} (log: $blog)"
  local t0=$SECONDS
  if ! swift build --build-tests --sanitize="$san" --scratch-path "$scratch" -j "$JOBS" >"$blog" 2>&1; then
    tail -30 "$blog"
    record "$name" FAIL "build failed ($((SECONDS - t0)) s), see $blog"
    return 1
  fi
  echo "== $name: built in $((SECONDS - t0)) s; running swift test --sanitize=$san (log: $tlog)"
  local filter=()
  [ -n "${SAN_TEST_FILTER:-}" ] && filter=(--filter "$SAN_TEST_FILTER")
  t0=$SECONDS
  swift test --sanitize="$san" --scratch-path "$scratch" -j "$JOBS" "${filter[@]}" >"$tlog" 2>&1
  local rc=$?
  local counts
  counts=$(test_counts "$tlog")
  if [ $rc -eq 0 ] && ! grep -qE 'ERROR: (AddressSanitizer|LeakSanitizer)|WARNING: ThreadSanitizer' "$tlog"; then
    record "$name" PASS "tests ($((SECONDS - t0)) s) ${counts}"
  else
    grep -nE -A12 'ERROR: (AddressSanitizer|LeakSanitizer)|WARNING: ThreadSanitizer' "$tlog" | head -60
    grep -E '✘|error:' "$tlog" | head -20
    record "$name" FAIL "exit $rc ($((SECONDS - t0)) s) ${counts}; see $tlog"
  fi
}

if want asan; then run_tests asan address .build-asan; fi
if want tsan; then run_tests tsan thread .build-tsan; fi

if want hostile; then
  hostile=$ROOT/../shared/hostile/run_hostile.sh
  hlog=$LOGS/hostile-asan.log
  if [ ! -x "$hostile" ] && [ ! -f "$hostile" ]; then
    record hostile SKIP "no ../shared/hostile/run_hostile.sh"
  else
    echo "== hostile: building caveat with --sanitize=address in .build-asan"
    if ! swift build --sanitize=address --scratch-path "$ROOT/.build-asan" -j "$JOBS" --product caveat \
      >"$LOGS/hostile-build.log" 2>&1; then
      tail -30 "$LOGS/hostile-build.log"
      record hostile FAIL "build of caveat failed, see $LOGS/hostile-build.log"
    else
      bin=$(swift build --sanitize=address --scratch-path "$ROOT/.build-asan" --show-bin-path)/caveat
      echo "== hostile: $hostile -m 0 -s 5 $bin vet --format json {input} (log: $hlog)"
      t0=$SECONDS
      bash "$hostile" -m 0 -s 5 -v "$bin" vet --format json '{input}' 2>&1 | tee "$hlog"
      rc=${PIPESTATUS[0]}
      line=$(grep -E '[0-9]+ passed, [0-9]+ failed' "$hlog" | tail -1)
      if [ "$rc" -eq 0 ]; then
        record hostile PASS "$line ($((SECONDS - t0)) s)"
      else
        record hostile FAIL "exit $rc: $line ($((SECONDS - t0)) s); see $hlog"
      fi
    fi
  fi
fi

echo
echo "== sanitizer summary (logs in $LOGS)"
for line in "${SUMMARY[@]}"; do echo "$line"; done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
