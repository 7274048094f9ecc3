#!/usr/bin/env bash
# Clustering benchmark: pairwise precision/recall on the labelled story fixture, and the time to
# curate 10,000 articles on one thread.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f generator/target/broadsheet.jar ]; then
  mvn -B -q -DskipTests package -pl generator -am
fi
exec java -XX:ActiveProcessorCount=1 -cp generator/target/broadsheet.jar bench/ClusteringBench.java \
  generator/src/test/resources/curate/story-fixture.tsv
