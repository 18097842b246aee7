package extract

import (
	"strconv"
	"strings"
)

// When returns the entry's date as precisely as its listing gives it:
// YYYY-MM-DD, YYYY-MM or YYYY, "" when no year is known. Date holds whole
// days alone; When also reads a month or a year alone from DateText
// ("2026-08", "March 2024", "2023"), which many paper lists give instead,
// or else the year of its venue ("ICLR 2024", "NeurIPS'23"), or of the
// section it is listed under ("Papers / 2023", as lists sorted by year
// head their parts). Two such dates compare as text at the precision
// they share (see Earlier).
func (e *Entry) When() string {
	if e.Date != "" {
		return e.Date
	}
	if d := partialDate(e.DateText); d != "" {
		return d
	}
	if y := venueYear(e.Venue); y != "" {
		return y
	}
	return sectionYear(e.Section)
}

// sectionYear is the year a section's heading is, alone ("2023", "Papers
// / 2023"), the innermost first; "" for none.
func sectionYear(section string) string {
	parts := strings.Split(section, " / ")
	for i := len(parts) - 1; i >= 0; i-- {
		if y, ok := yearOf(strings.TrimSpace(parts[i])); ok {
			return strconv.Itoa(y)
		}
	}
	return ""
}

// venueYear is the year a venue names: "2024" for "ICLR 2024" and for
// "NeurIPS'24"; "" for none.
func venueYear(venue string) string {
	for _, w := range strings.FieldsFunc(venue, func(r rune) bool { return r == ' ' || r == ',' || r == '(' || r == ')' || r == '-' }) {
		if y, ok := yearOf(w); ok {
			return strconv.Itoa(y)
		}
		if i := strings.LastIndexAny(w, "'’"); i >= 0 && len(w)-i == 3 && allDigits(w[i+1:]) {
			return "20" + w[i+1:]
		}
	}
	return ""
}

// Earlier reports whether date a, as When gives it, is known to come
// before b: at the precision both have, "2024-03" is earlier than
// "2024-10-02", but "2024" is not earlier than "2024-03", nor is that
// earlier than "2024". An empty date is earlier than none.
func Earlier(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	n := min(len(a), len(b))
	return a[:n] < b[:n]
}

// partialDate reads text as a date of a day, a month or a year, and
// returns it as YYYY-MM-DD, YYYY-MM or YYYY; "" when it finds no year.
//   - "2024-03-11", "2024/3/11", "2024.03", "2024-03-11T09:30Z"
//   - "March 2024", "Mar. 2024", "3 2024" (BibTeX's month then year)
//   - "Mar 11, 2024", "11 March 2024"
//   - else the first field that is a year: "2023", "Spring 2023", "2023 (v2)"
func partialDate(text string) string {
	f := strings.FieldsFunc(text, func(r rune) bool { return r == ' ' || r == '\t' || r == ',' || r == '(' || r == ')' })
	if len(f) == 0 {
		return ""
	}
	if d := isoLike(f[0]); d != "" {
		return d
	}
	if year, ok := yearOf(f[len(f)-1]); ok {
		switch len(f) {
		case 2:
			if m := monthOf(f[0]); m > 0 {
				return yearMonth(year, m)
			}
		case 3:
			m, day := monthName(f[0]), f[1] // Mar 11 2024
			if m == 0 {
				m, day = monthName(f[1]), f[0] // 11 Mar 2024
			}
			if d, err := strconv.Atoi(day); err == nil && m > 0 && d >= 1 && d <= daysIn[m] && validDay(year, m, d) {
				return yearMonth(year, m) + "-" + twoDigits(d)
			}
		}
	}
	for _, w := range f {
		if year, ok := yearOf(w); ok {
			return strconv.Itoa(year)
		}
	}
	return ""
}

// isoLike reads "YYYY", "YYYY-MM" or "YYYY-MM-DD", with "-", "/" or "."
// between the parts and months and days of one digit or two, or
// "YYYYMM", and anything from a "T" on (a time).
func isoLike(s string) string {
	if i := strings.IndexByte(s, 'T'); i > 0 {
		s = s[:i]
	}
	s = strings.TrimRight(s, "-/.") // "2023/10/"
	if len(s) < 4 {
		return ""
	}
	year, ok := yearOf(s[:4])
	if !ok {
		return ""
	}
	if len(s) == 4 {
		return s
	}
	if len(s) == 6 && allDigits(s) {
		s = s[:4] + "-" + s[4:] // "202408", as lists tag a month
	}
	sep := s[4]
	if sep != '-' && sep != '/' && sep != '.' {
		return ""
	}
	parts := strings.Split(s[5:], string(sep))
	if len(parts) > 2 {
		return ""
	}
	var n [2]int
	for i, p := range parts {
		if len(p) < 1 || len(p) > 2 || !allDigits(p) {
			return ""
		}
		n[i], _ = strconv.Atoi(p)
	}
	month := n[0]
	if month < 1 || month > 12 {
		return ""
	}
	if len(parts) == 1 {
		return yearMonth(year, month)
	}
	if day := n[1]; day >= 1 && day <= daysIn[month] && validDay(year, month, day) {
		return yearMonth(year, month) + "-" + twoDigits(day)
	}
	return ""
}

// yearOf reads a year a paper may be dated: four digits, 1900 to 2199.
func yearOf(s string) (int, bool) {
	if len(s) != 4 || !allDigits(s) {
		return 0, false
	}
	y, _ := strconv.Atoi(s)
	return y, y >= 1900 && y < 2200
}

// monthName reads a month's English name, or its three-letter form with
// or without a dot: 1-12, or 0.
func monthName(s string) int { return monthNumber[strings.ToLower(strings.TrimSuffix(s, "."))] }

// monthOf reads a month's name (monthName) or number: 1-12, or 0.
func monthOf(s string) int {
	if m := monthName(s); m > 0 {
		return m
	}
	if len(s) <= 2 && allDigits(s) {
		if m, _ := strconv.Atoi(s); m >= 1 && m <= 12 {
			return m
		}
	}
	return 0
}

func yearMonth(year, month int) string { return strconv.Itoa(year) + "-" + twoDigits(month) }

func twoDigits(n int) string { return string([]byte{byte('0' + n/10), byte('0' + n%10)}) }
