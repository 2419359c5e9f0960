package cache_test

import (
	"fmt"
	"testing"
)

// BenchmarkCache saves and opens a synthetic glossary layered over the
// built-in one: what a run with a cache miss adds, and what a later run
// does instead of parsing. Each open maps the files anew, as a run does.
func BenchmarkCache(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		f := newFixture(b, n)
		g, slot := f.merge(), f.slot()
		b.Run(fmt.Sprintf("save/%d", n), func(b *testing.B) {
			for b.Loop() {
				if err := slot.Save(g, nil); err != nil {
					b.Fatal(err)
				}
			}
		})
		_, m, _ := open(slot)
		m.Prepare()
		b.Run(fmt.Sprintf("open/%d", n), func(b *testing.B) {
			for b.Loop() {
				if _, _, ok := open(slot); !ok {
					b.Fatal("miss")
				}
			}
		})
		b.Run(fmt.Sprintf("open+fuzzy/%d", n), func(b *testing.B) {
			for b.Loop() { // reads the match index back on the first approximate query
				_, m, _ := open(slot)
				m.Best("pipline stage")
			}
		})
	}
}
