#!/bin/sh
# Runs one libFuzzer target for a bounded time: run_fuzzer.sh BINARY SECONDS WORK_DIR SEED_DIR...
# WORK_DIR (in the build tree) receives the inputs the fuzzer adds; the seeds are only read.
# Prints the number of executions; exits non-zero when the fuzzer found a crash, leak, timeout or OOM.
set -eu
binary=$1 seconds=$2 work=$3
shift 3
mkdir -p "$work" "$work.artifacts"
log="$work.log"
status=0
"$binary" -max_total_time="$seconds" -timeout=25 -rss_limit_mb=3072 -max_len=262144 -print_final_stats=1 \
  -artifact_prefix="$work.artifacts/" "$work" "$@" >"$log" 2>&1 || status=$?
grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb|INFO: seed corpus|#[0-9]+ +DONE)' "$log" || true
if [ "$status" -ne 0 ]; then
  tail -n 60 "$log"
  echo "fuzzer $(basename "$binary") failed (status $status); reproducer in $work.artifacts/" >&2
fi
exit "$status"
