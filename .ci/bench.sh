#!/usr/bin/env bash
# bench.sh measures gloss against its targets and prints the figures
# docs/PERFORMANCE.md reports: issue 6 (start-up, a batch of 1,000
# queries, synthetic glossaries of 1,000, 10,000 and 100,000 terms), issue
# 16 (gloss scan) and issue 17 (every cost against its floor, run side by
# side: start-up against an empty cobra command linking yaml.v3, first
# loads against a yaml.v3 decode of the same files, later lookups against
# `gloss lookup nps`; synthetic glossaries, FOLDOC and WordNet from
# Debian's packages, the browser's filter per keystroke).
#
#   .ci/bench.sh            # everything but a million terms, about ten minutes
#   .ci/bench.sh --quick    # fewer runs, 1,000 and 10,000 terms, no issue 17
#   .ci/bench.sh --startup  # start-up and the batch only, about a minute
#   .ci/bench.sh --scale    # issue 17 only: start-up, 10,000 and 100,000
#                           # terms, FOLDOC, WordNet, the browser's filter
#   .ci/bench.sh --huge     # add 1,000,000 terms (generated, 600 MB, never
#                           # kept) to the issue 17 part: with --scale, or
#                           # alone for everything; about 20 minutes more
#
# Times are medians from hyperfine; commands compared are run side by side
# in one hyperfine call. Peak RSS is the median of /usr/bin/time's maximum
# resident set size. Slow commands are ended after $BENCH_LIMIT seconds
# (default 900) and reported as timed out; BENCH_SCALE_SIZES (default
# "1000 10000 100000") sets the synthetic sizes of the issue 17 part,
# BENCH_HUGE_TERMS (1000000) the size --huge adds, in eight layers, and
# BENCH_DICTS ("foldoc wn") the Debian dictionaries; empty for none.
# Other processes on the machine (fuzzers, builds) slow everything: the
# load average is printed before and after, and a run on a busy machine
# should be repeated. Every target
# is checked where it is measured and again in one summary at the end.
set -euo pipefail
cd "$(dirname "$0")/.."

quick=false startup=false scale=false huge=false
for arg in "$@"; do
  case "$arg" in
  --quick) quick=true ;;
  --startup) startup=true ;;
  --scale) scale=true ;;
  --huge) huge=true ;;
  *) echo "usage: .ci/bench.sh [--quick | --startup | --scale] [--huge]" >&2 && exit 2 ;;
  esac
done
slow_limit=${BENCH_LIMIT:-900}

install() { # install Debian packages, as root or with sudo
  local sudo=
  [ "$(id -u)" = 0 ] || sudo=sudo
  $sudo apt-get install -y "$@" >/dev/null 2>&1 || { $sudo apt-get update >/dev/null && $sudo apt-get install -y "$@" >/dev/null; }
}
command -v hyperfine >/dev/null || install hyperfine
command -v jq >/dev/null || install jq
[ -x /usr/bin/time ] || install time

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A clean environment: no glossaries of one's own unless given, no GC
# knobs; Go keeps its own caches.
export GOPATH=$(go env GOPATH) GOMODCACHE=$(go env GOMODCACHE) GOCACHE=$(go env GOCACHE)
export HOME=$work/home XDG_CONFIG_HOME=$work/config XDG_CACHE_HOME=$work/cache
unset GLOSS_PATH GOGC GOMEMLIMIT GLOSS_PAGER PAGER
mkdir -p "$HOME" "$XDG_CONFIG_HOME"

echo "== building with CGO_ENABLED=0, $(go version | cut -d' ' -f3-)"
CGO_ENABLED=0 go build -o "$work/gloss" ./cmd/gloss
mkdir "$work/hello"
cat >"$work/hello/main.go" <<'EOF'
package main

import "fmt"

func main() { fmt.Println("hello, world") }
EOF
(cd "$work/hello" && go mod init hello >/dev/null 2>&1 && CGO_ENABLED=0 go build -o "$work/hello-world" .)
gloss=$work/gloss

echo "== load average before: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)"

# medians CSV [DECIMALS]: the median of each command of a hyperfine CSV
# export, in ms, with one decimal unless told.
medians() { awk -F, -v d="${2:-1}" 'NR > 1 { printf "%." d "f\n", $4 * 1000 }' "$1"; }

