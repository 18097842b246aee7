//go:build !amd64 || purego

package extract

import "strings"

// indexWWW finds "www." or "WWW.", whichever comes first, in one pass: it
// jumps from full stop to full stop, which prose has fewer of than w's.
func indexWWW(s string) int {
	for from := 3; from < len(s); {
		j := strings.IndexByte(s[from:], '.')
		if j < 0 {
			return -1
		}
		j += from
		if w := s[j-3 : j]; w == "www" || w == "WWW" {
			return j - 3
		}
		from = j + 1
	}
	return -1
}
