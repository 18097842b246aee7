#!/usr/bin/env bash
# Times `linkgraph extract --format jsonl` and `linkgraph orgs` against
# ripgrep finding the same file's URLs, side by side in one run: alternating, RUNS times each,
# medians. Outputs go to files, not /dev/null: ripgrep stops at the first
# match when its output is /dev/null, which would time nothing.
#
#   bench/extract.sh [ENTRIES] [RUNS]    (defaults: 65000 entries, about 100 MB; 5 runs)
#
# BASE=path/to/an/older/linkgraph adds its extract and orgs to the same
# alternation, for before-and-after figures.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
entries=${1:-65000}
runs=${2:-5}
command -v rg >/dev/null || { echo "bench/extract.sh: needs ripgrep (apt-get install ripgrep)" >&2; exit 2; }

work=bench/out
mkdir -p "$work"
go build -o "$work/linkgraph" ./cmd/linkgraph
listing=$work/listing-$entries.txt
[ -s "$listing" ] || go run ./bench/genlisting -entries "$entries" >"$listing"
size_mb=$(($(stat -c %s "$listing") / 1000000))

BENCH_TIMES=$work/extract-times.txt
: >"$BENCH_TIMES"
cat "$listing" >/dev/null # warm the page cache
# Each output file is removed before its command is timed: truncating the
# last run's 240 MB of JSON is the shell's work, not the command's, and
# would weigh on extract alone.
for _ in $(seq "$runs"); do
	rm -f "$work"/{cat,rg,extract,orgs,extract-base,orgs-base}.out
	time_cmd cat sh -c "cat '$listing' >'$work/cat.out'"
	time_cmd rg sh -c "rg -o 'https?://[^ ]+' '$listing' >'$work/rg.out'"
	time_cmd extract sh -c "'$work/linkgraph' extract --format jsonl '$listing' >'$work/extract.out'"
	# Another 240 MB written on top of these, uncommitted, is slower to
	# write (up to 1.8x, seen on BASE, always second): each goes before the
	# next command, its lines counted first.
	entries_out=$(wc -l <"$work/extract.out")
	rm -f "$work/extract.out"
	time_cmd orgs sh -c "'$work/linkgraph' orgs '$listing' >'$work/orgs.out'"
	if [ -n "${BASE:-}" ]; then
		time_cmd base-extract sh -c "'$BASE' extract --format jsonl '$listing' >'$work/extract-base.out'"
		rm -f "$work/extract-base.out"
		time_cmd base-orgs sh -c "'$BASE' orgs '$listing' >'$work/orgs-base.out'"
	fi
done
cat_ms=$(median_ms cat)
rg_ms=$(median_ms rg)
ex_ms=$(median_ms extract)
orgs_ms=$(median_ms orgs)
printf '%s\n' "listing: $listing ($size_mb MB, $entries entries), $runs runs each, medians"
printf '%-44s %8s %8s\n' "command" "ms" "vs rg"
printf '%-44s %8s %8s\n' "cat > file (floor)" "$cat_ms" "$(ratio "$cat_ms" "$rg_ms")"
printf '%-44s %8s %8s\n' "rg -o 'https?://[^ ]+' > file" "$rg_ms" "1.00"
printf '%-44s %8s %8s\n' "linkgraph extract --format jsonl > file" "$ex_ms" "$(ratio "$ex_ms" "$rg_ms")"
printf '%-44s %8s %8s\n' "linkgraph orgs > file" "$orgs_ms" "$(ratio "$orgs_ms" "$rg_ms")"
if [ -n "${BASE:-}" ]; then
	b_ex=$(median_ms base-extract)
	b_orgs=$(median_ms base-orgs)
	printf '%-44s %8s %8s\n' "BASE extract --format jsonl > file" "$b_ex" "$(ratio "$b_ex" "$rg_ms")"
	printf '%-44s %8s %8s\n' "BASE orgs > file" "$b_orgs" "$(ratio "$b_orgs" "$rg_ms")"
fi
summary "links in a $size_mb MB listing: extract --format jsonl" "$ex_ms ms" "rg $rg_ms ms" "$(ratio "$ex_ms" "$rg_ms")x" "within 3x" "$(within "$ex_ms" "$rg_ms" 3)"
summary "links in a $size_mb MB listing: orgs" "$orgs_ms ms" "rg $rg_ms ms" "$(ratio "$orgs_ms" "$rg_ms")x" "within 1.5x" "$(within "$orgs_ms" "$rg_ms" 1.5)"
echo "links: rg $(wc -l <"$work/rg.out"), linkgraph entries $entries_out"
