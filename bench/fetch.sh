#!/usr/bin/env bash
# Fetch benchmark: 500 feeds served on 127.0.0.1, each answer delayed 200 ms; prints the wall time
# of a full fetch and of a second run in which every feed answers 304 Not Modified.
# Usage: bench/fetch.sh [FEEDS] [DELAY_MS] [CONCURRENCY]
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f generator/target/broadsheet.jar ]; then
  mvn -B -q -DskipTests package -pl generator -am
fi
exec java -Xmx1g -cp generator/target/broadsheet.jar bench/FetchBench.java "${1:-500}" "${2:-200}" "${3:-16}"
