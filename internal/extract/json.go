package extract

import (
	"encoding/json"
	"strconv"
	"unicode/utf8"
)

// AppendJSON appends the entry as one JSON object, the form of
// `linkgraph extract --format jsonl`, without a trailing newline. It writes
// the same JSON as encoding/json would (HTML characters unescaped) several
// times faster, which matters on listings of hundreds of megabytes.
func (e *Entry) AppendJSON(b []byte) []byte {
	b = append(b, `{"id":`...)
	b = appendString(b, e.ID)
	b = append(b, `,"title":`...)
	b = appendString(b, e.Title)
	b = append(b, `,"abstract":`...)
	b = appendString(b, e.Abstract)
	b = append(b, `,"authors":`...)
	if e.Authors < 0 {
		b = append(b, "null"...)
	} else {
		b = strconv.AppendInt(b, int64(e.Authors), 10)
	}
	if len(e.AuthorNames) > 0 {
		b = append(b, `,"author_names":[`...)
		for i, name := range e.AuthorNames {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendString(b, name)
		}
		b = append(b, ']')
	}
	b = append(b, `,"date":`...)
	if e.Date == "" {
		b = append(b, "null"...)
	} else {
		b = appendString(b, e.Date)
	}
	b = append(b, `,"date_text":`...)
	b = appendString(b, e.DateText)
	b = append(b, `,"upvotes":`...)
	b = strconv.AppendInt(b, int64(e.Upvotes), 10)
	b = append(b, `,"code_status":`...)
	b = appendString(b, string(e.CodeStatus))
	if e.ArxivID != "" {
		b = append(b, `,"arxiv_id":`...)
		b = appendString(b, e.ArxivID)
	}
	if e.Section != "" {
		b = append(b, `,"section":`...)
		b = appendString(b, e.Section)
	}
	if e.Venue != "" {
		b = append(b, `,"venue":`...)
		b = appendString(b, e.Venue)
	}
	b = append(b, `,"source":{"file":`...)
	b = appendString(b, e.Source.File)
	b = append(b, `,"line":`...)
	b = strconv.AppendInt(b, int64(e.Source.Line), 10)
	b = append(b, '}')
	if len(e.Sources) > 1 {
		b = append(b, `,"sources":[`...)
		for i, s := range e.Sources {
			if i > 0 {
				b = append(b, ',')
			}
			b = append(b, `{"file":`...)
			b = appendString(b, s.File)
			b = append(b, `,"line":`...)
			b = strconv.AppendInt(b, int64(s.Line), 10)
			b = append(b, '}')
		}
		b = append(b, ']')
	}
	b = append(b, `,"links":[`...)
	for i, l := range e.Links {
		if i > 0 {
			b = append(b, ',')
		}
		b = l.appendJSON(b)
	}
	return append(b, "]}"...)
}

func (l *Link) appendJSON(b []byte) []byte {
	b = append(b, `{"url":`...)
	b = appendString(b, l.URL)
	b = append(b, `,"raw":`...)
	b = appendString(b, l.Raw)
	b = append(b, `,"kind":`...)
	b = appendString(b, string(l.Kind))
	b = append(b, `,"host":`...)
	b = appendString(b, l.Host)
	b = append(b, `,"owner":`...)
	b = appendString(b, l.Owner)
	b = append(b, `,"repo":`...)
	b = appendString(b, l.Repo)
	b = append(b, `,"path":`...)
	b = appendString(b, l.Path)
	if l.Official != nil {
		b = append(b, `,"is_official":`...)
		b = strconv.AppendBool(b, *l.Official)
	}
	return append(b, '}')
}

// MarshalJSON implements json.Marshaler with AppendJSON.
func (e *Entry) MarshalJSON() ([]byte, error) {
	return e.AppendJSON(nil), nil
}

// entryWire is the JSON shape of an Entry, for reading it back.
type entryWire struct {
	ID         string     `json:"id"`
	Title      string     `json:"title"`
	Abstract   string     `json:"abstract"`
	Authors    *int       `json:"authors"`
	Names      []string   `json:"author_names"`
	Date       *string    `json:"date"`
	DateText   string     `json:"date_text"`
	Upvotes    int        `json:"upvotes"`
	CodeStatus CodeStatus `json:"code_status"`
	ArxivID    string     `json:"arxiv_id"`
	Section    string     `json:"section"`
	Venue      string     `json:"venue"`
	Source     Source     `json:"source"`
	Sources    []Source   `json:"sources"`
	Links      []Link     `json:"links"`
}

// UnmarshalJSON reads what MarshalJSON wrote.
func (e *Entry) UnmarshalJSON(data []byte) error {
	var w entryWire
	if err := json.Unmarshal(data, &w); err != nil {
		return err
	}
	*e = Entry{ID: w.ID, Title: w.Title, Abstract: w.Abstract, Authors: -1, AuthorNames: w.Names, DateText: w.DateText,
		Upvotes: w.Upvotes, CodeStatus: w.CodeStatus, ArxivID: w.ArxivID, Section: w.Section, Venue: w.Venue,
		Source: w.Source, Sources: w.Sources, Links: w.Links}
	if w.Authors != nil {
		e.Authors = *w.Authors
	}
	if w.Date != nil {
		e.Date = *w.Date
	}
	if len(e.Links) == 0 {
		e.Links = nil
	}
	for i := range e.Links {
		l := &e.Links[i]
		l.repoKey, l.orgKey = l.RepoKey(), l.OrgKey()
	}
	return nil
}

const hexDigits = "0123456789abcdef"

// appendString appends s as a JSON string, escaping as encoding/json does
// with HTML escaping off: quotes, backslashes, control characters, invalid
// UTF-8 (as U+FFFD) and the line and paragraph separators U+2028, U+2029.
func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		if len(s)-i >= 8 {
			// Whole words that need no escaping; under eight bytes, the
			// search would cost more than the bytes.
			if i += plainRun(s[i:]); i >= len(s) {
				break
			}
		}
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xf])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
