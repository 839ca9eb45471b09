#!/bin/sh
# test-busy.sh [RUNS] — `make test` RUNS times (default 3) on a clean clone
# of HEAD while every core is kept busy by a CPU hog, the way a developer's
# machine is busy with other work. Prints one line per run (pass/FAIL and
# its duration) and exits non-zero if any run failed.
#
# The hogs are `yes >/dev/null`, one per core, each under `timeout` so it
# ends by itself after HOG_MAX_S seconds even if this script is killed
# with SIGKILL; otherwise the script stops them by PID when it exits.
# Uncommitted changes are not tested: the clone is of HEAD.
set -eu

runs=${1:-3}
hog_max_s=${HOG_MAX_S:-7200}
case $runs in '' | *[!0-9]* | 0)
	echo "test-busy: RUNS must be a positive number, got '$runs'" >&2
	exit 2
	;;
esac

repo=$(git rev-parse --show-toplevel)
head=$(git -C "$repo" rev-parse HEAD)
work=$(mktemp -d "${TMPDIR:-/tmp}/tcsig-test-busy.XXXXXX")
hogs=""
keep=""

stop_hogs() {
	for pid in $hogs; do kill "$pid" 2>/dev/null || true; done
	for pid in $hogs; do wait "$pid" 2>/dev/null || true; done
	hogs=""
}
cleanup() {
	stop_hogs
	if [ -z "$keep" ]; then rm -rf "$work"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM HUP

git clone -q --no-hardlinks "$repo" "$work/tcsig"
git -C "$work/tcsig" checkout -q --detach "$head"

cores=$(getconf _NPROCESSORS_ONLN 2>/dev/null || nproc)
i=0
while [ "$i" -lt "$cores" ]; do
	timeout "$hog_max_s" yes >/dev/null &
	hogs="$hogs $!"
	i=$((i + 1))
done
echo "test-busy: $cores CPU hogs (yes, PIDs$hogs, at most ${hog_max_s}s); $runs runs of make test on a clean clone of $(git -C "$repo" rev-parse --short HEAD) in $work/tcsig"

failed=0
summary=""
n=1
while [ "$n" -le "$runs" ]; do
	log="$work/run$n.log"
	start=$(date +%s)
	if make -C "$work/tcsig" test >"$log" 2>&1; then verdict=pass; else verdict=FAIL; fi
	secs=$(($(date +%s) - start))
	line="run $n/$runs: $verdict in ${secs}s (load average $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?'))"
	if [ "$verdict" = FAIL ]; then
		failed=$((failed + 1))
		keep=yes
		line="$line — log: $log"
		echo "$line"
		grep -E '^(--- FAIL|FAIL|panic:|make: \*\*\*)|Error Trace|Error:' "$log" | head -40 || true
	else
		echo "$line"
	fi
	summary="$summary$line
"
	n=$((n + 1))
done
stop_hogs

echo "test-busy: $((runs - failed)) of $runs runs passed under the CPU hogs"
printf '%s' "$summary"
[ "$failed" -eq 0 ]
