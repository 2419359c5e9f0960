package match

// osa returns the optimal string alignment distance between a and b
// (Damerau-Levenshtein where no substring is edited twice): insertions,
// deletions, substitutions and transpositions of adjacent letters each
// cost one. It works on bytes, which is right for the ASCII keys nearly all
// glossaries have and merely strict for others. It stops early and returns
// limit+1 once the distance must exceed limit.
func osa(a, b string, limit int) int {
	n, m := len(a), len(b)
	var buf [3 * 48]int // the three rows, on the stack for keys of up to 47 bytes
	var rows []int
	if 3*(m+1) <= len(buf) {
		rows = buf[:3*(m+1)]
	} else {
		rows = make([]int, 3*(m+1))
	}
	prev2, prev, cur := rows[:m+1], rows[m+1:2*(m+1)], rows[2*(m+1):]
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= n; i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= m; j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			v := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				v = min(v, prev2[j-2]+1)
			}
			cur[j] = v
			rowMin = min(rowMin, v)
		}
		if rowMin > limit {
			return limit + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[m]
}
