package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// TestReleaseBinary builds gloss as it is released and checks what keeps
// its start-up short (docs/adr/007-startup-budget.md): nothing in it can
// call reflect's MethodByName, and the runtime does not follow CPU limit
// changes. When something can call MethodByName (a cobra usage, help or
// version template does, through text/template), the linker keeps every
// exported method of every type it links: the binary grew from 6.6 to
// 8.5 MB and every start got slower.
func TestReleaseBinary(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := releaseBinary(t)
	info, err := exec.Command("go", "version", "-m", bin).Output()
	if err != nil {
		t.Fatalf("go version -m: %v", err)
	}
	if !strings.Contains(string(info), "DefaultGODEBUG=") || !strings.Contains(string(info), "updatemaxprocs=0") {
		t.Errorf("the binary's default GODEBUG does not have updatemaxprocs=0 (see the //go:debug line in main.go):\n%s", info)
	}
	out, err := exec.Command("go", "tool", "nm", bin).Output()
	if err != nil {
		t.Fatalf("go tool nm: %v", err)
	}
	for _, line := range strings.Split(string(out), "\n") {
		if strings.HasSuffix(line, ".MethodByName") {
			t.Errorf("the binary links %s: dead code elimination of methods is off; "+
				"look for a cobra Set*Template call or another use of text/template", strings.Fields(line)[2])
		}
	}
}

var release struct {
	once sync.Once
	dir  string
	bin  string
	err  error
}

// releaseBinary builds gloss as it is released (CGO_ENABLED=0), once for
// all the tests that run it, and returns its path.
func releaseBinary(t *testing.T) string {
	release.once.Do(func() {
		release.dir, release.err = os.MkdirTemp("", "gloss-release-")
		if release.err != nil {
			return
		}
		release.bin = filepath.Join(release.dir, "gloss")
		build := exec.Command("go", "build", "-o", release.bin, ".")
		build.Env = append(os.Environ(), "CGO_ENABLED=0")
		if out, err := build.CombinedOutput(); err != nil {
			release.err = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if release.err != nil {
		t.Fatal(release.err)
	}
	return release.bin
}
