package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestPrivateCache checks a large glossary is still read through a cache
// when the cache directory cannot be written: one of the run's own, in the
// temporary directory, gone when the run ends.
func TestPrivateCache(t *testing.T) {
	defer func(n int) { privateCacheTerms = n }(privateCacheTerms)
	privateCacheTerms = 2
	dir := t.TempDir()
	t.Setenv("TMPDIR", filepath.Join(dir, "tmp"))
	os.Mkdir(filepath.Join(dir, "tmp"), 0o700)
	blocked := filepath.Join(dir, "blocked")
	os.WriteFile(blocked, nil, 0o644) // a file where the cache directory should be
	team := filepath.Join(dir, "team.yaml")
	os.WriteFile(team, []byte(`terms:
  - term: Widget
    category: Products
    definition: A thing we sell to teams that track their deals in a CRM.
  - term: Gadget
    category: Products
    definition: A smaller thing we sell alongside widgets to the same teams.
`), 0o644)
	env := map[string]string{"HOME": dir, "XDG_CONFIG_HOME": dir, "XDG_CACHE_HOME": blocked}
	for _, q := range []string{"widget", "gadgte", "zzqxv"} {
		var out, errs bytes.Buffer
		code := Main([]string{"--glossary", team, "lookup", "--plain", q}, &IO{Out: &out, Err: &errs, Getenv: func(k string) string { return env[k] }})
		switch {
		case q == "zzqxv" && code != ExitNoMatch, q != "zzqxv" && (code != ExitOK || !strings.HasPrefix(out.String(), strings.ToUpper(q[:1]))):
			t.Errorf("%s: exit %d, %q %q", q, code, out.String(), errs.String())
		}
		if left, _ := os.ReadDir(filepath.Join(dir, "tmp")); len(left) > 0 {
			t.Fatalf("%s: left %s behind", q, left[0].Name())
		}
	}
}
