#!/usr/bin/env bash
# Runs the benchmark suite on this machine and prints the results as Markdown for docs/BENCHMARKS.md.
# Usage: scripts/bench.sh [PEOPLE]   (default 100000). Needs a build (scripts/build.sh) and sqlite3, hyperfine.
set -euo pipefail
cd "$(dirname "$0")/.."
people="${1:-100000}"
build=build
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen
median() { python3 -c 'import sys,statistics; print(round(statistics.median(float(x) for x in sys.argv[1:]), 3))' "$@"; }
field() { python3 -c 'import json,sys; print(round(json.loads(sys.argv[1])[sys.argv[2]], 3))' "$1" "$2"; }

echo "## Run of $(date -u +%Y-%m-%d) on $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo

# 1. Demo generation: 5 runs, median time and peak RSS.
times=(); rss=()
for i in 1 2 3 4 5; do
    rm -f "$work/demo.sqlite"*
    out=$( { /usr/bin/time -f '%e %M' "$build/app/sohoctap-cli" demo --out "$work/demo.sqlite" --people "$people" >/dev/null; } 2>&1 | tail -1)
    times+=("$(echo "$out" | cut -d' ' -f1)"); rss+=("$(echo "$out" | cut -d' ' -f2)")
done
size=$(stat -c %s "$work/demo.sqlite")
echo "| demo generation, $people people | median of 5 | $(median "${times[@]}") s, peak RSS $(( $(median "${rss[@]}" | cut -d. -f1) / 1024 )) MB, file $(( size / 1024 / 1024 )) MB |"

# 2. Open to a ready main window: 5 runs; the peer is the sqlite3 shell running the same checks and query.
opens=(); readys=(); wrss=()
for i in 1 2 3 4 5; do
    j=$("$build/tests/bench/bench_open_window" "$work/demo.sqlite" 2>/dev/null)
    opens+=("$(field "$j" open_file_ms)"); readys+=("$(field "$j" start_to_ready_ms)"); wrss+=("$(field "$j" peak_rss_mb)")
done
summary_sql="PRAGMA quick_check; SELECT v.id, count(DISTINCT h.id), count(p.id) FROM admin_unit v LEFT JOIN household h ON h.village_id = v.id LEFT JOIN membership m ON m.household_id = h.id AND m.valid_to IS NULL LEFT JOIN person p ON p.id = m.person_id AND p.death_date = '' WHERE v.kind IN ('village', 'residential_group') AND v.valid_to IS NULL AND (h.id IS NULL OR p.id IS NOT NULL) GROUP BY v.id;"
peer=$(hyperfine -N --warmup 1 --runs 5 --export-json "$work/peer.json" "sqlite3 $work/demo.sqlite \"$summary_sql\"" >/dev/null 2>&1 && python3 -c 'import json; print(round(json.load(open("'"$work/peer.json"'"))["results"][0]["median"]*1000, 1))')
echo "| open file → overview ready (start of process to painted window) | median of 5 | $(median "${readys[@]}") ms (openFile $(median "${opens[@]}") ms), peak RSS $(median "${wrss[@]}") MB |"
echo "| peer: sqlite3 shell, quick_check + the same summary query | median of 5 | $peer ms |"

# 3. Insert rate against raw SQLite, same run.
j=$("$build/tests/bench/bench_insert" --people "$people" --dir "$work")
echo "| insert, ours (PersonRepository + audit entry, one transaction) | best of 3 | $(field "$j" ours_rows_per_s) people/s |"
echo "| insert, raw sqlite3 C loop, same rows (person + audit entry) | best of 3 | $(field "$j" raw_same_rows_per_s) people/s; ratio ours/raw $(field "$j" ratio_same_rows) |"
echo "| insert, raw sqlite3 C loop, person rows only (no audit) | best of 3 | $(field "$j" raw_person_only_rows_per_s) people/s; ratio ours/raw $(field "$j" ratio_person_only) |"
