#!/usr/bin/env bash
# Fuzzes the feed reader, the date parser, the pick reader and the link normaliser with Jazzer,
# two minutes each (the maxDuration of each @FuzzTest). With the normal test run these tests only
# replay their committed seeds (src/test/resources/.../*FuzzTestInputs/). A crash Jazzer finds is
# written next to those seeds (crash-*): keep it there as a seed and fix the code.
#   bench/fuzz.sh [TestClass ...]
set -euo pipefail
cd "$(dirname "$0")/.."
tests=("$@")
if [ ${#tests[@]} -eq 0 ]; then
  tests=(FeedReaderFuzzTest DateParserFuzzTest PickFileFuzzTest ArticleIdsFuzzTest)
fi

for t in "${tests[@]}"; do
  echo "== $t"
  start=$(date +%s)
  if JAZZER_FUZZ=1 mvn -B -q test -pl templates,generator -Dtest="$t" -Dsurefire.failIfNoSpecifiedTests=false; then
    echo "$t: no crash in $(( $(date +%s) - start )) s"
  else
    echo "$t: FOUND A CRASH (see the crash-* file under generator/src/test/resources)"
  fi
done
