#!/usr/bin/env bash
# real-dicts.sh [DIR]: check gloss against real dictionaries. Fetches
# Debian's dict-foldoc, dict-jargon and dict-vera with `apt-get download`,
# converts each to a gloss glossary with scripts/dictconv, checks that it
# validates, and that real headwords answer as they should (C, C++ and C#
# are three terms; html is the term whose alias is HTML, not HTML+).
#
# It converts with scripts/dictconv, not `gloss import dictd`: the import
# names each entry by its lower-cased index headword and folds headwords
# that differ only in punctuation together ("(c)" with C, "*LISP" with
# Lisp), so it cannot show whether names as written are kept apart.
#
# Not part of CI, and nothing it fetches or writes is committed: the
# dictionaries' licences differ from gloss's. Files go to DIR (kept) or to
# a temporary directory (removed). Exits 1 if any check fails.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
if [ $# -gt 0 ]; then
  dir=$1
  mkdir -p "$dir"
else
  dir=$(mktemp -d)
  trap 'rm -rf "$dir"' EXIT
fi
cd "$dir"

for pkg in dict-foldoc dict-jargon dict-vera; do
  ls "$pkg"_*.deb >/dev/null 2>&1 || apt-get download "$pkg" >/dev/null
  dpkg -x "$pkg"_*.deb x
done
(cd "$repo" && go build -o "$dir/gloss" ./cmd/gloss && go build -o "$dir/dictconv" ./scripts/dictconv)

for name in foldoc jargon vera; do
  zcat "x/usr/share/dictd/$name.dict.dz" >"$name.dict"
  ./dictconv -category "$name" "x/usr/share/dictd/$name.index" "$name.dict" >"$name.yaml"
  printf '%-8s %6d terms  ' "$name" "$(grep -c '^  - term:' "$name.yaml")"
  ./gloss validate "$name.yaml" 2>&1 | tail -1
done

pass=0 fail=0
# check DICT QUERY WANT: lookup of QUERY in DICT alone answers WANT, or
# for "-" answers nothing (exit 1).
check() {
  local got rc=0
  got=$(./gloss --no-builtin --glossary "$1.yaml" lookup --plain -- "$2" 2>/dev/null | cut -f1 | paste -sd'|') || rc=$?
  if { [ "$3" = - ] && [ $rc -eq 1 ]; } || { [ "$3" != - ] && [ $rc -eq 0 ] && [ "$got" = "$3" ]; }; then
    pass=$((pass + 1))
    printf 'ok    %-8s %-28s %s\n' "$1" "$2" "${got:--}"
  else
    fail=$((fail + 1))
    printf 'FAIL  %-8s %-28s got %s (exit %d), want %s\n' "$1" "$2" "${got:--}" "$rc" "$3"
  fi
}

while IFS='|' read -r dict query want; do
  [ -z "$dict" ] || check "$dict" "$query" "$want"
done <<'EOF'
foldoc|c|C
foldoc|C++|C++
foldoc|c#|C#
foldoc|.net|.NET framework
foldoc|html|Hypertext Markup Language
foldoc|html+|HTML+
foldoc|tcp/ip|TCP/IP
foldoc|lisp|Lisp
foldoc|common lisp|Common Lisp
foldoc|perl|Perl
foldoc|python|Python
foldoc|unix|Unix
foldoc|ascii|American Standard Code for Information Interchange
foldoc|tcp|Transmission Control Protocol
foldoc|http|Hypertext Transfer Protocol
foldoc|sql|SQL
foldoc|java|Java
foldoc|javascript|JavaScript
foldoc|ethernet|Ethernet
foldoc|compiler|compiler
foldoc|what is a compiler?|compiler
foldoc|object oriented programming|object-oriented programming
foldoc|lambda calculus|lambda-calculus
foldoc|url|Uniform Resource Locator
foldoc|dns|DNS
foldoc|ftp|File Transfer Protocol
foldoc|emacs|Emacs
foldoc|regular expressions|regular expression
foldoc|fortran|Fortran
foldoc|objective-c|Objective C
foldoc|x.25|X.25
foldoc|node.js|Node.js
foldoc|c vs c++|C|C++
foldoc|zzqxv|-
jargon|hacker|hacker
jargon|kludge|kludge
jargon|cruft|cruft
jargon|grok|grok
jargon|fandango on core|fandango on core
vera|isdn|ISDN
vera|RFC|RFC
EOF
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
