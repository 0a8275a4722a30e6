#!/usr/bin/env bash
# Wall time of one `caveat vet --format json` on a large saved page, release build.
#
#   scripts/bench-vet.sh [PAGE] [RUNS]
#
# PAGE defaults to the 3.1 MB Amazon page of ../shared/corpus; without ../shared, a 3 MB page
# is made from a fixture (its review list repeated, plus a large script blob, as real pages
# have). Prints the page size and the median, fastest and 90th-percentile wall times of RUNS
# runs (default 21) after one warm-up run, each a whole process: start-up, reading, parsing,
# extraction and JSON output included. The goal for issue "Caveat 1" is a median under 100 ms.
set -euo pipefail
cd "$(dirname "$0")/.."
page=${1:-../shared/corpus/amazon/metascraper-com-B0057OC5O8-relay.html}
runs=${2:-21}
swift build -c release --static-swift-stdlib --product caveat >&2
if [ ! -f "$page" ]; then
  page=$(mktemp -d)/synthetic-3mb.html
  python3 - "$page" <<'PY'
import sys, re
src = open("Fixtures/pages/amazon-2024-tabular.html", encoding="utf-8").read()
cards = re.findall(r'<div[^>]*data-hook="review".*?</div>\s*</div>', src, re.S)
blob = "<script>var state = " + ("{\"k\": \"" + "x" * 1000 + "\"}," * 1500) + "0;</script>"
filler = "".join(cards) * max(1, 1_200_000 // max(1, len("".join(cards))))
page = src.replace("</body>", blob + '<div id="more">' + filler + "</div></body>")
open(sys.argv[1], "w", encoding="utf-8").write(page)
PY
fi
python3 - "$page" "$runs" <<'PY'
import os, statistics, subprocess, sys, time
page, runs = sys.argv[1], int(sys.argv[2])
cmd = [".build/release/caveat", "vet", "--format", "json", page]
subprocess.run(cmd, stdout=subprocess.DEVNULL, check=True)
times = []
for _ in range(runs):
    start = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, check=True)
    times.append((time.perf_counter() - start) * 1000)
times.sort()
p90 = times[min(len(times) - 1, int(len(times) * 0.9))]
print(f"page {page}: {os.path.getsize(page) / 1e6:.2f} MB")
print(f"caveat vet --format json: median {statistics.median(times):.1f} ms, fastest {times[0]:.1f} ms, p90 {p90:.1f} ms ({runs} runs)")
PY
