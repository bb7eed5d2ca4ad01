#!/usr/bin/env bash
# The command line's pipeline on a generated corpus: N articles made from the seeds (names, numbers and sentence order
# varied; releng/scripts/GenerateArticles.java), then dipanno-cli import, annotate and export --set rules with a
# bounded heap, once per thread count. Prints each step's --stats line (documents, MB, wall and CPU seconds, MB/s, MB
# per CPU-second, peak heap), the speed-up over the first thread count, and checks that the corpus and dataset files
# are the same byte for byte whatever the number of threads.
#
#   releng/scripts/pipeline-benchmark.sh [ARTICLES] [HEAP] [THREAD_COUNTS]
#     ARTICLES       default 200000 (about 2 GB of articles; hours on one core: run it on a quiet machine)
#     HEAP           the JVM's -Xmx, default 1g
#     THREAD_COUNTS  default "1 2"
#   e.g. releng/scripts/pipeline-benchmark.sh 20000 256m "1 2"     (about 200 MB of articles in a 256 MB heap)
#
# DIPANNO_BENCH_DIR: where the articles, corpora and datasets go (default a new folder under /tmp, deleted at the
# end; it needs about 4 times the articles' size per thread count). DIPANNO_CLASSPATH: another class path for the
# command line (default the installed product's plugins, built first when missing).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
# shellcheck source=releng/scripts/find-jdk.sh
. "$root/releng/scripts/find-jdk.sh"
dipanno_select_jdk
articles=${1:-200000}
heap=${2:-1g}
thread_counts=${3:-1 2}
if [ -n "${DIPANNO_BENCH_DIR:-}" ]; then
  work=$DIPANNO_BENCH_DIR
  mkdir -p "$work"
else
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
fi
if [ -n "${DIPANNO_CLASSPATH:-}" ]; then
  classpath=$DIPANNO_CLASSPATH
else
  "$root/dipanno-cli" --help > /dev/null # builds the product when none is installed, outside the timing
  classpath="$(readlink -f "$root/runtime/product")/plugins/*"
fi
if [ ! -f "$work/articles.done" ]; then
  rm -rf "$work/articles"
  "$JAVA_HOME/bin/java" "$root/releng/scripts/GenerateArticles.java" "$root/seeds" "$work/articles" "$articles"
  touch "$work/articles.done"
fi
echo "articles: $articles ($(du -sh --apparent-size "$work/articles" | cut -f1)); heap -Xmx$heap; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
cli() {
  "$JAVA_HOME/bin/java" -Dfile.encoding=UTF-8 "-Xmx$heap" -XX:+UseParallelGC --sun-misc-unsafe-memory-access=allow \
    -cp "$classpath" org.dipanno.cli.Main "$@"
}
declare -A wall
first=
for threads in $thread_counts; do
  run="$work/threads-$threads"
  rm -rf "$run"
  mkdir -p "$run"
  for step in import annotate export; do
    case $step in
      import) args=(import --corpus "$run/corpus" "$work/articles") ;;
      annotate) args=(annotate --corpus "$run/corpus") ;;
      export) args=(export --corpus "$run/corpus" --set rules --out "$run/dataset" --created-at 2026-01-01T00:00:00Z) ;;
    esac
    start=$(date +%s.%N)
    if ! cli "${args[@]}" --threads "$threads" --stats > "$run/$step.out" 2> "$run/$step.err"; then
      echo "$step with $threads threads failed:"; grep -v '^imported ' "$run/$step.err" | tail -20; exit 1
    fi
    wall[$threads-$step]=$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { print e - s }')
    grep "^$step: .* documents, .* MB in" "$run/$step.err"
  done
  if [ -z "$first" ]; then
    first=$threads
  else
    for step in import annotate export; do
      awk -v s="$step" -v a="${wall[$first-$step]}" -v b="${wall[$threads-$step]}" -v n="$threads" -v f="$first" \
        'BEGIN { printf "%s: %.2fx faster with %d threads than with %d (JVM start to exit: %.1f s, %.1f s)\n", s, a / b, n, f, a, b }'
    done
    for folder in corpus dataset; do
      if diff -r -q -x corpus.lock "$work/threads-$first/$folder" "$run/$folder" > /dev/null; then
        echo "same $folder files with $first and $threads threads"
      else
        echo "DIFFERENT $folder files with $first and $threads threads"; exit 1
      fi
    done
  fi
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
