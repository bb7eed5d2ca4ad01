#!/usr/bin/env bash
# Scores a rule file on the development corpus (VLSP 2018 news with brat gold, see
# ../shared/dev-corpus/README.md), read where it lies at run time and never copied into the
# repository. The 270 articles are split by a hash of their file name into a development part
# (about 70%, for writing rules) and a held-out part (about 30%, for checking that they hold);
# each part is imported into a temporary corpus with its outermost gold, and `dipanno-cli score`
# prints the proposals' exact and overlap P/R/F1 for PERSON, LOCATION (countries counted as
# locations, as the gold does) and ORGANIZATION.
#
#   releng/scripts/score-development-corpus.sh [--rules FILE] [--part dev|heldout|all] [--errors] [--keep DIR]
#
# DIPANNO_DEV_CORPUS names the corpus folder (default: ../shared/dev-corpus/vlsp2018 beside the
# repository). Without it the script says so and exits with 3. DIPANNO_CLI names the command line to
# run (default ./dipanno-cli).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
corpus_dir=${DIPANNO_DEV_CORPUS:-$root/../shared/dev-corpus/vlsp2018}
# the command line to run (default: this checkout's, rebuilt when its sources changed)
cli=${DIPANNO_CLI:-$root/dipanno-cli}
rules=diplomatic-rules
parts=(dev heldout)
errors=()
keep=
while [ $# -gt 0 ]; do
	case $1 in
	--rules) rules=$(cd "$(dirname "$2")" && pwd)/$(basename "$2"); shift 2 ;;
	--part)
		case $2 in dev | heldout) parts=("$2") ;; all) parts=(all) ;; *) echo "--part takes dev, heldout or all" >&2; exit 2 ;; esac
		shift 2 ;;
	--errors) errors=(--errors); shift ;;
	--keep) keep=$2; shift 2 ;;
	-h | --help) sed -n '2,15p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
	*) echo "unknown argument $1 (see --help)" >&2; exit 2 ;;
	esac
done
[ "$rules" = diplomatic-rules ] || [ -f "$rules" ] || { echo "no rule file $rules" >&2; exit 2; }

if [ ! -d "$corpus_dir/articles" ] || [ ! -d "$corpus_dir/gold-outer" ]; then
	echo "The development corpus is not there: $corpus_dir (with articles/ and gold-outer/)." >&2
	echo "Set DIPANNO_DEV_CORPUS to the folder of the VLSP 2018 articles; nothing was scored." >&2
	exit 3
fi

# The part of an article: the first 8 hex digits of the SHA-256 of its file name, modulo 100,
# below 70 is the development part.
part_of() {
	local h
	h=$(printf '%s' "$1" | sha256sum | cut -c1-8)
	if [ $((16#$h % 100)) -lt 70 ]; then echo dev; else echo heldout; fi
}

# Runs a command; shows its output only when it fails.
quietly() {
	local log
	log=$(mktemp)
	if ! "$@" >"$log" 2>&1; then
		cat "$log" >&2
		rm -f "$log"
		echo "failed: $*" >&2
		exit 1
	fi
	rm -f "$log"
}

work=${keep:-$(mktemp -d)}
[ -n "$keep" ] || trap 'rm -rf "$work"' EXIT
mkdir -p "$work"
for part in "${parts[@]}"; do
	articles=()
	gold=()
	for article in "$corpus_dir"/articles/*.txt; do
		name=$(basename "$article" .txt)
		if [ "$part" = all ] || [ "$(part_of "$name")" = "$part" ]; then
			articles+=("$article")
			gold+=("$corpus_dir/gold-outer/$name.ann")
		fi
	done
	corpus="$work/$part"
	rm -rf "$corpus"
	quietly "$cli" import --corpus "$corpus" "${articles[@]}"
	quietly "$cli" import-annotations --corpus "$corpus" --format brat --map MISCELLANEOUS=MISC "${gold[@]}"
	# a kept corpus gets the proposals too, to be read in the workbench (File > Open Corpus Folder...)
	[ -z "$keep" ] || quietly "$cli" annotate --corpus "$corpus" --rules "$rules" --zones title,lead,body
	echo "== $part: ${#articles[@]} articles, rules $rules"
	"$cli" score --corpus "$corpus" --rules "$rules" --zones title,lead,body --summary --map COUNTRY=LOCATION \
		--types PERSON,LOCATION,ORGANIZATION "${errors[@]}"
done
