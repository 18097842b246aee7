package extract

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// monthNumber maps English month names and their three-letter forms to 1-12.
var monthNumber = map[string]int{
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
	"jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
	"january": 1, "february": 2, "march": 3, "april": 4, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}

var daysIn = [13]int{0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}

// listingDate is a date as a listing shows it: "Mar 11, 2024" or "Mar 11".
type listingDate struct {
	text              string
	year, month, day  int
	upvotes           int
	hasYear, hasVotes bool
}

// parseDateLine reads a Daily Papers date line: "Mon D, YYYY" or "Mon D",
// optionally followed by the upvote count ("Mar 11, 2024 4", "Jul 31 2").
func parseDateLine(line string) (listingDate, bool) {
	if !startsWithMonth(line) {
		return listingDate{}, false
	}
	var fields [5]string
	f := fieldsUpTo(line, fields[:0])
	if !isASCII(line) {
		f = strings.Fields(line) // other white space splits too
	}
	if len(f) < 2 || len(f) > 4 {
		return listingDate{}, false
	}
	name := strings.TrimSuffix(f[0], ".")
	var lower [len("september")]byte
	if len(name) > len(lower) {
		return listingDate{}, false
	}
	for i := range len(name) {
		lower[i] = name[i] | 0x20 // the names are letters: this lower-cases them
	}
	month, ok := monthNumber[string(lower[:len(name)])]
	if !ok {
		return listingDate{}, false
	}
	dayText := f[1]
	withComma := strings.HasSuffix(dayText, ",")
	day, err := strconv.Atoi(strings.TrimSuffix(dayText, ","))
	if err != nil || day < 1 || day > daysIn[month] {
		return listingDate{}, false
	}
	d := listingDate{month: month, day: day}
	// The text is "Mon D" or "Mon D, YYYY", which most lines start with
	// as they are: then it is a slice of the line, not a new string.
	var buf [32]byte
	text := append(append(append(buf[:0], f[0]...), ' '), strings.TrimSuffix(dayText, ",")...)
	rest := f[2:]
	if withComma {
		if len(rest) == 0 {
			return listingDate{}, false
		}
		year, err := strconv.Atoi(rest[0])
		if err != nil || len(rest[0]) != 4 || year < 1900 || year > 2999 {
			return listingDate{}, false
		}
		d.year, d.hasYear = year, true
		text = append(append(text, ", "...), rest[0]...)
		rest = rest[1:]
	}
	if strings.HasPrefix(line, string(text)) {
		d.text = line[:len(text)]
	} else {
		d.text = string(text)
	}
	if len(rest) > 1 {
		return listingDate{}, false
	}
	if len(rest) == 1 {
		votes, err := parseCount(rest[0])
		if err != nil {
			return listingDate{}, false
		}
		d.upvotes, d.hasVotes = votes, true
	}
	if d.hasYear && !validDay(d.year, d.month, d.day) {
		return listingDate{}, false
	}
	return d, true
}

// fieldsUpTo appends to f the fields of s split at ASCII white space, as
// strings.Fields would for such text, but without allocating: at most
// cap(f) of them, and one field more than that ends the split.
func fieldsUpTo(s string, f []string) []string {
	for len(s) > 0 && len(f) < cap(f) {
		i := 0
		for i < len(s) && asciiSpace(s[i]) {
			i++
		}
		j := i
		for j < len(s) && !asciiSpace(s[j]) {
			j++
		}
		if i == j {
			break
		}
		f = append(f, s[i:j])
		s = s[j:]
	}
	return f
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func asciiSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

// startsWithMonth is a quick test that line may start with a month's name,
// which spares most lines the rest of parseDateLine: its first three bytes
// are, in any case, those of a month.
func startsWithMonth(line string) bool {
	if len(line) < 3 {
		return false
	}
	switch string([]byte{line[0] | 0x20, line[1] | 0x20, line[2] | 0x20}) {
	case "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec":
		return true
	}
	return false
}

// parseCount reads a non-negative count as listings print it: "4", "1,024", "1.2k".
func parseCount(s string) (int, error) {
	s = strings.ReplaceAll(s, ",", "")
	mult := 1.0
	if strings.HasSuffix(s, "k") || strings.HasSuffix(s, "K") {
		mult, s = 1000, s[:len(s)-1]
	}
	if mult == 1 {
		n, err := strconv.Atoi(s)
		if err != nil || n < 0 {
			return 0, fmt.Errorf("not a count: %q", s)
		}
		return n, nil
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || f < 0 || f > 1e9 {
		return 0, fmt.Errorf("not a count: %q", s)
	}
	return int(f*mult + 0.5), nil
}

func validDay(year, month, day int) bool {
	if month == 2 && day == 29 {
		return year%4 == 0 && (year%100 != 0 || year%400 == 0)
	}
	return true
}

// iso returns the date as YYYY-MM-DD, taking defaultYear when the listing
// gave none; "" when no year is known.
func (d listingDate) iso(defaultYear int) string {
	return string(d.appendISO(nil, defaultYear))
}

// appendISO appends d.iso(defaultYear) to b.
func (d listingDate) appendISO(b []byte, defaultYear int) []byte {
	year := d.year
	if !d.hasYear {
		if defaultYear == 0 || !validDay(defaultYear, d.month, d.day) {
			return b
		}
		year = defaultYear
	}
	if year < 1000 || year > 9999 {
		return fmt.Appendf(b, "%04d-%02d-%02d", year, d.month, d.day)
	}
	b = strconv.AppendInt(b, int64(year), 10)
	return append(b, '-', byte('0'+d.month/10), byte('0'+d.month%10), '-', byte('0'+d.day/10), byte('0'+d.day%10))
}
