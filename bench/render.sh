#!/usr/bin/env bash
# Times `linkgraph render` (Graphviz as WebAssembly, in-process) against
# native Graphviz on the same graphs, side by side: small maps with dot,
# large ones with linkgraph's Go layout + nop2 against native sfdp. The
# linkgraph time is the whole command (read, extract, graph, layout, draw);
# the native time is Graphviz alone on a DOT file made beforehand, so the
# ratio is conservative. Also times the first run after the WebAssembly
# compilation cache is wiped.
#
#   bench/render.sh [ENTRIES...]     (default: 60 600 3000; RUNS=3; bench/run gives 60 1250 4000,
#                                    maps of about 1,000 and 3,000 nodes)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
command -v dot >/dev/null || { echo "bench/render.sh: needs native Graphviz as the peer (apt-get install graphviz)" >&2; exit 2; }
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(60 600 3000)
runs=${RUNS:-3}
work=bench/out
mkdir -p "$work"
go build -o "$work/linkgraph" ./cmd/linkgraph
lg=$work/linkgraph

cache=${TMPDIR:-/tmp}/go-graphviz
rm -rf "$cache"
t0=$(now_ns); "$lg" render -o "$work/cold.svg" testdata/daily-papers.txt; t1=$(now_ns)
"$lg" render -o "$work/warm.svg" testdata/daily-papers.txt; t2=$(now_ns)
echo "sample map (87 nodes) to SVG: cold start (empty $cache) $(((t1 - t0) / 1000000)) ms, warm $(((t2 - t1) / 1000000)) ms"

BENCH_TIMES=$work/render-times.txt
printf '%-8s %-6s %-28s %10s %-28s %10s %7s\n' entries nodes linkgraph ms native ms ratio
for n in "${sizes[@]}"; do
	listing=$work/listing-$n.txt
	[ -s "$listing" ] || go run ./bench/genlisting -entries "$n" >"$listing"
	"$lg" render --only-linked --format json "$listing" >"$work/g-$n.json"
	nodes=$(grep -c '"kind": "\(paper\|repo\|org\)"' "$work/g-$n.json" || true)
	# The peer lays out the same graph from scratch: dot for small maps,
	# sfdp for large (linkgraph's own DOT with its positions removed).
	"$lg" render --only-linked --format dot "$listing" | sed 's/, pos="[^"]*"//' >"$work/g-$n.dot"
	engine=dot
	[ "$nodes" -gt 300 ] && engine=sfdp
	: >"$BENCH_TIMES"
	for _ in $(seq "$runs"); do
		time_cmd lg "$lg" render --only-linked -o "$work/g-$n.svg" "$listing"
		time_cmd native sh -c "dot -K$engine -Goverlap=prism -Tsvg '$work/g-$n.dot' >'$work/g-$n-native.svg'"
	done
	a=$(median_ms lg)
	b=$(median_ms native)
	lay="auto (dot)"
	[ "$nodes" -gt 300 ] && lay="auto (Go layout + nop2)"
	printf '%-8s %-6s %-28s %10s %-28s %10s %7s\n' "$n" "$nodes" "$lay" "$a" "native $engine" "$b" "$(ratio "$a" "$b")"
	if [ "$nodes" -ge 900 ]; then
		summary "render $nodes nodes to SVG (whole command)" "$a ms" "native $engine $b ms" "$(ratio "$a" "$b")x" "within 1.5x" "$(within "$a" "$b" 1.5)"
	fi
done