# limited SECONDS CMD...: CMD, ended after SECONDS (and ten more to
# exit), saying so on stderr; its exit status.
limited() {
  local t=$1 rc=0
  shift
  timeout --kill-after=10 "$t" "$@" || rc=$?
  if [ "$rc" = 124 ] || [ "$rc" = 137 ]; then
    echo "  TIMEOUT after ${t}s: $(echo "$*" | cut -c1-160)" >&2
  fi
  return "$rc"
}

# rss N CMD...: the median peak RSS of N runs of CMD, in MB, or
# "timeout"; the last run's stderr is left in $work/rss.err and its wall
# time, in ms, in $work/rss.ms.
rss() {
  local n=$1 rc
  shift
  : >"$work/rss.list"
  for _ in $(seq "$n"); do
    rc=0
    limited "$slow_limit" /usr/bin/time -o "$work/rss.time" -f '%e %M' "$@" >/dev/null 2>"$work/rss.err" </dev/null || rc=$?
    if [ "$rc" = 124 ] || [ "$rc" = 137 ]; then echo - >"$work/rss.ms" && echo timeout && return 0; fi
    tail -1 "$work/rss.time" | awk '{ printf "%.0f\n", $1 * 1000 }' >"$work/rss.ms"
    tail -1 "$work/rss.time" | cut -d' ' -f2 >>"$work/rss.list"
  done
  sort -n "$work/rss.list" | awk '{ a[NR] = $1 } END { printf "%.1f\n", a[int((NR + 1) / 2)] / 1024 }'
}

# check NAME VALUE OP LIMIT: print whether VALUE meets the target, and
# keep the line for the summary. A VALUE that is no number (a command
# timed out or failed) misses.
fails=0
: >"$work/summary"
check() {
  local verdict=MISS
  if [[ $2 =~ ^[0-9]+(\.[0-9]+)?$ ]] && awk -v v="$2" -v l="$4" "BEGIN { exit !(v $3 l) }"; then
    verdict=ok
  else
    fails=$((fails + 1))
  fi
  printf '  %-5s %-52s %s (target %s %s)\n' "$verdict" "$1" "$2" "$3" "$4" | tee -a "$work/summary"
}

# skip NAME WHY: a measurement that could not be made here.
skips=0
skip() {
  skips=$((skips + 1))
  printf '  SKIP  %-52s %s\n' "$1" "$2" | tee -a "$work/summary"
}

# info NAME VALUE: a figure printed for information, with no target.
info() { printf '  info  %-52s %s\n' "$1" "$2" | tee -a "$work/summary"; }

run_scale=false
if $scale || $huge || ! { $quick || $startup; }; then run_scale=true; fi

# The start-up floor (issue 17): an empty cobra command that links
# go.yaml.in/yaml/v3, the stack gloss is built on, built the same way as
# gloss: the same Go, module versions and go directive, CGO_ENABLED=0, and
# gloss's //go:debug setting (docs/adr/007-startup-budget.md). It runs
# yaml.v3's package initialisation and links its decoder, as gloss does,
# and answers its arguments with one line.
mkdir "$work/cobra"
cat >"$work/cobra/main.go" <<'EOF'
// Command floor is an empty cobra command that links yaml.v3.
//
//go:debug updatemaxprocs=0
package main

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"
	"go.yaml.in/yaml/v3"
)

func main() {
	root := &cobra.Command{
		Use:          "floor",
		Args:         cobra.ArbitraryArgs,
		SilenceUsage: true,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 2 && args[0] == "decode" { // never in the bench: links the decoder
				var v any
				return yaml.Unmarshal([]byte(args[1]), &v)
			}
			fmt.Fprintln(cmd.OutOrStdout(), "floor")
			return nil
		},
	}
	if err := root.Execute(); err != nil {
		os.Exit(1)
	}
}
EOF
go_version=$(go list -m -f '{{.GoVersion}}') cobra_version=$(go list -m -f '{{.Version}}' github.com/spf13/cobra)
yaml_version=$(go list -m -f '{{.Version}}' go.yaml.in/yaml/v3)
(cd "$work/cobra" && go mod init floor >/dev/null 2>&1 && go mod edit -go="$go_version" \
  -require="github.com/spf13/cobra@$cobra_version" -require="go.yaml.in/yaml/v3@$yaml_version" &&
  GOFLAGS=-mod=mod CGO_ENABLED=0 go build -o "$work/cobra-yaml" .)

