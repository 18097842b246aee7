#!/usr/bin/env bash
# Makes cmd/linkgraph/default.pgo, the CPU profile that `go build` and
# `go install` use for profile-guided optimisation (Go 1.21 and later read
# default.pgo in the main package's folder on their own). The profile is
# of the runs that matter for speed: extract and orgs on a 200 MB listing,
# related on 100,000 entries, graph on 10,000 and extract on the Markdown
# corpus. Run it again when the hot paths change; see docs/PERFORMANCE.md.
#
#   bench/pgo.sh
set -euo pipefail
cd "$(dirname "$0")/.."
work=bench/out
mkdir -p "$work/pgo"
rm -f "$work"/pgo/*.prof
# The profile is of code built without one, as Go's documentation advises.
go build -pgo=off -o "$work/linkgraph-nopgo" ./cmd/linkgraph
for n in 130000 100000 10000; do
	[ -s "$work/listing-$n.txt" ] || go run ./bench/genlisting -entries "$n" >"$work/listing-$n.txt"
done
run() { # NAME COUNT ARGS...
	local name=$1 count=$2
	shift 2
	for i in $(seq "$count"); do
		LINKGRAPH_CPUPROFILE="$work/pgo/$name-$i.prof" "$work/linkgraph-nopgo" "$@" >/dev/null 2>&1 || true
	done
}
run extract 10 extract --format jsonl "$work/listing-130000.txt"
run orgs 6 orgs "$work/listing-130000.txt"
# A query that names a paper of the listing (its first entry's id): one that
# names none ends the command before the text index is built.
query=$(set +o pipefail; "$work/linkgraph-nopgo" extract --format jsonl "$work/listing-100000.txt" | head -1 | sed 's/^{"id":"\([^"]*\)".*/\1/')
"$work/linkgraph-nopgo" related --top 3 "$query" "$work/listing-100000.txt" >/dev/null
run related 2 related "$query" "$work/listing-100000.txt"
run graph 2 graph "$work/listing-10000.txt"
run markdown 3 extract --format jsonl testdata/corpus/*.md
go tool pprof -proto "$work"/pgo/*.prof >cmd/linkgraph/default.pgo
echo "wrote cmd/linkgraph/default.pgo ($(stat -c %s cmd/linkgraph/default.pgo) bytes)"
