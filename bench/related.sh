#!/usr/bin/env bash
# Times `linkgraph related` and `linkgraph orgs` end to end (read, extract,
# index, answer) on generated listings of growing size, with peak memory
# from GNU time. Issue 3's targets: 100k entries within 12x the time of 10k;
# related on 1M entries within 20 s and 8 GiB.
#
#   bench/related.sh [SIZES...]     (default: 10000 100000 1000000)
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x /usr/bin/time ] || { echo "bench/related.sh: needs GNU time (apt-get install time)" >&2; exit 2; }
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10000 100000 1000000)
work=bench/out
mkdir -p "$work"
go build -o "$work/linkgraph" ./cmd/linkgraph
printf '%-10s %-8s %10s %12s\n' entries command seconds "peak MiB"
for n in "${sizes[@]}"; do
	listing=$work/listing-$n.txt
	[ -s "$listing" ] || go run ./bench/genlisting -entries "$n" >"$listing"
	cat "$listing" >/dev/null
	# The first entry's id names one paper (head closing the pipe is expected).
	query=$(set +o pipefail; "$work/linkgraph" extract --format jsonl "$listing" | head -1 | sed 's/^{"id":"\([^"]*\)".*/\1/')
	for cmd in related orgs; do
		args=(orgs "$listing")
		[ "$cmd" = related ] && args=(related --top 10 "$query" "$listing")
		/usr/bin/time -f '%e %M' -o "$work/time.txt" "$work/linkgraph" "${args[@]}" >"$work/$cmd-$n.out" 2>"$work/$cmd-$n.err" || true
		read -r secs kib <"$work/time.txt"
		printf '%-10s %-8s %10s %12s\n' "$n" "$cmd" "$secs" "$((kib / 1024))"
	done
done
