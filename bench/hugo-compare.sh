#!/usr/bin/env bash
# Broadsheet against Hugo on the same generated articles (default 10,000). Needs `hugo` on PATH
# (Debian: apt-get install hugo); without it, says so and exits 0.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v hugo >/dev/null 2>&1; then
  echo "bench/hugo-compare.sh: hugo is not installed (apt-get install hugo); nothing to compare."
  exit 0
fi
if [ ! -f generator/target/broadsheet.jar ]; then
  mvn -B -q -DskipTests package -pl generator -am
fi
exec java -cp generator/target/broadsheet.jar bench/HugoCompare.java "$PWD/generator/target/broadsheet.jar" "${1:-10000}"
