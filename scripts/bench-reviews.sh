#!/bin/sh
# Precision, recall, F1 and support of the review reader per class, overall and per language,
# on the tuning and held-out splits of Tests/CaveatScoreTests/Resources/reviews*.jsonl, followed
# by every misread review. Usage: scripts/bench-reviews.sh
set -eu
cd "$(dirname "$0")/.."
swift build --build-tests >/dev/null
CAVEAT_REVIEW_BENCH=1 swift test --skip-build --filter "ReviewSetTests/report" 2>&1 |
  grep -v -E '^(◇|✔|􀟈|􁁛|Test Suite|Test Case|Executed|\[)' || true