# Start-up is measured in rounds, each a hyperfine run of the three
# commands side by side, the order turned by one each round; the figures
# are the medians of every run of every round. A single long run lets a
# change in the machine's load between one command's runs and another's
# move the ratio by 0.1 or more.
rounds=20 runs=50
$quick && rounds=10
echo
echo "== start-up: gloss lookup nps against an empty cobra command linking yaml.v3, and a hello-world; $rounds rounds of $runs runs each"
: >"$work/hello.times"
: >"$work/cobra.times"
: >"$work/lookup.times"
for r in $(seq "$rounds"); do
  cmds=("$work/hello-world" "$work/cobra-yaml lookup nps" "$gloss lookup nps")
  k=$((r % 3))
  order=("${cmds[@]:$k}" "${cmds[@]:0:$k}")
  hyperfine -N --style none --warmup 10 --runs "$runs" --export-json "$work/start.json" "${order[@]}" >/dev/null
  jq -r '.results[] | select(.command | endswith("hello-world")) | .times[]' "$work/start.json" >>"$work/hello.times"
  jq -r '.results[] | select(.command | contains("cobra-yaml")) | .times[]' "$work/start.json" >>"$work/cobra.times"
  jq -r '.results[] | select(.command | endswith("gloss lookup nps")) | .times[]' "$work/start.json" >>"$work/lookup.times"
done
median_ms() { sort -g "$1" | awk '{ a[NR] = $1 } END { printf "%.3f\n", a[int((NR + 1) / 2)] * 1000 }'; }
hello=$(median_ms "$work/hello.times") cobra=$(median_ms "$work/cobra.times") lookup=$(median_ms "$work/lookup.times")
ratio_hello=$(awk -v a="$lookup" -v b="$hello" 'BEGIN { printf "%.2f", a / b }')
ratio_cobra=$(awk -v a="$lookup" -v b="$cobra" 'BEGIN { printf "%.2f", a / b }')
cobra_hello=$(awk -v a="$cobra" -v b="$hello" 'BEGIN { printf "%.2f", a / b }')
lookup_rss=$(rss 11 "$gloss" lookup nps)
hello_rss=$(rss 11 "$work/hello-world")
cobra_rss=$(rss 11 "$work/cobra-yaml" lookup nps)
echo "  hello-world            $hello ms  $hello_rss MB"
echo "  cobra + yaml.v3 floor  $cobra ms  $cobra_rss MB  ($cobra_hello x hello-world)"
echo "  gloss lookup nps       $lookup ms  $lookup_rss MB  ($ratio_cobra x the floor, $ratio_hello x hello-world)"
check "lookup nps / cobra + yaml.v3 floor (x)" "$ratio_cobra" "<=" 1.05
info "lookup nps / hello-world (the retired 1.3x)" "$ratio_hello x"
info "cobra + yaml.v3 floor / hello-world" "$cobra_hello x"
check "lookup nps peak RSS (MB)" "$lookup_rss" "<" 15

# summary: every check and skip of the run, once more, and the count.
summary() {
  echo
  echo "== load average after: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)"
  echo
  echo "== summary"
  cat "$work/summary"
  echo "$fails target(s) missed, $skips measurement(s) skipped"
}

if $scale; then
  # shellcheck source=.ci/bench-scale.sh
  source .ci/bench-scale.sh
  summary
  exit 0
fi

echo
echo "== batch: 1,000 queries on the built-in glossary (gloss lookup -)"
# Names as written, in lower case, with two letters swapped, and a few
# that match nothing: every stage of the matcher gets work.
"$gloss" list --plain | cut -f1 | awk '
  { n[NR] = $0 }
  END {
    for (i = 0; i < 1000; i++) {
      s = n[i % NR + 1]
      if (i % 4 == 1) s = tolower(s)
      if (i % 4 == 2 && length(s) > 4) s = substr(s, 1, 1) substr(s, 3, 1) substr(s, 2, 1) substr(s, 4)
      if (i % 50 == 3) s = "no such term " i
      print s
    }
  }' >"$work/queries.txt"
hyperfine --style basic -i --warmup 3 --runs 30 --export-csv "$work/batch.csv" \
  "$gloss lookup --plain - < $work/queries.txt > /dev/null" >/dev/null
