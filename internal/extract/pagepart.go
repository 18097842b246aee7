package extract

import "strings"

// pagePart collects the text of the part of a page a reader is in: a
// field of an entry (its title, its byline) that an element holds, until
// that element closes. Elements of the same name inside it are counted,
// so that the part ends with its own element.
type pagePart struct {
	field *strings.Builder // nil between parts
	tag   string           // the element that holds the part
	depth int              // how deep in elements named tag
}

// open starts a part held by an element named tag.
func (p *pagePart) open(field *strings.Builder, tag string) {
	p.field, p.tag, p.depth = field, tag, 1
}

// in reports whether a part is open, counting a start tag inside it.
func (p *pagePart) in(tag string) bool {
	if p.field == nil {
		return false
	}
	if tag == p.tag {
		p.depth++
	}
	return true
}

// closes counts an end tag, and returns the part it closes, or nil.
func (p *pagePart) closes(tag string) *strings.Builder {
	if p.field == nil || tag != p.tag {
		return nil
	}
	if p.depth--; p.depth > 0 {
		return nil
	}
	field := p.field
	p.field = nil
	return field
}

// write adds text to the open part, if any.
func (p *pagePart) write(s string) {
	if p.field != nil {
		p.field.WriteString(s)
	}
}
