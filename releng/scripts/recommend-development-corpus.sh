#!/usr/bin/env bash
# Measures the recommender on the development corpus (VLSP 2018 news with brat gold, see
# ../shared/dev-corpus/README.md), read where it lies at run time and never copied into the
# repository: all 270 articles are imported into a temporary corpus with their outermost gold
# (MISCELLANEOUS as MISC), and `dipanno-cli recommend --evaluate` learns from the gold of the
# development part (70% by a hash of the file name, as releng/scripts/score-development-corpus.sh splits)
# and proposes on the held-out part, printing exact-span P/R/F1 per type and in all.
#
#   releng/scripts/recommend-development-corpus.sh [--learn-part 70] [--min-confidence 0.5] [--keep DIR]
#
# DIPANNO_DEV_CORPUS names the corpus folder (default: ../shared/dev-corpus/vlsp2018 beside the
# repository). Without it the script says so and exits with 3.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
corpus_dir=${DIPANNO_DEV_CORPUS:-$root/../shared/dev-corpus/vlsp2018}
options=()
keep=
while [ $# -gt 0 ]; do
	case $1 in
	--learn-part | --min-confidence) options+=("$1" "$2"); shift 2 ;;
	--keep) keep=$2; shift 2 ;;
	-h | --help) sed -n '2,12p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
	*) echo "unknown argument $1 (see --help)" >&2; exit 2 ;;
	esac
done
if [ ! -d "$corpus_dir/articles" ] || [ ! -d "$corpus_dir/gold-outer" ]; then
	echo "The development corpus is not there: $corpus_dir (with articles/ and gold-outer/)." >&2
	echo "Set DIPANNO_DEV_CORPUS to the folder of the VLSP 2018 articles; nothing was measured." >&2
	exit 3
fi
work=${keep:-$(mktemp -d)}
[ -n "$keep" ] || trap 'rm -rf "$work"' EXIT
corpus="$work/corpus"
if [ ! -f "$corpus/corpus.xml" ]; then
	"$root/dipanno-cli" import --corpus "$corpus" "$corpus_dir/articles" >/dev/null
	"$root/dipanno-cli" import-annotations --corpus "$corpus" --format brat --map MISCELLANEOUS=MISC \
		"$corpus_dir/gold-outer" >/dev/null 2>&1
fi
"$root/dipanno-cli" recommend --evaluate --corpus "$corpus" --from gold "${options[@]}"
