#!/usr/bin/env bash
# Feed reading benchmark: CPU time of one thread to read the corpus's 10,000-item feed, generated
# 10,000-item RSS and JSON feeds (whole, and with a build's maxItems window), and every corpus file.
# Usage: bench/feed-read.sh [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
CORPUS=../shared/corpus/feeds
if [ ! -f "$CORPUS/expectations.tsv" ]; then
  echo "bench/feed-read.sh: $CORPUS is absent; nothing to measure (this is not an error)."
  exit 0
fi
if [ ! -f generator/target/broadsheet.jar ]; then
  mvn -B -q -DskipTests package -pl templates,generator
fi
# A fixed, pre-touched heap, so that CPU time is the reader's and not the heap growing.
JAVA=(java -XX:ActiveProcessorCount=1 -Xms1g -Xmx1g -XX:+AlwaysPreTouch -cp generator/target/broadsheet.jar)
"${JAVA[@]}" bench/FeedReadBench.java "$CORPUS" "${1:-5}"
# The first read in a fresh JVM, as a build reads each feed once (interpreted and JIT-compiling).
"${JAVA[@]}" bench/FeedReadBench.java cold "$CORPUS/hostile/many_items_10000.xml"
