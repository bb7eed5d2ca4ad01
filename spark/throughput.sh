#!/usr/bin/env bash
# Throughput of the Spark job in local mode against the command line on the same corpus: N articles made from the
# seeds (title numbered, paragraphs rotated), then dipanno-cli import + annotate + export --set rules, and the Spark
# job with local[1] and local[2], all formats (brat included); wall and CPU seconds of each, and a check that the
# files are the same.
#   spark/throughput.sh [ARTICLES]      (default 2000; needs the shaded jar: see docs/spark.md)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=releng/scripts/find-jdk.sh
. "$root/releng/scripts/find-jdk.sh"
dipanno_select_jdk
articles=${1:-2000}
cli=${DIPANNO_CLI:-$root/dipanno-cli} # another command line to compare with, e.g. a wrapper of a build's class path
shaded=$(ls "$root"/spark/org.dipanno.spark/target/org.dipanno.spark-*-shaded.jar)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$root/seeds" "$work/corpus" "$articles" <<'PY'
import os, sys
seeds, out, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
texts = [open(os.path.join(seeds, f), encoding='utf-8').read().replace('\r\n', '\n')
         for f in sorted(os.listdir(seeds)) if f.endswith('.txt')]
os.makedirs(out)
for i in range(n):
    text = texts[i % len(texts)]
    title, rest = text.split('\n', 1)
    paragraphs = rest.strip().split('\n\n')
    k = i % len(paragraphs)
    with open(os.path.join(out, 'gen-%06d.txt' % i), 'w', encoding='utf-8') as f:
        f.write(title + ' (bản %d)\n\n' % i + '\n\n'.join(paragraphs[k:] + paragraphs[:k]) + '\n')
PY
bytes=$(cat "$work"/corpus/*.txt | wc -c)
echo "corpus: $articles articles, $bytes bytes; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
report() { # name wall user sys
  awk -v n="$1" -v w="$2" -v u="$3" -v s="$4" -v b="$bytes" -v c="$5" 'BEGIN { printf "%-40s wall %7.1f s  cpu %6.1f s  %.3f MB per CPU-second  %.3f MB/s per core (wall)\n", n, w, u + s, b / 1e6 / (u + s), b / 1e6 / w / c }'
}
timed() { /usr/bin/time -f "%e %U %S" -o "$work/time" "$@" > /dev/null 2> "$work/err" || { cat "$work/err"; exit 1; }; read -r w u s < "$work/time"; }
"$cli" --help > /dev/null # builds the product when none is installed, outside the timing
tw=0; tu=0; ts=0
for step in "import --corpus $work/cli $work/corpus" "annotate --corpus $work/cli" \
    "export --corpus $work/cli --set rules --out $work/cli-dataset --created-at 2026-01-01T00:00:00Z"; do
  # shellcheck disable=SC2086
  timed "$cli" $step
  tw=$(awk -v a="$tw" -v b="$w" 'BEGIN { print a + b }'); tu=$(awk -v a="$tu" -v b="$u" 'BEGIN { print a + b }'); ts=$(awk -v a="$ts" -v b="$s" 'BEGIN { print a + b }')
done
report "dipanno-cli import + annotate + export" "$tw" "$tu" "$ts" 1
for cores in 1 2; do
  timed "$JAVA_HOME/bin/java" -Dfile.encoding=UTF-8 -Xmx2g -XX:+UseParallelGC -cp "$shaded" org.dipanno.spark.SparkDatasetJob \
    --master "local[$cores]" --partitions 8 --out "$work/spark-$cores" \
    --created-at 2026-01-01T00:00:00Z "$work/corpus"
  report "Spark job local[$cores] (JVM start to exit)" "$w" "$u" "$s" "$cores"
done
for file in conll/syllable/bio/train.conll conll/word/bioes/dev.conll hf/word/test.jsonl spans/train.jsonl; do
  cmp -s <(cat "$work/spark-2/${file%.*}"-*."${file##*.}" 2>/dev/null) "$work/cli-dataset/$file" \
    && echo "same as the command line: $file" || { echo "DIFFERENT from the command line: $file"; exit 1; }
done
diff -r -q "$work/spark-2/brat" "$work/cli-dataset/brat" > /dev/null \
  && echo "same as the command line: brat/ ($(find "$work/cli-dataset/brat" -type f | wc -l) files)" \
  || { echo "DIFFERENT from the command line: brat/"; exit 1; }
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
