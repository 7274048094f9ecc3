#!/usr/bin/env bash
# Where a build's CPU goes, by thread and by method, sampled by Linux perf rather than JFR: JFR's
# sampler visits few threads per interval and under-counts a pool's, so it put the feed-reading
# pool of a 10,000-article first build at 5% of its samples where perf measured 28%.
# Usage: bench/perf-profile.sh SITE [TOP] [build options...]   (default TOP 40)
# Builds SITE offline with the workflow's JVM options, frame pointers kept and the JIT's code map
# written for perf, then prints CPU shares by thread and by the innermost Broadsheet method on each
# sample's stack ("Interpreter" where the method was not yet compiled). BENCH_JAR picks another jar,
# BENCH_JAVA_OPTS adds JVM options.
# Needs perf (Debian: linux-perf) and a kernel that lets this user sample (kernel.perf_event_paranoid).
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v perf >/dev/null; then
  echo "bench/perf-profile.sh: skipped: perf is not installed (Debian: apt-get install linux-perf)"
  exit 0
fi
[ $# -ge 1 ] || { echo "usage: bench/perf-profile.sh SITE [TOP] [build options...]" >&2; exit 2; }
site="$(cd "$1" && pwd)"; shift
top="${1:-40}"; [ $# -ge 1 ] && shift
jar="${BENCH_JAR:-$PWD/generator/target/broadsheet.jar}"
[ -f "$jar" ] || mvn -B -q -o -DskipTests package -pl templates,generator
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# The generated workflow's options (without its fixed occupancy, G1 marks concurrently and that
# shows as a tenth of a 100,000-article build's CPU that scheduled builds do not spend).
# BENCH_JAVA_OPTS adds more (a heap limit, a class archive).
perf record -F 999 -g -o "$work/perf.data" -- java -XX:TieredStopAtLevel=1 -XX:GCTimeRatio=4 \
  -XX:-G1UseAdaptiveIHOP -XX:InitiatingHeapOccupancyPercent=85 ${BENCH_JAVA_OPTS:-} \
  -XX:+PreserveFramePointer -XX:+UnlockDiagnosticVMOptions -XX:+DumpPerfMapAtExit \
  -jar "$jar" build "$site" --offline --quiet "$@" 2> "$work/perf.log" || { cat "$work/perf.log" >&2; exit 1; }
perf script -i "$work/perf.data" -F comm,ip,sym 2>/dev/null > "$work/samples.txt"
python3 bench/perf_top.py "$work/samples.txt" "$top"
