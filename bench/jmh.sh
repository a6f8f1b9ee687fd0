#!/usr/bin/env bash
# JMH benchmarks of the hot paths (bench/jmh): builds the policysite jar and the benchmark jar, makes a
# one-page corpus with gen_pages.py, and runs JMH from the repository root. Extra arguments go to JMH
# (e.g. bench/jmh.sh -f 1 -wi 1 -i 3 layoutRender).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
mvn -B -q -DskipTests package
(cd bench/jmh && mvn -B -q package)
[ -f target/jmh-corpus/posts/page-00001.md ] || python3 bench/gen_pages.py target/jmh-corpus 10 >/dev/null
exec java -cp "bench/jmh/target/policysite-jmh-0.1.0.jar:target/policysite.jar:$(cd bench/jmh && mvn -B -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=runtime)" \
  org.openjdk.jmh.Main "$@"
