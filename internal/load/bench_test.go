//go:build unix

package load

import (
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/gloss-cli/gloss/internal/synth"
)

// BenchmarkFirstLoad loads a synthetic glossary of 100,000 terms as a
// first run does, with no cache: parse, merge, save, read back, prepare
// and save the matcher's index. It reports the wall and CPU time (user
// and system, of the whole process: the load uses every core) and the
// collections it took; docs/PERFORMANCE.md compares them with a plain
// YAML decode of the same file. Run it alone, once:
//
//	go test -run '^$' -bench FirstLoad -benchtime 1x ./internal/load
func BenchmarkFirstLoad(b *testing.B) {
	dir := b.TempDir()
	path := filepath.Join(dir, "100k.yaml")
	f, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	if err := synth.Write(f, 100000, 1); err != nil {
		b.Fatal(err)
	}
	f.Close()
	env := map[string]string{"HOME": dir, "XDG_CONFIG_HOME": filepath.Join(dir, "config")}
	cfg := Config{Getenv: getenv(env), Glossaries: []string{path}, NoBuiltin: true, Dir: dir}
	var wall, cpu time.Duration
	var gcs uint32
	for i := 0; b.Loop(); i++ {
		env["XDG_CACHE_HOME"] = filepath.Join(dir, "cache", strconv.Itoa(i)) // a cache of its own: a miss
		var before runtime.MemStats
		runtime.ReadMemStats(&before)
		start, used := time.Now(), cpuTime()
		e, err := Open(cfg)
		if err != nil {
			b.Fatal(err)
		}
		wall, cpu = wall+time.Since(start), cpu+cpuTime()-used
		var after runtime.MemStats
		runtime.ReadMemStats(&after)
		gcs += after.NumGC - before.NumGC
		e.Close()
	}
	n := float64(b.N)
	b.ReportMetric(wall.Seconds()*1000/n, "wall-ms/op")
	b.ReportMetric(cpu.Seconds()*1000/n, "cpu-ms/op")
	b.ReportMetric(float64(gcs)/n, "gcs/op")
}

// cpuTime returns the CPU time the process has used, user and system.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
