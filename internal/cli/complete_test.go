package cli

import "testing"

func TestContinues(t *testing.T) {
	for _, c := range []struct {
		text       string
		typed      []string
		toComplete string
		want       string
		ok         bool
	}{
		{"Net Promoter Score", nil, "net", "Net Promoter Score", true},
		{"Net Promoter Score", nil, "", "Net Promoter Score", true},
		{"Net Promoter Score", []string{"NET"}, "pro", "Promoter Score", true},
		{"Net Promoter Score", []string{"net", "promoter"}, "", "Score", true},
		{"Net Promoter Score", []string{"gross"}, "", "", false},
		{"Net Promoter Score", nil, "promoter", "", false},
		{"Net Promoter Score", []string{"net", "promoter", "score"}, "", "", false},
		{"Metrics & KPIs", []string{"metrics"}, "&", "& KPIs", true},
		{"顧客関係管理", nil, "顧客", "顧客関係管理", true},
		// A quoted word, as a shell passes it: with its opening quote, and
		// several words in it; the completion replaces the whole word.
		{"Net Promoter Score", nil, `"Net Pro`, "Net Promoter Score", true},
		{"Net Promoter Score", nil, `'net promoter `, "Net Promoter Score", true},
		{"Net Promoter Score", nil, `"Gross Pro`, "", false},
		{"Net Promoter Score", []string{"net promoter"}, "sc", "Score", true},
		{"MQL", nil, "mq", "MQL", true},
	} {
		got, ok := continues(c.text, c.typed, c.toComplete)
		if got != c.want || ok != c.ok {
			t.Errorf("continues(%q, %q, %q) = %q, %v; want %q, %v", c.text, c.typed, c.toComplete, got, ok, c.want, c.ok)
		}
	}
}
