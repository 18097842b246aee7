package extract

import (
	"slices"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// PaperKey is the identity of the paper an entry lists: its arXiv id when
// known, else its title lower-cased with punctuation and spacing folded.
func PaperKey(e *Entry) string {
	if e.paperKey != "" {
		return e.paperKey
	}
	return paperKey(e)
}

func paperKey(e *Entry) string {
	if e.ArxivID != "" {
		return "arxiv:" + e.ArxivID
	}
	return titleKeyOf(e.Title)
}

// titleKeyOf is the key of a title: "title:" and its letters and digits,
// lower-cased, with every run of other characters between two words folded
// into one space.
func titleKeyOf(title string) string {
	b := appendTitleKey(make([]byte, 0, len(titleKeyPrefix)+len(title)), title)
	// b is never written again: the string may share its bytes.
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// appendTitleKey appends the key of a title to b. ASCII is looked up a byte
// at a time and written in place; other runes go through package unicode.
func appendTitleKey(b []byte, title string) []byte {
	b = append(b, titleKeyPrefix...)
	start := len(b)
	// ASCII never makes more bytes than it reads: a space written stands
	// for at least one byte dropped.
	b = slices.Grow(b, len(title))
	// The loop has no branch on the bytes, whose word breaks no
	// predictor guesses: it writes a space and the byte's key at the end
	// of out each time, and keeps them only when they belong (a byte of a
	// word after a break, a byte of a word). What it writes beyond the
	// end is written over next, and stays within out: the end is never
	// past the bytes read.
	out := b[start : start+len(title)]
	j := 0
	var brk uint // the byte before was no part of a word
	i := 0
	for ; i < len(title); i++ {
		c := title[i]
		if c >= utf8.RuneSelf {
			break
		}
		k := keyBytes[c]
		var word uint
		if k != 0 {
			word = 1
		}
		out[j] = ' '
		j += int(word & brk & uint(min(j, 1)))
		out[j] = k
		j += int(word)
		brk = word ^ 1
	}
	space := brk == 1
	b = b[:start+j]
	for i < len(title) {
		if c := title[i]; c < utf8.RuneSelf {
			i++
			k := keyBytes[c]
			if k == 0 {
				space = true
				continue
			}
			if space && len(b) > start {
				b = append(b, ' ')
			}
			b = append(b, k)
			space = false
			continue
		}
		r, size := utf8.DecodeRuneInString(title[i:])
		i += size
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			space = true
			continue
		}
		if space && len(b) > start {
			b = append(b, ' ')
		}
		b = utf8.AppendRune(b, unicode.ToLower(r))
		space = false
	}
	return b
}

// keyBytes maps each ASCII letter and digit to its lower case, and every
// other ASCII byte to 0.
var keyBytes = func() (t [utf8.RuneSelf]byte) {
	for c := range byte(utf8.RuneSelf) {
		switch {
		case c >= 'A' && c <= 'Z':
			t[c] = c + 'a' - 'A'
		case asciiAlnum(c):
			t[c] = c
		}
	}
	return t
}()

// Merge folds entries that list the same paper (PaperKey, or the same
// title under two keys) into the first of them: links are joined, empty
// fields filled from the later ones, and Sources lists every place the
// paper was read. Order is kept. It runs in time linear in the entries.
func Merge(entries []*Entry) []*Entry {
	byKey := make(map[string]*Entry, len(entries))
	out := entries[:0:0]
	var keyBuf [2]string
	for _, e := range entries {
		keys := append(keyBuf[:0], PaperKey(e))
		if e.ArxivID != "" {
			keys = append(keys, e.titleKey())
		}
		var into *Entry
		for _, k := range keys {
			if m := byKey[k]; m != nil {
				into = m
				break
			}
		}
		if into == nil {
			for _, k := range keys {
				byKey[k] = e
			}
			out = append(out, e)
			continue
		}
		for _, k := range keys {
			if byKey[k] == nil {
				byKey[k] = into
			}
		}
		mergeInto(into, e)
	}
	return out
}

// titleKey is the key of the entry's title alone, cached like PaperKey.
func (e *Entry) titleKey() string {
	if e.ArxivID == "" {
		return PaperKey(e)
	}
	if e.titleKeyCache == "" {
		e.titleKeyCache = titleKeyOf(e.Title)
	}
	return e.titleKeyCache
}

func mergeInto(into, e *Entry) {
	if len(into.Sources) == 0 {
		into.Sources = []Source{into.Source}
	}
	into.Sources = append(into.Sources, e.Source)
	for _, l := range e.Links {
		if !hasLink(into.Links, l) {
			into.Links = append(into.Links, l)
		}
	}
	fill := func(dst *string, src string) {
		if *dst == "" {
			*dst = src
		}
	}
	fill(&into.Abstract, e.Abstract)
	fill(&into.Date, e.Date)
	fill(&into.DateText, e.DateText)
	fill(&into.ArxivID, e.ArxivID)
	fill(&into.Section, e.Section)
	fill(&into.Venue, e.Venue)
	if into.Authors < 0 {
		into.Authors = e.Authors
	}
	if len(e.AuthorNames) > len(into.AuthorNames) { // all the names, not "A et al."
		into.AuthorNames = e.AuthorNames
	}
	into.Upvotes = max(into.Upvotes, e.Upvotes)
	// What the joined links and abstract say, or failing that, what
	// either entry said in words (a claim beats a promise): a table's
	// "Coming soon" is in neither.
	was := into.CodeStatus
	into.CodeStatus = codeStatus(into.Links, into.Abstract)
	if into.CodeStatus == CodeNone {
		switch {
		case was == CodeClaimed || e.CodeStatus == CodeClaimed:
			into.CodeStatus = CodeClaimed
		case was == CodePromised || e.CodeStatus == CodePromised:
			into.CodeStatus = CodePromised
		}
	}
}
