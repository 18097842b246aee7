package extract

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/htmlindex"
)

// charsetHead is how far into a file its declared character set is
// looked for: HTML wants its <meta charset> in the first 1,024 bytes, and
// a page saved by a browser may put a comment or two before it.
const charsetHead = 4096

// fromDeclaredCharset decodes src, which is not valid UTF-8, from the
// character set it declares, as an XML declaration (dblp's dump is
// "ISO-8859-1"), an HTML <meta> (a page saved in windows-1252 or
// Shift_JIS) or JabRef's first line of a BibTeX file ("% Encoding:
// windows-1252") gives it. It reports false when src declares none that
// is known, or does not decode to valid UTF-8; the text is then read as
// UTF-8, its bad bytes reported.
func fromDeclaredCharset(src []byte) ([]byte, bool) {
	enc := declaredCharset(src[:min(len(src), charsetHead)])
	if enc == nil {
		return nil, false
	}
	out, err := enc.NewDecoder().Bytes(src)
	if err != nil || !utf8.Valid(out) {
		return nil, false
	}
	return out, true
}

// declaredCharset is the encoding head declares, or nil for none, or for
// UTF-8, which needs no decoding.
func declaredCharset(head []byte) encoding.Encoding {
	label := ""
	lower := bytes.ToLower(head)
	switch {
	case bytes.HasPrefix(bytes.TrimLeft(lower, " \t\r\n"), []byte("<?xml")):
		decl, _, _ := bytes.Cut(lower, []byte("?>"))
		label = attrAfter(decl, "encoding")
	case bytes.HasPrefix(lower, []byte("% encoding:")):
		line, _, _ := bytes.Cut(lower[len("% encoding:"):], []byte("\n"))
		label = string(bytes.TrimSpace(line))
	default:
		// <meta charset="windows-1252">, or <meta http-equiv="Content-Type"
		// content="text/html; charset=windows-1252">.
		for rest := lower; ; {
			i := bytes.Index(rest, []byte("<meta"))
			if i < 0 {
				break
			}
			tag, after, _ := bytes.Cut(rest[i:], []byte(">"))
			if label = attrAfter(tag, "charset"); label != "" {
				break
			}
			rest = after
		}
	}
	if label == "" {
		return nil
	}
	// Java's names, as JabRef writes them: "ISO8859_1", "Cp1252".
	enc, err := htmlindex.Get(strings.ReplaceAll(label, "_", "-"))
	if err != nil {
		return nil
	}
	// A page that declares UTF-16 in ASCII bytes is not UTF-16 (a byte
	// order mark says that, which fromUTF16 reads).
	if name, _ := htmlindex.Name(enc); name == "utf-8" || strings.HasPrefix(name, "utf-16") {
		return nil
	}
	return enc
}

// attrAfter is the value after the first name= in s, quoted or not:
// `encoding="iso-8859-1"`, `charset=shift_jis"`.
func attrAfter(s []byte, name string) string {
	for {
		i := bytes.Index(s, []byte(name))
		if i < 0 {
			return ""
		}
		s = s[i+len(name):]
		v := bytes.TrimLeft(s, " \t")
		if len(v) == 0 || v[0] != '=' {
			continue // "charsets", or the name in another attribute's value
		}
		v = bytes.TrimLeft(v[1:], " \t\"'")
		end := bytes.IndexAny(v, "\"'; \t\r\n/>?")
		if end < 0 {
			end = len(v)
		}
		return string(v[:end])
	}
}
