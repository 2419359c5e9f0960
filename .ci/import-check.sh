#!/usr/bin/env bash
# import-check.sh imports real dictionaries no one here wrote (Debian's
# dict-foldoc, dict-jargon and dict-vera, downloaded into a temporary
# folder, never committed: their licences differ from gloss's), and checks
# that each imports, validates, and answers its own headwords exactly.
#
#   .ci/import-check.sh          # all three, about a minute
#
# It needs apt-get (Debian's package lists) and prints one line a check.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export GOPATH=$(go env GOPATH) GOMODCACHE=$(go env GOMODCACHE) GOCACHE=$(go env GOCACHE)
export HOME=$work/home XDG_CONFIG_HOME=$work/config XDG_CACHE_HOME=$work/cache
mkdir -p "$HOME"
CGO_ENABLED=0 go build -o "$work/gloss" ./cmd/gloss
gloss=$work/gloss
(cd "$work" && { apt-get download dict-foldoc dict-jargon dict-vera >/dev/null 2>&1 ||
  { apt-get update >/dev/null && apt-get download dict-foldoc dict-jargon dict-vera >/dev/null; }; })
for deb in "$work"/*.deb; do dpkg -x "$deb" "$work/x"; done
failed=0
check() { # check NAME COMMAND...: run, and say ok or FAIL
  local name=$1; shift
  if "$@"; then echo "ok    $name"; else echo "FAIL  $name"; failed=1; fi
}
for dict in foldoc jargon vera; do
  index=$work/x/usr/share/dictd/$dict.index
  yaml=$work/$dict.yaml
  check "$dict: imports with --merge senses" "$gloss" import dictd --merge senses "$index" -o "$yaml" 2>"$work/$dict.log"
  tail -1 "$work/$dict.log"
  check "$dict: validates" sh -c "\"$gloss\" validate \"$yaml\" >/dev/null 2>&1"
  # 300 headwords of the index, as the dictionary writes them: each must
  # be found by an exact lookup (senses merged under one name answer too).
  grep -v '^00' "$index" | cut -f1 | awk 'NR % 37 == 0 && n < 300 { print; n++ }' >"$work/$dict.q"
  check "$dict: answers $(wc -l <"$work/$dict.q") of its own headwords exactly" \
    sh -c "\"$gloss\" --no-builtin --glossary \"$yaml\" lookup --exact --plain - <\"$work/$dict.q\" >\"$work/$dict.a\" 2>/dev/null || true;
           ! grep -q \$'^[^\\t]*\\t\\t' \"$work/$dict.a\" && [ \$(wc -l <\"$work/$dict.a\") = \$(wc -l <\"$work/$dict.q\") ]"
done
# FOLDOC's C, C++ and C# are three languages: three entries.
foldoc=$work/foldoc.yaml
names=$(for q in C C++ 'C#'; do "$gloss" --no-builtin --glossary "$foldoc" lookup --exact --plain "$q" | cut -f1; done | sort -u | wc -l)
check "foldoc: C, C++ and C# are distinct entries ($names found)" [ "$names" = 3 ]
exit $failed
