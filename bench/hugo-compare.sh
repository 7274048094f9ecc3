#!/usr/bin/env bash
# Broadsheet against Hugo on the same generated year of full-text news: first build, unchanged,
# one new article, one edited pick; CPU, wall and peak RSS of each run and a table of medians.
# Usage: bench/hugo-compare.sh [ROUNDS] [SIZE...]   (default: 3 rounds at 1000 and 10000; 100000 works too)
# BENCH_JAVA_OPTS sets the JVM options of the Broadsheet runs (default -XX:TieredStopAtLevel=1
# -XX:GCTimeRatio=4 -XX:-G1UseAdaptiveIHOP -XX:InitiatingHeapOccupancyPercent=85, as the generated workflow); like the workflow, the runs use a class archive (AppCDS) made by one
# untimed training build first (BENCH_APPCDS=0 turns that off); BENCH_JAR another jar; BENCH_DIR the folder the
# sites are built in (default: the system's temporary folder; /dev/shm keeps them in memory). Needs hugo (Debian: apt-get install hugo) and
# /usr/bin/time; without them, says so and exits 0.
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in hugo /usr/bin/time; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "bench/hugo-compare.sh: $tool is not installed (apt-get install hugo time); nothing to compare."
    exit 0
  fi
done
jar="${BENCH_JAR:-$PWD/generator/target/broadsheet.jar}"
if [ ! -f "$jar" ]; then
  mvn -B -q -o -DskipTests package -pl templates,generator
fi
rounds="${1:-3}"
shift || true
classes="$(mktemp -d)"
trap 'rm -rf "$classes"' EXIT
javac -d "$classes" bench/NewsCorpus.java bench/HugoLayouts.java bench/HugoCompare.java
java -cp "$classes" HugoCompare "$jar" "$rounds" ${@:-1000 10000}
