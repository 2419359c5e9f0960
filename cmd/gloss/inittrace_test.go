package main

import (
	"fmt"
	"os"
	"os/exec"
	"sort"
	"strings"
	"testing"
)

// The init work every run of gloss may do (docs/adr/007-startup-budget.md,
// issue 17): `GODEBUG=inittrace=1 gloss lookup nps` prints, for each
// package, the clock time, bytes and allocations of its initialisation.
// Each is taken as the least of initRuns runs: what a package does every
// time. Bytes and allocations barely move from run to run (internal/godebug
// and net/netip now and then make one or two more: a map's growth);
// clock time does (on the project's 2-core VM a package that takes 3 µs
// now and then shows 180 µs when another process holds the core), so it
// is held only to a generous bound.
const (
	// initRuns is how many runs the least is taken from: in 30 runs at a
	// load average of 10 on this machine, single runs of packages whose
	// least was 3-40 µs reached 0.05-2 ms, but never all of them at once.
	initRuns = 20
	// initClock is the most clock time, in ms, a package of ours or of
	// another module may take, or any package not in knownInit: above the
	// noise of this machine (the least of twenty runs of our one package
	// with init work, internal/sections, is 5-7 µs, and of every package
	// not in knownInit under 12 µs at a load average of 10), far below
	// what building a table costs.
	initClock = 0.05
	// initAllocs and initBytes are the most allocations and bytes such a
	// package may make: a few error values, no table, map or
	// regular expression.
	initAllocs = 4
	initBytes  = 1024
	// knownSlack is the room above its recorded cost a package of
	// knownInit has in bytes and allocations: the least of twenty runs
	// still moves with the binary's layout and the runtime's maps
	// (net/netip 728 or 744 bytes, internal/godebug 11 or 12 allocations).
	knownSlack = 1.5
)

// initBudget is what one package's initialisation may cost, and why.
type initBudget struct {
	clock         float64 // ms, least of initRuns
	bytes, allocs int
	why           string
}

// knownInit are the packages over the default budget today, each with
// its ceiling (what it costs now with Go 1.26 and today's go.mod, the
// clock with room for noise) and why it is accepted. A new module, or a package of ours, never belongs here:
// make its work lazy instead.
var knownInit = map[string]initBudget{
	"go.yaml.in/yaml/v3":                     {1.0, 25720, 276, "compiles two regular expressions at initialisation; not patched (ADR 007)"},
	"github.com/spf13/cobra":                 {initClock, 856, 12, "cobra's template functions and command defaults, which gloss chose (ADR 007)"},
	"runtime":                                {0.5, 0, 0, "the runtime's own start"},
	"internal/godebug":                       {0.5, 448, 11, "reads GODEBUG, which this test sets"},
	"unicode":                                {0.2, 11400, 16, "the Unicode tables every text package uses"},
	"compress/flate":                         {0.1, 4240, 7, "fixed Huffman tables; compress/gzip, for gzipped imports and the cache"},
	"encoding/base64":                        {0.1, 1408, 4, "its standard encodings; yaml.v3, encoding/json and pflag use it"},
	"hash/crc32":                             {0.1, 1152, 5, "its table; the cache's checksums"},
	"regexp/syntax":                          {initClock, 2344, 6, "its tables of character classes; yaml.v3's expressions"},
	"os":                                     {0.1, 448, 9, "standard files and the environment"},
	"syscall":                                {initClock, 832, 5, "the environment"},
	"net":                                    {initClock, 752, 15, "pflag's IP flags link net"},
	"net/netip":                              {initClock, 728, 18, "net's addresses"},
	"vendor/golang.org/x/net/dns/dnsmessage": {initClock, 768, 6, "net's DNS messages"},
}

// initCost is one package's initialisation as inittrace reports it, or
// the least of each over several runs.
type initCost struct {
	clock         float64
	bytes, allocs int
}

