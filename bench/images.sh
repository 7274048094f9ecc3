#!/usr/bin/env bash
# Images benchmark: a site of N stories (default 60), each with a 2000x1333 JPEG lead image served
# on 127.0.0.1; built online with an empty image cache, then again with the cache, then offline.
# Prints the images stage's time, the requests made and the bytes published for each build.
# Usage: bench/images.sh [STORIES]
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f generator/target/broadsheet.jar ]; then
  mvn -B -q -DskipTests package -pl generator -am
fi
exec java -Xmx512m -cp generator/target/broadsheet.jar bench/ImagesBench.java "${1:-60}"
