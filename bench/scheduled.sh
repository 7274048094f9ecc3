#!/usr/bin/env bash
# One new article per build in a process that stays up (`broadsheet build --every`) against a new
# process per build, on the generated year of full-text news hugo-compare.sh uses: CPU, wall and
# resident memory of each build and the medians.
# Usage: bench/scheduled.sh [SIZE] [BUILDS] [INTERVAL]   (default 10000 articles, 12 builds, every 15s;
# the interval must outlast a build and 2 s more: 100000 articles want 30s). BENCH_JAR another jar; BENCH_DIR the
# folder the site is built in (default: the system's temporary folder; /dev/shm keeps it in memory);
# BENCH_JAVA_OPTS the new processes' JVM options (default: the generated workflow's); BENCH_SCHEDULED_OPTS the
# scheduled process's (default: the same without -XX:TieredStopAtLevel=1).
set -euo pipefail
cd "$(dirname "$0")/.."
jar="${BENCH_JAR:-$PWD/generator/target/broadsheet.jar}"
[ -f "$jar" ] || mvn -B -q -o -DskipTests package -pl templates,generator
classes="$(mktemp -d)"
root="$(mktemp -d "${BENCH_DIR:-${TMPDIR:-/tmp}}/broadsheet-scheduled.XXXXXX")"
trap 'rm -rf "$classes" "$root"' EXIT
javac -d "$classes" bench/NewsCorpus.java bench/HugoLayouts.java bench/HugoCompare.java bench/ScheduledBench.java
java -cp "$classes" ScheduledBench "$jar" "${1:-10000}" "${2:-12}" "${3:-15s}" "$root"
