package extract

import "unsafe"

// A links-only read (Options.LinksOnly) merges the entries it reads into
// papers as it goes, as Merge would, and keeps only what the papers with
// links need. Most entries of a big listing link nothing: of each of those
// it keeps a stub, small and made without the work a whole Entry costs,
// which is enough to merge it and to give it its id in turn, and to stand
// for its paper should a later entry of the same paper bring links.

// stub is what a links-only read keeps of an entry without links.
type stub struct {
	title   string // a copy, which no chunk of the listing holds
	file    string
	line    int
	arxivID string
	authors int
	upvotes int
	keys    [2]idHash // its paper key's hash and, with an arXiv id, its title key's
	idBase  idHash    // its id's base's hash
	idN     int       // its id is the base, or base-idN when idN > 0
}

// newStub makes the stub of a parsed entry without links. Its title and
// arXiv id are copied into the arena: re's text may be a slice of a chunk
// of the listing, which is read into again.
func (x *Extractor) newStub(re *rawEntry, file string, a *arena) stub {
	s := stub{title: a.clone(re.title), file: file, line: re.line, arxivID: a.clone(re.arxivID), authors: re.authors, upvotes: re.upvotes}
	if re.hasDate {
		s.upvotes = re.date.upvotes
	}
	// The keys and the slug are worked out in the arena's free room, which
	// keeps none of them: the hashes are all the stub needs.
	room := a.room(len(titleKeyPrefix) + len(s.title) + maxSlugBytes)
	key := appendTitleKey(room, s.title)[len(room):]
	if s.arxivID != "" {
		s.keys = [2]idHash{x.ids.hash("arxiv:" + s.arxivID), x.ids.hashBytes(key)}
		if !x.opts.NoIDs {
			s.idBase = x.ids.hash(s.arxivID)
		}
		return s
	}
	s.keys[0] = x.ids.hashBytes(key)
	if !x.opts.NoIDs {
		s.idBase = x.ids.hashBytes(appendSlugOfKey(key[len(key):], unsafe.String(unsafe.SliceData(key), len(key))))
	}
	return s
}

// idBaseText is the text of the stub's id's base, worked out again.
func (s *stub) idBaseText() string {
	if s.arxivID != "" {
		return s.arxivID
	}
	return slugOfKey(titleKeyOf(s.title))
}

// entry makes the Entry the stub stands for, with its id unless the read
// gives none (NoIDs).
func (s *stub) entry(noID bool) *Entry {
	var id string
	if !noID {
		id = s.idBaseText()
		if s.idN > 0 {
			id += "-" + itoa(s.idN)
		}
	}
	return &Entry{ID: id, Title: s.title, Source: Source{File: s.file, Line: s.line},
		ArxivID: s.arxivID, Authors: s.authors, Upvotes: s.upvotes, CodeStatus: CodeNone}
}

// paperTable is the papers of a links-only read, in the order their first
// entries were read. A paper is an Entry, or a stub for as long as no
// entry of it has brought links.
type paperTable struct {
	byKey  hashTable // paper or title key -> the paper's index + 1
	papers []paper
}

type paper struct {
	e *Entry
	s *stub
}

// addEntry takes the next entry read, which already has its id.
func (x *Extractor) addEntry(e *Entry) {
	x.hashKeys(e)
	p, merged := x.papers.add(e.keys[:e.nKeys], paper{e: e})
	if !merged {
		return
	}
	if len(e.Links) == 0 {
		// Nothing of it shows in the paper: orgs and check read only the
		// links, and the paper's title, id and place are its first entry's.
		return
	}
	if p.e == nil {
		p.e, p.s = p.s.entry(x.opts.NoIDs), nil
	}
	mergeInto(p.e, e)
}

// hashKeys works out, once, the hashes of the keys a links-only read
// looks e's paper up by: its paper key and, with an arXiv id, its title
// key. build does it on the workers; an entry built otherwise has it done
// here.
func (x *Extractor) hashKeys(e *Entry) {
	if e.nKeys > 0 {
		return
	}
	e.keys[0], e.nKeys = x.ids.hash(PaperKey(e)), 1
	if e.ArxivID != "" {
		e.keys[1], e.nKeys = x.ids.hash(e.titleKey()), 2
	}
}

// addStub takes the next entry read, a stub, whose id is given already.
func (x *Extractor) addStub(s *stub) {
	keys := s.keys[:1]
	if s.arxivID != "" {
		keys = s.keys[:2]
	}
	x.papers.add(keys, paper{s: s})
}

// add finds the paper one of keys names, as Merge does, and returns it
// with merged true; or else adds p as a new paper.
func (t *paperTable) add(keys []idHash, p paper) (*paper, bool) {
	var at int32
	for _, k := range keys {
		if at = t.byKey.find(k); at != 0 {
			break
		}
	}
	found := at != 0
	if !found {
		t.papers = append(t.papers, p)
		at = int32(len(t.papers))
	}
	for _, k := range keys {
		if v := t.byKey.slot(k); *v == 0 {
			*v = at
		}
	}
	if !found {
		return nil, false
	}
	return &t.papers[at-1], true
}

// Papers returns the papers a links-only read found links for, merged as
// Merge merges entries, in the order their first entries were read. A paper
// whose first entry had no links is known by that entry's title, id and
// place; the rest of it (links, dates) comes from its entries with links.
func (x *Extractor) Papers() []*Entry {
	var out []*Entry
	for _, p := range x.papers.papers {
		if p.e != nil && len(p.e.Links) > 0 {
			out = append(out, p.e)
		}
	}
	return out
}
