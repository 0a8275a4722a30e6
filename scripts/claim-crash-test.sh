#!/usr/bin/env bash
# Crash test for the claim store: starts `caveat claim log` / `caveat claim open` writes,
# kills each with SIGKILL after a random 0-50 ms, and after every kill checks with python3's
# sqlite3 module that the store passes PRAGMA integrity_check and still holds every write
# that was acknowledged (the command exited 0 before the kill).
#
# Usage: scripts/claim-crash-test.sh [ITERATIONS] [STORE_DIR]
#   ITERATIONS  default 1000
#   STORE_DIR   default: a new temporary folder (removed at the end when all passed)
#   CAVEAT      environment: the caveat executable (default: the first of
#               .build/release/caveat, .build/debug/caveat under the package)
# Prints "N passed, M failed"; exits 1 on any failure, 2 on a setup error.
set -u

iterations=${1:-1000}
store_dir=${2:-}
case $iterations in '' | *[!0-9]*) echo "iterations must be a number: $iterations" >&2; exit 2 ;; esac

root=$(cd "$(dirname "$0")/.." && pwd)
caveat=${CAVEAT:-}
if [ -z "$caveat" ]; then
  for candidate in "$root/.build/release/caveat" "$root/.build/debug/caveat"; do
    if [ -x "$candidate" ]; then caveat=$candidate; break; fi
  done
fi
if [ -z "$caveat" ] || [ ! -x "$caveat" ]; then echo "caveat executable not found; set CAVEAT" >&2; exit 2; fi
command -v python3 >/dev/null || { echo "python3 is needed for the checks" >&2; exit 2; }

made_dir=0
if [ -z "$store_dir" ]; then
  store_dir=$(mktemp -d "${TMPDIR:-/tmp}/caveat-crash.XXXXXX")
  made_dir=1
fi
mkdir -p "$store_dir" || exit 2
store="$store_dir/claims.sqlite"
acked_events="$store_dir/acked-events.txt"
acked_claims="$store_dir/acked-claims.txt"
: >"$acked_events"
: >"$acked_claims"
today=2025-03-20
common=(--store "$store" --today "$today")
open_args=(--platform aliexpress --title "Crash test item" --seller "Crash Store" --ordered 2025-03-01
  --paid 9.99 --currency EUR --payment card --received 2025-03-10 --problem damaged)

# One claim to log events against.
if ! "$caveat" claim open "${common[@]}" "${open_args[@]}" --order CRASH-BASE --format json >"$store_dir/base.json"; then
  echo "could not open the base claim" >&2; exit 2
fi
claim_id=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["claim"]["id"])' "$store_dir/base.json") || exit 2
echo CRASH-BASE >>"$acked_claims"

check() {
  python3 - "$store" "$acked_events" "$acked_claims" <<'PY'
import sqlite3, sys
store, events_file, claims_file = sys.argv[1:4]
db = sqlite3.connect(store, timeout=10)
try:
    result = db.execute("PRAGMA integrity_check").fetchall()
    if result != [("ok",)]:
        print("integrity_check: %r" % (result,)); sys.exit(1)
    notes = {row[0] for row in db.execute("SELECT note FROM claim_events")}
    orders = {row[0] for row in db.execute("SELECT order_number FROM claims")}
finally:
    db.close()
missing = [l.strip() for l in open(events_file) if l.strip() and l.strip() not in notes]
missing += [l.strip() for l in open(claims_file) if l.strip() and l.strip() not in orders]
if missing:
    print("acknowledged but missing: " + ", ".join(missing[:10])); sys.exit(1)
PY
}

passed=0
failed=0
acknowledged=0
for ((i = 1; i <= iterations; i++)); do
  marker="crash-$i-$RANDOM$RANDOM"
  if ((RANDOM % 4 == 0)); then
    kind=claim
    "$caveat" claim open "${common[@]}" "${open_args[@]}" --order "$marker" >/dev/null 2>"$store_dir/stderr.txt" &
  else
    kind=event
    "$caveat" claim log "$claim_id" note --note "$marker" "${common[@]}" >/dev/null 2>"$store_dir/stderr.txt" &
  fi
  pid=$!
  sleep "$(printf '0.%03d' $((RANDOM % 51)))"
  kill -9 "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  status=$?
  problem=""
  if [ "$status" -eq 0 ]; then
    acknowledged=$((acknowledged + 1))
    if [ "$kind" = claim ]; then echo "$marker" >>"$acked_claims"; else echo "$marker" >>"$acked_events"; fi
  elif [ "$status" -ne 137 ]; then
    problem="exit $status: $(head -c 300 "$store_dir/stderr.txt")"
  fi
  if report=$(check); then :; else problem="${problem:+$problem; }$report"; fi
  if [ -z "$problem" ]; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "iteration $i ($kind $marker): $problem" >&2
  fi
done

echo "$acknowledged of $iterations writes acknowledged before the kill"
echo "$passed passed, $failed failed"
if [ "$failed" -ne 0 ]; then
  echo "store kept for inspection: $store_dir" >&2
  exit 1
fi
[ "$made_dir" -eq 1 ] && rm -rf "$store_dir"
exit 0
