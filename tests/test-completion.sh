#!/usr/bin/env bash
# test-completion.sh: the bash completion of parity-cli, called as bash calls it
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
#     test-completion.sh COMPLETION-FILE
#
# Sources the completion, splits command lines as bash does (at blanks, and around "=",
# which is in COMP_WORDBREAKS), calls the completion function and compares COMPREPLY with
# the words expected, in TAP. The completion asks the parity-cli on PATH: the one built here
# ($PARITY_CLI, which meson test sets) is put first on PATH, and later a stand-in, to show
# that it is asked. The fixed values written in the completion (--preset, --format, --list)
# are compared with the program's own error messages.

completion=$(realpath -- "${1:?usage: test-completion.sh COMPLETION-FILE}") || exit 1
: "${PARITY_CLI:?run this test with meson test}"
export LC_ALL=C.UTF-8
tests_dir=$(cd "$(dirname "$0")" && pwd)

tmp=$(mktemp -d "${TMPDIR:-/tmp}/parity-test-completion-XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/bin" "$tmp/lang" "$tmp/work"
PATH=$(dirname "$PARITY_CLI"):$PATH
export PATH

# A folder of what a user has: datasets, a PO file, a note, a folder.
cd "$tmp/work" || exit 1
cp "$tests_dir/worldbank/two-indicators.json" two-indicators.json
cp "$tests_dir/worldbank/two-indicators.json" "my data.json"
mkdir lang
cp "$tests_dir/worldbank/lang/two-indicators-fr.json" lang/two-indicators-fr.json
printf 'entity,period,value\nWLD,2019,1\n' >data.CSV
: >fr.po
: >notes.txt

COMP_WORDBREAKS=$' \t\n"\'><=;|&(:'
# shellcheck source=data/bash-completion/parity-cli
source "$completion"
if ! declare -F _parity_cli >/dev/null ||
   [[ $(complete -p parity-cli) != *"-F _parity_cli "* ]]; then
  echo "Bail out! $completion does not complete parity-cli with _parity_cli"
  exit 1
fi

n=0
failed=0

# The words bash would complete on LINE, with the cursor at "|" (else at the end): sorted, on
# one line.
complete_line ()
{
  local line=$1 left right part
  local -a before=() after=()

  if [[ $line == *'|'* ]]; then
    left=${line%%|*} right=${line#*|}
  else
    left=$line right=
  fi
  split_words "$left" before
  split_words "$right" after
  [[ -z $left || $left == *' ' ]] && before+=("")
  COMP_WORDS=("${before[@]}" "${after[@]}")
  COMP_CWORD=$((${#before[@]} - 1))
  COMP_LINE=$left$right
  COMP_POINT=${#left}
  COMPREPLY=()
  _parity_cli "${COMP_WORDS[0]}" "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
  sorted "${COMPREPLY[@]}"
}

# The arguments sorted, quoted as the shell would (my\ data.json), on one line.
sorted ()
{
  (($# > 0)) || return 0
  printf '%q\n' "$@" | LC_ALL=C sort | paste -sd ' '
}

# Splits $1 into the array named $2 at blanks (quotes keep blanks inside a word), then
# around each "=".
split_words ()
{
  local text=$1 word part
  local -n into=$2
  local -a blanks=()

  # Quotes are kept in the words, as bash keeps them in COMP_WORDS.
  while [[ $text =~ ^\ *(\'[^\']*\'|[^\ ]+)(.*)$ ]]; do
    blanks+=("${BASH_REMATCH[1]}")
    text=${BASH_REMATCH[2]}
  done
  for word in "${blanks[@]}"; do
    while [[ $word == *=* ]]; do
      part=${word%%=*}
      [[ -n $part ]] && into+=("$part")
      into+=("=")
      word=${word#*=}
    done
    [[ -n $word ]] && into+=("$word")
  done
}

# check EXPECTED LINE: the words completed on LINE are EXPECTED, words as the shell reads them
# (quote a blank in a word), in any order.
check ()
{
  local line=$2 got expected
  local -a words

  eval "words=($1)"
  n=$((n + 1))
  got=$(complete_line "$line")
  expected=$(sorted "${words[@]}")
  if [[ $got == "$expected" ]]; then
    printf 'ok %d - %s\n' "$n" "$line"
  else
    printf 'not ok %d - %s\n#   expected: [%s]\n#   got:      [%s]\n' "$n" "$line" "$expected" \
      "$got"
    failed=$((failed + 1))
  fi
}

# The words of a list in a message: "known: png, pdf, svg" or "give a, b or c".
words_of ()
{
  sed -e 's/.*\(known: \|give \)//' -e 's/[)]*$//' -e 's/, / /g' -e 's/ or / /g'
}

if [[ $(type -P parity-cli) != "$PARITY_CLI" ]]; then
  echo "Bail out! parity-cli on PATH is $(type -P parity-cli), not $PARITY_CLI"
  exit 1
fi

# Commands and options, from the program's --help.
check 'export' 'parity-cli ex'
LANGUAGE=fr:ar check 'extract' 'parity-cli i18n e'
check 'export i18n info validate' 'parity-cli '
check '--version' 'parity-cli --v'
check 'extract merge status' 'parity-cli i18n '
check 'status' 'parity-cli i18n st'
check '--preset' 'parity-cli export --pre'
check '--add --all --chart --data --describe --dpi --format --height --help --labels --lang
       --output --preset --quiet --scale-with --theme --width' 'parity-cli export --'
check '--add --help --labels --lang --list' 'parity-cli info --'
check '--help --theme' 'parity-cli validate --'
check 'greyscale' 'parity-cli export --theme g'
check '-h --help -l --lang -o --output -q --quiet -v --verbose' 'parity-cli i18n merge -'
check '' 'parity-cli frobnicate --'

# Fixed values, in every form an option takes its value.
check 'slide square' 'parity-cli export --preset s'
check 'half-page' 'parity-cli export --preset=h'
check 'report' 'parity-cli export two-indicators.json -p r'
check '-pslide -psquare' 'parity-cli export -ps'
check 'pdf png svg' 'parity-cli export --format '
check 'charts' 'parity-cli info --list c'

# The fixed values are the program's.
n=$((n + 1))
presets=$(LC_ALL=C "$PARITY_CLI" export --all --preset nope 2>&1 | words_of)
formats=$(LC_ALL=C "$PARITY_CLI" export --all --format nope 2>&1 | words_of)
lists=$(LC_ALL=C "$PARITY_CLI" info --list nope 2>&1 | words_of)
# shellcheck disable=SC2086 # the words of the messages
if [[ $(complete_line 'parity-cli export --preset ') == "$(sorted $presets)" &&
      $(complete_line 'parity-cli export --format ') == "$(sorted $formats)" &&
      $(complete_line 'parity-cli info --list ') == "$(sorted $lists)" &&
      $presets == *half-page* && $formats == *svg* && $lists == *languages* ]]; then
  printf 'ok %d - --preset, --format and --list complete what parity-cli takes\n' "$n"
else
  printf 'not ok %d - --preset, --format and --list complete what parity-cli takes\n' "$n"
  printf '#   parity-cli takes: [%s] [%s] [%s]\n' "$presets" "$formats" "$lists"
  failed=$((failed + 1))
fi

# Chart ids and languages of the dataset on the command line, wherever it is.
check 'IT.NET.USER.ZS NY.GDP.PCAP.CD' 'parity-cli export two-indicators.json --chart '
check 'NY.GDP.PCAP.CD' 'parity-cli export two-indicators.json --chart=N'
check '-cNY.GDP.PCAP.CD' 'parity-cli export two-indicators.json -cN'
check 'IT.NET.USER.ZS' 'parity-cli export --chart I| two-indicators.json --all'
check 'IT.NET.USER.ZS NY.GDP.PCAP.CD' "parity-cli export --quiet -o out/ 'my data.json' --chart "
check 'all en' 'parity-cli export two-indicators.json --lang '
check 'all en fr' \
  'parity-cli export two-indicators.json --labels fr=lang/two-indicators-fr.json --lang '
check 'fr' 'parity-cli export --labels=fr=lang/two-indicators-fr.json two-indicators.json -l f'
check 'en' 'parity-cli info two-indicators.json --lang '
check '' 'parity-cli export no-such-file.json --chart '

# The bundled dataset when none is named.
check 'internet-use-by-region' 'parity-cli export --chart internet-use-by-r'
check 'internet-use-by-development internet-use-by-development-columns' \
  'parity-cli export --chart internet-use-by-development'
check "$("$PARITY_CLI" info --list charts | paste -sd ' ')" 'parity-cli export --chart '
check 'all ar en es fr ru zh' 'parity-cli export --lang '
check 'ar en es fr ru zh' 'parity-cli info --lang '
check 'en es' 'parity-cli i18n extract --lang e'

# File names: datasets (.json, .csv and folders), PO files after a dataset, any file for -o.
check 'data.CSV lang my\ data.json two-indicators.json' 'parity-cli export '
check 'two-indicators.json' 'parity-cli info t'
check '' 'parity-cli export two-indicators.json '
check 'data.CSV lang my\ data.json two-indicators.json' 'parity-cli validate two-indicators.json '
check 'fr.po lang' 'parity-cli i18n merge two-indicators.json '
# The language of a PO file to merge may be one the dataset does not have yet.
check '' 'parity-cli i18n merge two-indicators.json fr.po --lang '
check 'data.CSV fr.po lang my\ data.json notes.txt two-indicators.json' 'parity-cli export -o '
check 'lang' 'parity-cli export two-indicators.json --labels fr=la'
check 'lang/two-indicators-fr.json' 'parity-cli export two-indicators.json --labels=fr=lang/'
check 'data.CSV lang my\ data.json two-indicators.json' 'parity-cli export two-indicators.json --add '
check 'data.CSV lang my\ data.json two-indicators.json' \
  'parity-cli export two-indicators.json --scale-with '

# The program asked is the one on PATH, or the one typed.
cat >"$tmp/bin/parity-cli" <<EOF
#!/bin/sh
case "\$*" in
  *"--list charts"*) echo stand-in-chart ;;
  *) exec "$PARITY_CLI" "\$@" ;;
esac
EOF
chmod +x "$tmp/bin/parity-cli"
PATH=$tmp/bin:$PATH
check 'stand-in-chart' 'parity-cli export --chart '
check 'IT.NET.USER.ZS NY.GDP.PCAP.CD' "$PARITY_CLI export two-indicators.json --chart "

echo "1..$n"
exit $((failed > 0))
