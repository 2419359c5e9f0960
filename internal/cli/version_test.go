package cli

import (
	"runtime/debug"
	"testing"
)

func TestVersionOf(t *testing.T) {
	built := func(v string) *debug.BuildInfo {
		return &debug.BuildInfo{Main: debug.Module{Path: "github.com/gloss-cli/gloss", Version: v}}
	}
	for _, c := range []struct {
		set  string
		info *debug.BuildInfo
		want string
	}{
		{"v1.2.3", built("v1.2.4"), "v1.2.3"}, // set at build time wins
		{"dev", built("v1.2.4"), "v1.2.4"},    // go install ...@v1.2.4
		{"dev", built("v0.0.0-20261124002653-ff986cf1a2b3+dirty"), "v0.0.0-20261124002653-ff986cf1a2b3+dirty"},
		{"dev", built("(devel)"), "dev"}, // no version control information
		{"dev", built(""), "dev"},
		{"dev", nil, "dev"},
	} {
		if got := versionOf(c.set, c.info); got != c.want {
			t.Errorf("versionOf(%q, %v) = %q, want %q", c.set, c.info, got, c.want)
		}
	}
}
