#!/usr/bin/env bash
# `caveat rank` of this checkout against an earlier revision, on the same pages.
#
#   scripts/bench-compare.sh BASE_REV [PAGES] [ROUNDS] [CORPUS_DIR]
#
# Builds BASE_REV (a commit, tag or branch of this repository) in a private worktree under
# /tmp and this checkout, both release with the Swift runtime linked statically, copies the
# corpus pages round-robin into PAGES files (as scripts/bench-rank.sh does), then runs the two
# `caveat rank --jobs 1` one after the other ROUNDS times and prints each run's CPU ms per page
# and the median of each side. Alternating the runs spreads a busy machine's noise over both.
# When valgrind is installed it also counts the instructions each side executes on the first
# 100 pages: a figure that does not move with the machine's load.
set -euo pipefail
cd "$(dirname "$0")/.."
base=${1:?usage: scripts/bench-compare.sh BASE_REV [PAGES] [ROUNDS] [CORPUS_DIR]}
pages=${2:-1000}
rounds=${3:-5}
corpus=${4:-../shared/corpus}
work=/tmp/caveat-bench
mkdir -p "$work"

commit=$(git rev-parse --verify "$base^{commit}")
tree="$work/base-$commit"
if [ ! -x "$tree/.build/release/caveat" ]; then
  rm -rf "$tree"
  git worktree prune
  git worktree add --detach "$tree" "$commit" >&2
  (cd "$tree" && swift build -c release --static-swift-stdlib --product caveat >&2)
fi
swift build -c release --static-swift-stdlib --product caveat >&2
new=.build/release/caveat
old="$tree/.build/release/caveat"

set_dir="$work/pages-$pages-$(printf '%s' "$(cd "$corpus" && pwd)" | cksum | cut -d' ' -f1)"
if [ "$(find "$set_dir" -name '*.html' 2>/dev/null | wc -l)" -ne "$pages" ]; then
  rm -rf "$set_dir" && mkdir -p "$set_dir"
  mapfile -t src < <(find "$corpus" -type f \( -name '*.html' -o -name '*.htm' \) | sort)
  for ((i = 0; i < pages; i++)); do cp "${src[i % ${#src[@]}]}" "$set_dir/p$(printf %05d "$i").html"; done
fi

cpu_ms() {
  /usr/bin/time -o "$work/time.txt" -f '%U %S' "$1" rank --format jsonl --quiet --jobs 1 "$set_dir" >/dev/null 2>&1 || true
  awk -v p="$pages" '{ printf "%.3f", ($1 + $2) * 1000 / p }' "$work/time.txt"
}
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo "pages: $pages from $corpus; base $base ($commit); $rounds rounds"
printf '%-6s %14s %14s\n' round "base ms/page" "this ms/page"
: >"$work/old.txt"
: >"$work/new.txt"
for ((r = 1; r <= rounds; r++)); do
  a=$(cpu_ms "$old")
  b=$(cpu_ms "$new")
  echo "$a" >>"$work/old.txt"
  echo "$b" >>"$work/new.txt"
  printf '%-6s %14s %14s\n' "$r" "$a" "$b"
done
printf '%-6s %14s %14s\n' median "$(median <"$work/old.txt")" "$(median <"$work/new.txt")"

if command -v valgrind >/dev/null; then
  sample="$work/sample-100-$(basename "$set_dir")"
  if [ ! -d "$sample" ]; then
    mkdir -p "$sample"
    find "$set_dir" -name '*.html' | sort | head -100 | xargs cp -t "$sample"
  fi
  count() {
    # Debug sections make valgrind slow to start; a stripped copy executes the same code.
    strip --strip-debug -o "$work/counted" "$1"
    valgrind --tool=callgrind --callgrind-out-file=/dev/null "$work/counted" rank --format jsonl --quiet --jobs 1 \
      "$sample" 2>&1 >/dev/null | awk '/Collected/ { gsub(",", "", $4); print $4 }'
  }
  a=$(count "$old")
  b=$(count "$new")
  awk -v a="$a" -v b="$b" -v n="$(find "$sample" -name '*.html' | wc -l)" 'BEGIN {
    printf "instructions on %d pages: base %.0f M, this %.0f M (%+.1f %%)\n", n, a / 1e6, b / 1e6, (b - a) * 100 / a }'
fi
