package cli

import "runtime/debug"

// Version is the gloss version, set at build time with
// -ldflags "-X github.com/gloss-cli/gloss/internal/cli.Version=v1.2.3".
// Left as "dev", the version shown is the one Go recorded in the binary
// (see version).
var Version = "dev"

// version returns the version `gloss --version` and the man pages show.
func version() string {
	info, _ := debug.ReadBuildInfo()
	return versionOf(Version, info)
}

// versionOf returns set unless it is "dev"; then the main module's version
// from the build information: a release tag for `go install ...@v1.2.3`,
// or for a build in a checkout a pseudo-version naming the commit, with
// "+dirty" for uncommitted changes. Without either it returns set.
func versionOf(set string, info *debug.BuildInfo) string {
	if set != "dev" || info == nil {
		return set
	}
	if v := info.Main.Version; v != "" && v != "(devel)" {
		return v
	}
	return set
}
