package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
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
	var b strings.Builder // one allocation: its bytes become the string
	b.Grow(len(e.Title) + 6)
	b.WriteString(titleKeyPrefix)
	start := b.Len()
	space := false
	for _, r := range e.Title {
		switch {
		case r < utf8.RuneSelf && asciiAlnum(byte(r)):
			c := byte(r)
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			if space && b.Len() > start {
				b.WriteByte(' ')
			}
			b.WriteByte(c)
			space = false
		case r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			if space && b.Len() > start {
				b.WriteByte(' ')
			}
			b.WriteRune(unicode.ToLower(r))
			space = false
		default:
			space = true
		}
	}
	return b.String()
}

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
		e.titleKeyCache = paperKey(&Entry{Title: e.Title})
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
	into.Upvotes = max(into.Upvotes, e.Upvotes)
	into.CodeStatus = codeStatus(into.Links, into.Abstract)
	if into.CodeStatus == CodeNone && (e.CodeStatus == CodeClaimed || e.CodeStatus == CodePromised) {
		into.CodeStatus = e.CodeStatus
	}
}
