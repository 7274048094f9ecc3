#!/usr/bin/env bash
# Whole-site benchmark: generates a site of N articles (default 10,000) from 50 saved feeds and
# builds it offline three times; prints build times and the search index size.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f generator/target/broadsheet.jar ]; then
  mvn -B -q -DskipTests package -pl generator -am
fi
exec java -Xmx4g -cp generator/target/broadsheet.jar bench/SiteBench.java "${1:-10000}"
