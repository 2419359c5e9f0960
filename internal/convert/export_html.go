package convert

import (
	"fmt"
	"io"
	"strings"

	"github.com/gloss-cli/gloss/internal/glossary"
)

// writeHTML writes terms as one self-contained HTML page: an index, a
// section for each term with an anchor, its related terms and the terms
// linking to it as links, a filter box, light and dark colours. Nothing is
// fetched from elsewhere.
func writeHTML(w io.Writer, terms []*glossary.Term) {
	ids := anchors(terms)
	from := map[string][]string{}
	for _, t := range terms {
		for _, r := range t.Related {
			from[r] = append(from[r], t.Name)
		}
	}
	io.WriteString(w, htmlHead)
	fmt.Fprintf(w, "<p class=\"count\" id=\"count\">%s</p>\n<nav><ul id=\"index\">\n", plural(len(terms), "term"))
	for _, t := range terms {
		fmt.Fprintf(w, "<li><a href=\"#%s\">%s</a></li>\n", ids[t.Name], escapeHTML(t.Name))
	}
	io.WriteString(w, "</ul></nav>\n<main>\n")
	link := func(name string) string {
		return fmt.Sprintf("<a href=\"#%s\">%s</a>", ids[name], escapeHTML(name))
	}
	for _, t := range terms {
		search := strings.ToLower(strings.Join(append([]string{t.Name, t.Category, t.Definition}, t.Aliases...), " "))
		fmt.Fprintf(w, "<section class=\"term\" id=\"%s\" data-search=\"%s\">\n<h2>%s</h2>\n", ids[t.Name], escapeHTML(search), escapeHTML(t.Name))
		if len(t.Aliases) > 0 {
			fmt.Fprintf(w, "<p class=\"aliases\">Also: %s</p>\n", escapeHTML(strings.Join(t.Aliases, ", ")))
		}
		fmt.Fprintf(w, "<p class=\"category\">%s</p>\n", escapeHTML(t.Category))
		for _, p := range strings.Split(t.Definition, "\n\n") {
			fmt.Fprintf(w, "<p>%s</p>\n", escapeHTML(p))
		}
		if t.Formula != "" {
			fmt.Fprintf(w, "<p class=\"formula\"><b>Formula:</b> %s</p>\n", escapeHTML(t.Formula))
		}
		if t.Example != "" {
			fmt.Fprintf(w, "<p class=\"example\"><b>Example:</b> %s</p>\n", escapeHTML(t.Example))
		}
		links := func(label, class string, names []string) {
			if len(names) == 0 {
				return
			}
			out := make([]string, len(names))
			for i, n := range names {
				out[i] = link(n)
			}
			fmt.Fprintf(w, "<p class=\"%s\"><b>%s:</b> %s</p>\n", class, label, strings.Join(out, ", "))
		}
		links("Related", "related", t.Related)
		links("Linked from", "from", from[t.Name])
		io.WriteString(w, "</section>\n")
	}
	io.WriteString(w, "</main>\n"+htmlScript+"</body>\n</html>\n")
}

// anchors gives each term an id for its section: its slug, numbered when
// two slugs are the same or a slug is empty.
func anchors(terms []*glossary.Term) map[string]string {
	ids := make(map[string]string, len(terms))
	used := map[string]bool{}
	for i, t := range terms {
		id := slug(t.Name)
		if id == "" || used[id] {
			id = fmt.Sprintf("%s-%d", id, i+1)
		}
		used[id] = true
		ids[t.Name] = id
	}
	return ids
}

// escapeHTML escapes text for HTML content and attribute values, and
// writes control characters as the visible escapes gloss shows them as.
func escapeHTML(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '&':
			b.WriteString("&amp;")
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		case r == '"':
			b.WriteString("&#34;")
		case r == '\'':
			b.WriteString("&#39;")
		case r != '\n' && isControl(r):
			fmt.Fprintf(&b, "\\x%02x", r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

const htmlHead = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="gloss export html">
<title>Glossary</title>
<style>
:root { color-scheme: light dark; --fg: #1b1b1b; --bg: #fdfdfc; --dim: #5f6368; --link: #0b57d0; --mark: #fff3c4; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6e6e3; --bg: #16181b; --dim: #9aa0a6; --link: #8ab4f8; --mark: #3c3a1e; } }
body { font: 16px/1.5 system-ui, sans-serif; color: var(--fg); background: var(--bg); max-width: 46rem; margin: 2rem auto; padding: 0 1rem; }
a { color: var(--link); }
#filter { width: 100%; font: inherit; padding: .4rem .6rem; box-sizing: border-box; }
.count, .aliases, .category { color: var(--dim); }
#index { columns: 14rem; padding-left: 1.2rem; }
section.term { border-top: 1px solid var(--dim); padding-top: .5rem; }
section.term:target { background: var(--mark); }
h2 { margin: .3rem 0; font-size: 1.25rem; }
[hidden] { display: none !important; }
</style>
</head>
<body>
<h1>Glossary</h1>
<input id="filter" type="search" placeholder="Filter terms" aria-label="Filter terms" autofocus>
`

// htmlScript narrows the page to the terms whose name, aliases, category
// or definition hold the filter's text (or ?q= on opening), and shows a
// term a link jumps to even when the filter hid it.
const htmlScript = `<script>
(function () {
  var box = document.getElementById("filter");
  var terms = Array.prototype.slice.call(document.querySelectorAll("section.term"));
  var index = Array.prototype.slice.call(document.querySelectorAll("#index li"));
  var count = document.getElementById("count");
  function apply() {
    var q = box.value.trim().toLowerCase(), shown = 0;
    terms.forEach(function (s, i) {
      var hit = q === "" || s.dataset.search.indexOf(q) >= 0;
      s.hidden = !hit;
      index[i].hidden = !hit;
      if (hit) shown++;
    });
    var all = terms.length === 1 ? "1 term" : terms.length + " terms";
    count.textContent = q === "" ? all : shown + " of " + all;
  }
  function jump() {
    var t = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (t && t.hidden) { box.value = ""; apply(); t.scrollIntoView(); }
  }
  box.addEventListener("input", apply);
  window.addEventListener("hashchange", jump);
  var q = new URLSearchParams(location.search).get("q");
  if (q) box.value = q;
  apply();
  jump();
})();
</script>
`
