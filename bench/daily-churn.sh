#!/usr/bin/env bash
# How many published files a day's news rewrites (what each upload and commit of the site carries):
# a generated year of news built once, then DAYS days of STORIES new stories, each a new build.
# Usage: bench/daily-churn.sh [SIZE [DAYS [STORIES]]]   (default 3000 4 12); BENCH_JAR another jar.
set -euo pipefail
cd "$(dirname "$0")/.."
jar="${BENCH_JAR:-$PWD/generator/target/broadsheet.jar}"
if [ ! -f "$jar" ]; then
  mvn -B -q -o -DskipTests package -pl templates,generator
fi
classes="$(mktemp -d)"
trap 'rm -rf "$classes"' EXIT
javac -d "$classes" bench/NewsCorpus.java bench/HugoLayouts.java bench/DailyChurn.java
java -cp "$classes" DailyChurn "$jar" "$@"
