#!/usr/bin/env bash
# Times `linkgraph related` and `linkgraph orgs` end to end (read, extract,
# index, answer) on generated listings of growing size, alternating the
# two commands RUNS times per size and reporting medians, with the peak
# memory GNU time saw. Targets (issues 3 and 6): 100k entries within 12x
# the time of 10k; related on 1M entries within 20 s and 8 GiB.
#
#   bench/related.sh [SIZES...]     (default: 10000 100000 1000000; RUNS=3)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
[ -x /usr/bin/time ] || { echo "bench/related.sh: needs GNU time (apt-get install time)" >&2; exit 2; }
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10000 100000 1000000)
runs=${RUNS:-3}
work=bench/out
mkdir -p "$work"
go build -o "$work/linkgraph" ./cmd/linkgraph
BENCH_TIMES=$work/related-times.txt
: >"$BENCH_TIMES"

# timed NAME CMD...: runs CMD with GNU time, appending "NAME ms" to
# $BENCH_TIMES and "NAME KiB" to $BENCH_TIMES.mem.
timed() {
	local name=$1 secs kib
	shift
	/usr/bin/time -f '%e %M' -o "$work/time.txt" "$@" >"$work/$name.out" 2>"$work/$name.err" || true
	read -r secs kib <"$work/time.txt"
	echo "$name $(awk -v s="$secs" 'BEGIN { printf "%d", s * 1000 }')" >>"$BENCH_TIMES"
	echo "$name $kib" >>"$BENCH_TIMES.mem"
}

peak_mib() { awk -v n="$1" '$1 == n && $2 > m { m = $2 } END { printf "%d", m / 1024 }' "$BENCH_TIMES.mem"; }

: >"$BENCH_TIMES.mem"
printf '%-10s %-8s %10s %12s\n' entries command "median ms" "peak MiB"
declare -A med
for n in "${sizes[@]}"; do
	listing=$work/listing-$n.txt
	[ -s "$listing" ] || go run ./bench/genlisting -entries "$n" >"$listing"
	cat "$listing" >/dev/null
	# The first entry's id names one paper (head closing the pipe is expected).
	query=$(set +o pipefail; "$work/linkgraph" extract --format jsonl "$listing" | head -1 | sed 's/^{"id":"\([^"]*\)".*/\1/')
	for _ in $(seq "$runs"); do
		timed "related-$n" "$work/linkgraph" related --top 10 "$query" "$listing"
		timed "orgs-$n" "$work/linkgraph" orgs "$listing"
	done
	for cmd in related orgs; do
		med[$cmd-$n]=$(median_ms "$cmd-$n")
		printf '%-10s %-8s %10s %12s\n' "$n" "$cmd" "${med[$cmd-$n]}" "$(peak_mib "$cmd-$n")"
	done
done
for ((i = 1; i < ${#sizes[@]}; i++)); do
	a=${sizes[i - 1]} b=${sizes[i]}
	target=""
	[ "$a" = 10000 ] && [ "$b" = 100000 ] && target=" (target: within 12x)"
	for cmd in related orgs; do
		echo "$cmd: $b entries take $(ratio "${med[$cmd-$b]}" "${med[$cmd-$a]}")x the time of $a$target"
		if [ -n "$target" ]; then
			summary "$cmd, $a to $b entries" "${med[$cmd-$b]} ms" "${med[$cmd-$a]} ms at $a" \
				"$(ratio "${med[$cmd-$b]}" "${med[$cmd-$a]}")x" "within 12x" "$(within "${med[$cmd-$b]}" "${med[$cmd-$a]}" 12)"
		fi
	done
done
if [ -n "${med[related-1000000]:-}" ]; then
	mib=$(peak_mib related-1000000)
	verdict="not met"
	[ "${med[related-1000000]}" -le 20000 ] && [ "$mib" -le 8192 ] && verdict=met
	summary "related on 1M entries" "${med[related-1000000]} ms, $mib MiB" "" "" "20 s, 8 GiB" "$verdict"
fi
