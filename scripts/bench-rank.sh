#!/usr/bin/env bash
# `caveat rank` beside the speed baselines of ../shared/bench, on the same pages, in one run.
#
#   scripts/bench-rank.sh [PAGES] [CORPUS_DIR...]
#
# The corpus is the grown one by default: ../shared/corpus and ../shared/corpus-next together.
# Copies the corpus pages round-robin into PAGES files under /tmp (real copies: caveat reads
# each file once, so symbolic links to one page would count once), then times, one after the
# other: a plain libxml2 tree parse in C (`rawparse compact`), the selectolax peer doing a
# minimal rating extraction, and `caveat rank` (full extraction, scoring, JSONL output) with
# one job and with every core. Prints wall and CPU seconds, CPU ms per page, pages/s and peak
# memory for each. Needs python3 with venv (selectolax is installed into a private venv).
set -euo pipefail
cd "$(dirname "$0")/.."
pages=${1:-1000}
shift || true
corpora=("$@")
[ ${#corpora[@]} -gt 0 ] || corpora=(../shared/corpus ../shared/corpus-next)
work=/tmp/caveat-bench
mkdir -p "$work"
swift build -c release --static-swift-stdlib --product caveat >&2 || { echo "build failed" >&2; exit 1; }

# Baselines, built from a private copy (../shared is read-only).
if [ ! -x "$work/bench/c/rawparse" ]; then
  rm -rf "$work/bench" && cp -r ../shared/bench "$work/bench" && chmod -R u+w "$work/bench"
  make -s -C "$work/bench/c" >&2
fi
if [ ! -x "$work/venv/bin/python" ]; then
  python3 -m venv "$work/venv" >&2
  "$work/venv/bin/pip" install -q selectolax >&2 || echo "selectolax could not be installed; its row is skipped" >&2
fi

# One page set per corpus and size: a set made from another corpus is never reused.
set_dir="$work/pages-$pages-$(for c in "${corpora[@]}"; do (cd "$c" && pwd); done | cksum | cut -d' ' -f1)"
if [ "$(find "$set_dir" -name '*.html' 2>/dev/null | wc -l)" -ne "$pages" ]; then
  rm -rf "$set_dir" && mkdir -p "$set_dir"
  mapfile -t src < <(find "${corpora[@]}" -type f \( -name '*.html' -o -name '*.htm' \) | sort)
  for ((i = 0; i < pages; i++)); do cp "${src[i % ${#src[@]}]}" "$set_dir/p$(printf %05d "$i").html"; done
fi
mb=$(du -sm "$set_dir" | cut -f1)
echo "pages: $pages ($mb MB) in $set_dir"
printf '%-28s %8s %8s %12s %9s %9s\n' tool wall_s cpu_s cpu_ms/page pages/s peak_MiB
run() {
  local name=$1; shift
  /usr/bin/time -o "$work/time.txt" -f '%e %U %S %M' "$@" >/dev/null 2>"$work/stderr.txt" || true
  read -r wall user sys rss < <(tail -1 "$work/time.txt")
  awk -v n="$name" -v w="$wall" -v u="$user" -v s="$sys" -v r="$rss" -v p="$pages" \
    'BEGIN { printf "%-28s %8.2f %8.2f %12.2f %9.1f %9.1f\n", n, w, u + s, (u + s) * 1000 / p, p / w, r / 1024 }'
}
run "rawparse compact (C)" "$work/bench/c/rawparse" compact "$set_dir"
if [ -x "$work/venv/bin/python" ] && "$work/venv/bin/python" -c 'import selectolax' 2>/dev/null; then
  run "selectolax peer (Python)" "$work/venv/bin/python" "$work/bench/py/peers.py" selectolax "$set_dir"
fi
run "caveat rank --jobs 1" .build/release/caveat rank --format jsonl --quiet --jobs 1 "$set_dir"
run "caveat rank (all cores)" .build/release/caveat rank --format jsonl --quiet "$set_dir"
