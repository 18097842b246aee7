# Shared helpers for the bench/ scripts: timing and medians, bash only.

# now_ns prints the wall clock in nanoseconds.
now_ns() { date +%s%N; }

# time_cmd NAME CMD...: runs CMD once and appends "NAME seconds" to $BENCH_TIMES.
time_cmd() {
	local name=$1
	shift
	local t0 t1
	t0=$(now_ns)
	"$@"
	t1=$(now_ns)
	echo "$name $(((t1 - t0) / 1000000))" >>"$BENCH_TIMES"
}

# median_ms NAME: the median of NAME's runs in $BENCH_TIMES, in milliseconds.
median_ms() {
	awk -v n="$1" '$1 == n { print $2 }' "$BENCH_TIMES" | sort -n |
		awk '{ a[NR] = $1 } END { if (NR == 0) print "NaN"; else if (NR % 2) print a[(NR + 1) / 2]; else print int((a[NR / 2] + a[NR / 2 + 1]) / 2) }'
}

# ratio A B: A/B to two decimals.
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b == 0) print "inf"; else printf "%.2f", a / b }'; }

# summary JOB LINKGRAPH PEER RATIO TARGET VERDICT: one row of the table
# bench/run ends with, kept in $BENCH_SUMMARY when it is set.
summary() {
	[ -n "${BENCH_SUMMARY:-}" ] || return 0
	printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$@" >>"$BENCH_SUMMARY"
}

# within A B LIMIT: "met" when A / B is at most LIMIT, else "not met".
within() { awk -v a="$1" -v b="$2" -v l="$3" 'BEGIN { print (b > 0 && a / b <= l) ? "met" : "not met" }'; }
