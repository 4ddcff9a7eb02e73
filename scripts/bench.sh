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

# 4. The People register (Step 2): one run of bench_people_filter (it repeats its own measurements: 5 loads,
#    5 rounds of typing, 5 rounds of each SQL peer), on the same demo file.
j=$("$build/tests/bench/bench_people_filter" "$work/demo.sqlite" 2>/dev/null)
sub() { python3 -c 'import json,sys; d=json.loads(sys.argv[1]); [d := d[k] for k in sys.argv[2].split(".")]; print(round(d, 1) if isinstance(d, float) else d)' "$1" "$2"; }
echo "| open file → People list shown (overview painted, then Ctrl+F: index loaded, model reset, list painted) | one run | $(sub "$j" open_to_people_shown_ms) ms (open → overview $(sub "$j" open_to_overview_ms) ms, overview → People $(sub "$j" overview_to_people_shown_ms) ms) |"
echo "| load the People index alone (raw sqlite3, UTF-8 into the index) | median of 5 | $(sub "$j" index_load_raw_median_ms) ms; reading the same rows through QSqlQuery (no index built) $(sub "$j" read_same_rows_qsqlquery_median_ms) ms |"
echo "| type \"$(sub "$j" typing.text)\" key by key into the filter box, list painted after each key | 5 rounds × $(( $(sub "$j" typing.keystrokes) / 5 )) keys | median $(sub "$j" typing.median_ms) ms, p95 $(sub "$j" typing.p95_ms) ms, max $(sub "$j" typing.max_ms) ms |"
echo "| the filter alone in core, per prefix: from scratch / narrowing the previous matches | one pass | median $(sub "$j" core_filter_from_scratch.median_ms) / $(sub "$j" core_filter_narrowing.median_ms) ms, max $(sub "$j" core_filter_from_scratch.max_ms) / $(sub "$j" core_filter_narrowing.max_ms) ms |"
echo "| peer: sqlite3, the same rule as SQL (one LIKE '%word%' per word on name key, ID, code), same rows: $(sub "$j" peer_sql_like_same_rule.same_rows_as_ours) | 5 rounds | median $(sub "$j" peer_sql_like_same_rule.median_ms) ms, max $(sub "$j" peer_sql_like_same_rule.max_ms) ms |"
echo "| peer: DB Browser for SQLite's filter, full_name LIKE '%typed%' (finds no accented name) | 5 rounds | median $(sub "$j" peer_sql_like_full_name_literal.median_ms) ms, max $(sub "$j" peer_sql_like_full_name_literal.max_ms) ms |"
echo "| control: QSortFilterProxyModel, sorted, invalidateFilter() per key, same rule, painted (capped: $(sub "$j" control_qsortfilterproxymodel.capped)) | one round | median $(sub "$j" control_qsortfilterproxymodel.median_ms) ms, max $(sub "$j" control_qsortfilterproxymodel.max_ms) ms; initial sort $(sub "$j" control_qsortfilterproxymodel.setup_sort_ms) ms |"
echo "| scroll the whole list: scrollToBottom; Page Down from top to bottom, each page painted | one run | $(sub "$j" scroll_to_bottom_ms) ms; $(sub "$j" page_down_pages) pages in $(sub "$j" page_down_whole_list_ms) ms ($(sub "$j" page_down_per_page_ms) ms a page) |"
echo "| memory: People index per person; RSS before open / overview / People shown; peak | – | $(sub "$j" index_bytes_per_person) B; $(sub "$j" rss_before_open_mb) / $(sub "$j" rss_overview_mb) / $(sub "$j" rss_people_shown_mb) MB; peak $(sub "$j" peak_rss_ours_mb) MB (with the peers $(sub "$j" peak_rss_end_mb) MB) |"

# 5. The other registers (Step 2): the Households register and attendance entry at the learning centre, on a
#    copy of the same demo file (marking people present writes to it).
cp "$work/demo.sqlite" "$work/registers.sqlite"
j=$("$build/tests/bench/bench_registers" "$work/registers.sqlite" 2>/dev/null)
echo "| Households register shown ($(sub "$j" households) households: read, model reset, painted) | one run | $(sub "$j" households_shown_ms) ms |"
echo "| type \"nguyen van h\" key by key into the Households filter, list painted after each key | 5 rounds | median $(sub "$j" households_typing.median_ms) ms, p95 $(sub "$j" households_typing.p95_ms) ms, max $(sub "$j" households_typing.max_ms) ms |"
echo "| learning centre page shown (courses of the year, sessions, attendance, and the finder's people read) | one run | $(sub "$j" centre_shown_ms) ms |"
echo "| type \"nguyen van h\" into the attendance finder, matches listed after each key | 5 rounds | median $(sub "$j" finder_typing.median_ms) ms, p95 $(sub "$j" finder_typing.p95_ms) ms, max $(sub "$j" finder_typing.max_ms) ms |"
echo "| Enter in the finder: mark present (one undoable command, list and counts refreshed) | $(sub "$j" mark_present.samples) people | median $(sub "$j" mark_present.median_ms) ms, max $(sub "$j" mark_present.max_ms) ms |"

# 6. Evaluation of every title for a year (Step 3), and the targets dashboard, on copies of the same file.
echo
echo '```'
"$build/tests/bench/bench_evaluation" "$work/demo.sqlite" --runs 3 2>/dev/null
"$build/tests/bench/bench_targets" "$work/demo.sqlite" --runs 5 2>/dev/null
# 7. Import (Step 4): reading, legacy encodings, and the whole import beside openpyxl merely reading.
"$build/tests/bench/bench_read_xlsx" --rows "$people" --runs 3 --peer 2>/dev/null
"$build/tests/bench/bench_encodings" --rows "$people" --runs 3 2>/dev/null
"$build/tests/bench/bench_import" --people "$people" --runs 3 --cli "$build/app/sohoctap-cli" 2>/dev/null
# 8. Reports (Step 5): the yearly report and the whole register, beside Python XlsxWriter writing the same
#    cells; the lists alone.
"$build/tests/bench/bench_reports" --people "$people" --runs 3 --peer 2>/dev/null
"$build/tests/bench/bench_list_reports" --people "$people" --peer 2>/dev/null
# 9. Volunteer packages (Step 6): a village of 10,000 people, 2,000 random edits on each side, merged.
"$build/tests/bench/bench_merge" --people 10000 --edits 2000 2>/dev/null
# 10. Backups (issue 9): a checked backup of the demo file in the worker and on the GUI thread, and a restore.
"$build/tests/bench/bench_backup" "$work/demo.sqlite" --runs 3 2>/dev/null
echo '```'
