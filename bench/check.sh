#!/usr/bin/env bash
# Times `linkgraph check` on 1,000 repositories served by a loopback fake
# GitHub with 50 ms latency, without and with a token, against
# markdown-link-check (npm) on the same links, side by side. The floor is
# requests x latency / concurrency. Installs markdown-link-check into
# bench/out/node_modules if missing (needs npm).
#
#   bench/check.sh [REPOS] [RUNS]    (defaults: 1000, 3)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
repos=${1:-1000}
runs=${2:-3}
work=bench/out
mkdir -p "$work"
go build -o "$work/linkgraph" ./cmd/linkgraph
go build -o "$work/fakegithub" ./bench/fakegithub
mlc=$work/node_modules/.bin/markdown-link-check
if [ ! -x "$mlc" ]; then
	command -v npm >/dev/null || { echo "bench/check.sh: needs npm for markdown-link-check" >&2; exit 2; }
	(cd "$work" && npm install --silent --no-save markdown-link-check@3 >/dev/null)
fi

"$work/fakegithub" -latency 50ms >"$work/fake.addr" &
fake_pid=$!
trap 'kill $fake_pid 2>/dev/null' EXIT
for _ in $(seq 50); do [ -s "$work/fake.addr" ] && break; sleep 0.1; done
fake=$(cat "$work/fake.addr")

# The same links two ways: a listing for linkgraph (github.com URLs,
# remapped to the fake) and Markdown for markdown-link-check (the fake's
# URLs directly, since it cannot remap).
listing=$work/check-listing.txt
md=$work/check-links.md
: >"$listing"
: >"$md"
for i in $(seq "$repos"); do
	printf 'Paper %d\n\nCode: https://github.com/owner%d/repo%d.\n\n' "$i" $((i % 97)) "$i" >>"$listing"
	printf -- '- [repo%d](%s/owner%d/repo%d)\n' "$i" "$fake" $((i % 97)) "$i" >>"$md"
done

stats() { curl -s "$fake/stats" 2>/dev/null || { exec 3<>"/dev/tcp/127.0.0.1/${fake##*:}"; printf 'GET /stats HTTP/1.0\r\n\r\n' >&3; tail -1 <&3; }; }
lgargs=(check --no-cache --allow-private --concurrency 32 --host-concurrency 32 --kinds code --remap "https://github.com=$fake" "$listing")
BENCH_TIMES=$work/check-times.txt
: >"$BENCH_TIMES"
for _ in $(seq "$runs"); do
	time_cmd notoken sh -c "env -u GITHUB_TOKEN -u GH_TOKEN '$work/linkgraph' ${lgargs[*]} >'$work/check-notoken.out'"
	time_cmd token sh -c "GITHUB_TOKEN=bench GITHUB_GRAPHQL_URL='$fake/graphql' '$work/linkgraph' ${lgargs[*]} >'$work/check-token.out'"
	time_cmd mlc sh -c "'$mlc' -q '$md' >'$work/check-mlc.out' 2>&1 || true"
done
before=$(stats)
GITHUB_TOKEN=bench GITHUB_GRAPHQL_URL="$fake/graphql" "$work/linkgraph" "${lgargs[@]}" >/dev/null
after=$(stats)
floor=$((repos * 50 / 32))
a=$(median_ms notoken); b=$(median_ms token); c=$(median_ms mlc)
echo "$repos repositories, 50 ms latency, $runs runs each, medians; floor = $repos x 50 ms / 32 = $floor ms"
printf '%-52s %8s %10s %14s\n' command ms "vs floor" "mlc / this"
printf '%-52s %8s %10s %14s\n' "linkgraph check (no token, HEAD pages)" "$a" "$(ratio "$a" "$floor")" "$(ratio "$c" "$a")"
printf '%-52s %8s %10s %14s\n' "linkgraph check (token, GraphQL batches of 100)" "$b" "$(ratio "$b" "$floor")" "$(ratio "$c" "$b")"
printf '%-52s %8s %10s %14s\n' "markdown-link-check -q" "$c" "$(ratio "$c" "$floor")" "1.00"
echo "fake server counters before and after one token run: $before -> $after"
faster=$(awk -v a="$a" -v c="$c" 'BEGIN { print (a > 0 && c / a >= 5) ? "met" : "not met" }')
summary "check $repos repositories, no token" "$a ms" "floor $floor ms; markdown-link-check $c ms" \
	"$(ratio "$a" "$floor")x floor; $(ratio "$c" "$a")x faster" "1.5x floor; 5x faster" \
	"$(within "$a" "$floor" 1.5) / $faster"
gql=$(($(echo "$after" | awk '{print $4}') - $(echo "$before" | awk '{print $4}')))
summary "check $repos repositories, with a token" "$b ms, $gql GraphQL requests" "" "" \
	"at most 1 request per 100" "$(awk -v g="$gql" -v r="$repos" 'BEGIN { print (g * 100 <= r) ? "met" : "not met" }')"
tail -1 "$work/check-notoken.out"