batch=$(medians "$work/batch.csv")
echo "  1,000 queries    $batch ms"

sizes="1000 10000 100000"
$quick && sizes="1000 10000"
$startup && sizes=""
declare -A first exact fuzzy miss none rss_first rss_exact rss_fuzzy mb cache_mb
for n in $sizes; do
  file=$work/synth-$n.yaml
  go run ./cmd/synth-glossary -n "$n" >"$file"
  # A name from the middle of the file, and the same with a typo.
  name=$(awk -v k=$((n / 2)) '/^  - term: / && ++i == k { sub(/^  - term: /, ""); print; exit }' "$file")
  typo=$(echo "$name" | tr '[:upper:]' '[:lower:]' | awk '{ print substr($0, 1, 1) substr($0, 3, 1) substr($0, 2, 1) substr($0, 4) }')
  export XDG_CACHE_HOME=$work/cache-$n
  cold_runs=5
  [ "$n" -ge 100000 ] && cold_runs=3
  echo
  echo "== $n terms ($(du -m "$file" | cut -f1) MB): \"$name\", and \"$typo\" for a typo"
  hyperfine -N --style basic --runs "$cold_runs" --prepare "rm -rf $XDG_CACHE_HOME" --export-csv "$work/first.csv" \
    "$gloss --glossary $file lookup '$name'" >/dev/null
  first[$n]=$(medians "$work/first.csv")
  hyperfine -N --style basic -i --warmup 3 --runs 30 --export-csv "$work/later.csv" \
    "$gloss --glossary $file lookup '$name'" "$gloss --glossary $file lookup '$typo'" \
    "$gloss --glossary $file lookup 'qxzv no such term'" >/dev/null
  m=($(medians "$work/later.csv"))
  exact[$n]=${m[0]} fuzzy[$n]=${m[1]} miss[$n]=${m[2]}
  # Without a cache (a directory that cannot be made): parsed every time.
  XDG_CACHE_HOME=$file/cache hyperfine -N --style basic --runs "$cold_runs" --export-csv "$work/none.csv" \
    "$gloss --glossary $file lookup '$name'" >/dev/null
  none[$n]=$(medians "$work/none.csv")
  rm -rf "$XDG_CACHE_HOME"
  rss_first[$n]=$(rss 1 "$gloss" --glossary "$file" lookup "$name")
  rss_exact[$n]=$(rss 5 "$gloss" --glossary "$file" lookup "$name")
  rss_fuzzy[$n]=$(rss 5 "$gloss" --glossary "$file" lookup "$typo")
  mb[$n]=$(du -m "$file" | cut -f1)
  cache_mb[$n]=$(du -sm "$XDG_CACHE_HOME" | cut -f1)
  echo "  first lookup ${first[$n]} ms (${rss_first[$n]} MB); later: exact ${exact[$n]} ms (${rss_exact[$n]} MB), fuzzy ${fuzzy[$n]} ms (${rss_fuzzy[$n]} MB), miss ${miss[$n]} ms; cache ${cache_mb[$n]} MB; no cache ${none[$n]} ms"
done