// TestInitWork fails when a package of ours, or of another module, or a
// standard package not known to need it, does work when gloss starts:
// `gloss lookup nps` must pay for nothing it does not use.
func TestInitWork(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := releaseBinary(t)
	costs := map[string]initCost{}
	for range initRuns {
		for pkg, c := range traceInit(t, bin) {
			if old, seen := costs[pkg]; seen {
				c = initCost{min(c.clock, old.clock), min(c.bytes, old.bytes), min(c.allocs, old.allocs)}
			}
			costs[pkg] = c
		}
	}
	if _, ok := costs["runtime"]; !ok || len(costs) < 10 {
		t.Fatalf("inittrace listed %d packages, not the runtime: has its format changed?", len(costs))
	}
	for _, pkg := range sortedKeys(costs) {
		c := costs[pkg]
		b, known := knownInit[pkg]
		if known {
			b.bytes, b.allocs = int(float64(b.bytes)*knownSlack), int(float64(b.allocs)*knownSlack)
		} else {
			b = initBudget{clock: initClock, bytes: initBytes, allocs: initAllocs}
		}
		if !known && isOurs(pkg) {
			b.bytes, b.allocs = 0, 0 // ADR 007: nothing of ours is built at initialisation
		}
		if c.clock > b.clock || c.bytes > b.bytes || c.allocs > b.allocs {
			t.Errorf("%s initialises with %.3f ms (least of %d runs), %d bytes, %d allocs; its budget is %.3f ms, %d bytes, %d allocs%s",
				pkg, c.clock, initRuns, c.bytes, c.allocs, b.clock, b.bytes, b.allocs, whyNote(pkg, known))
		}
	}
}

// whyNote says what to do about a package over its budget.
func whyNote(pkg string, known bool) string {
	switch {
	case known:
		return " (" + knownInit[pkg].why + "): a new version does more?"
	case isOurs(pkg):
		return ": make it lazy (a sync.Once, or build the table on first use)"
	case isStd(pkg):
		return ": a standard package newly linked, or doing more; which import brought it?"
	}
	return ": a dependency that works at initialisation costs every run of gloss"
}

// traceInit runs `gloss lookup nps` with inittrace on, in an empty home,
// and returns each package's cost.
func traceInit(t *testing.T, bin string) map[string]initCost {
	t.Helper()
	home := t.TempDir()
	cmd := exec.Command(bin, "lookup", "nps")
	cmd.Env = []string{"HOME=" + home, "XDG_CONFIG_HOME=" + home, "XDG_CACHE_HOME=" + home, "GODEBUG=inittrace=1", "PATH=" + os.Getenv("PATH")}
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("gloss lookup nps: %v\n%s", err, stderr.String())
	}
	return parseInitTrace(t, stderr.String())
}

// parseInitTrace reads lines of the form
// "init PKG @0.86 ms, 0.012 ms clock, 448 bytes, 9 allocs".
func parseInitTrace(t *testing.T, text string) map[string]initCost {
	t.Helper()
	out := map[string]initCost{}
	for _, line := range strings.Split(text, "\n") {
		if !strings.HasPrefix(line, "init ") {
			continue
		}
		var pkg, at string
		var c initCost
		if _, err := fmt.Sscanf(line, "init %s @%s ms, %g ms clock, %d bytes, %d allocs", &pkg, &at, &c.clock, &c.bytes, &c.allocs); err != nil {
			t.Fatalf("inittrace line %q: %v", line, err)
		}
		out[pkg] = c
	}
	return out
}

func isOurs(pkg string) bool {
	return pkg == "github.com/gloss-cli/gloss" || strings.HasPrefix(pkg, "github.com/gloss-cli/gloss/")
}

// isStd reports whether pkg is of the standard library: no dot in its
// first element (vendor/ is the standard library's own copy).
func isStd(pkg string) bool {
	first, _, _ := strings.Cut(pkg, "/")
	return !strings.Contains(first, ".")
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