# Scan (issue 16): 1 MB of CRM prose (the evaluation texts, repeated) with
# the built-in glossary against `gloss lookup nps`, side by side; and the
# scan rate with a 100,000-term glossary against the built-in one, each
# rate taken from 1 MB and 10 MB runs (the difference is 9 MB of scanning,
# whatever loading and building the automaton cost).
scan_ratio="" scan_rate_ratio="" scan_rss=""
if ! $startup; then
  for f in internal/scan/testdata/eval/*.txt; do cat "$f"; done >"$work/eval.txt"
  : >"$work/scan-1.txt"
  while [ "$(wc -c <"$work/scan-1.txt")" -lt 1048576 ]; do cat "$work/eval.txt" >>"$work/scan-1.txt"; done
  for _ in $(seq 10); do cat "$work/scan-1.txt"; done >"$work/scan-10.txt"
  echo
  echo "== scan: 1 MB of text with the built-in glossary against gloss lookup nps"
  hyperfine -N --style basic --warmup 3 --runs 20 --export-csv "$work/scan.csv" \
    "$gloss lookup nps" "$gloss scan $work/scan-1.txt" >/dev/null
  m=($(medians "$work/scan.csv"))
  scan_ratio=$(awk -v a="${m[1]}" -v b="${m[0]}" 'BEGIN { printf "%.1f", a / b }')
  echo "  gloss lookup nps ${m[0]} ms, gloss scan (1 MB) ${m[1]} ms: ${scan_ratio} x"
  synth=$work/synth-scan-100000.yaml
  go run ./cmd/synth-glossary -n 100000 >"$synth"
  export XDG_CACHE_HOME=$work/cache-scan
  "$gloss" --glossary "$synth" lookup nps >/dev/null 2>&1 || true # fills the cache
  echo
  echo "== scan rate: 100,000 terms against the built-in glossary (fastest of 10 runs of 1 MB and of 10 MB)"
  # The fastest of each, not the median: a run of a second on a busy
  # machine is slowed by others more often than not, and the rate is a
  # difference of two times.
  hyperfine -N --style basic --warmup 1 --runs 10 --export-csv "$work/rate.csv" \
    "$gloss scan $work/scan-1.txt" "$gloss scan $work/scan-10.txt" \
    "$gloss --glossary $synth scan $work/scan-1.txt" "$gloss --glossary $synth scan $work/scan-10.txt" >/dev/null
  m=($(awk -F, 'NR > 1 { printf "%.1f\n", $7 * 1000 }' "$work/rate.csv"))
  rate_builtin=$(awk -v a="${m[0]}" -v b="${m[1]}" 'BEGIN { printf "%.1f", 9 * 1000 / (b - a) }')
  rate_big=$(awk -v a="${m[2]}" -v b="${m[3]}" 'BEGIN { printf "%.1f", 9 * 1000 / (b - a) }')
  scan_rate_ratio=$(awk -v a="$rate_builtin" -v b="$rate_big" 'BEGIN { printf "%.2f", a / b }')
  scan_rss=$(rss 3 "$gloss" --glossary "$synth" scan "$work/scan-10.txt")
  echo "  built-in: ${m[0]} ms for 1 MB, ${m[1]} ms for 10 MB: $rate_builtin MB/s"
  echo "  100,000 terms: ${m[2]} ms for 1 MB (load, build, scan), ${m[3]} ms for 10 MB: $rate_big MB/s; peak RSS $scan_rss MB"
  export XDG_CACHE_HOME=$work/cache
fi

[ -n "$sizes" ] && echo
[ -n "$sizes" ] && echo "| terms | YAML | first lookup | later exact | later fuzzy | later miss | peak RSS first / exact / fuzzy | cache on disk | every lookup, no cache |"
[ -n "$sizes" ] && echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
for n in $sizes; do
  printf '| %s | %s MB | %s ms | %s ms | %s ms | %s ms | %s / %s / %s MB | %s MB | %s ms |\n' "$n" "${mb[$n]}" "${first[$n]}" "${exact[$n]}" "${fuzzy[$n]}" \
    "${miss[$n]}" "${rss_first[$n]}" "${rss_exact[$n]}" "${rss_fuzzy[$n]}" "${cache_mb[$n]}" "${none[$n]}"
done

echo
echo "== targets (issue 6)"
check "1,000 queries from stdin (ms)" "$batch" "<" 200
if [ -n "$sizes" ]; then
  big=${sizes##* }
  check "$big terms: first lookup (ms)" "${first[$big]}" "<" 5000
  check "$big terms: later exact lookup (ms)" "${exact[$big]}" "<" 50
  check "$big terms: later fuzzy lookup (ms)" "${fuzzy[$big]}" "<" 100
  check "$big terms: later lookup matching nothing (ms)" "${miss[$big]}" "<" 100
fi
for n in $sizes; do
  check "$n terms: peak RSS, any run (MB)" "$(printf '%s\n' "${rss_first[$n]}" "${rss_exact[$n]}" "${rss_fuzzy[$n]}" | sort -n | tail -1)" "<" 200
done
if [ -n "$scan_ratio" ]; then
  echo "== targets (issue 16)"
  check "scan 1 MB / lookup nps (x)" "$scan_ratio" "<" 25
  check "scan rate: built-in / 100,000 terms (x)" "$scan_rate_ratio" "<=" 2
  check "scan 10 MB, 100,000 terms: peak RSS (MB)" "$scan_rss" "<" 200
fi

if $run_scale; then
  # shellcheck source=.ci/bench-scale.sh
  source .ci/bench-scale.sh
fi
summary
