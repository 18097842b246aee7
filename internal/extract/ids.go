package extract

import (
	"bytes"
	"hash/maphash"
	"net/url"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// maxSlugBytes bounds a title slug; it is cut at a word boundary.
const maxSlugBytes = 64

// Slug makes an id from a title: lower-case letters and digits, words
// joined by hyphens, at most 64 bytes, cut between words.
func Slug(title string) string {
	b := appendSlug(make([]byte, 0, maxSlugBytes), title)
	// b is never written again: the string may share its bytes.
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// appendSlug appends Slug(title) to b. An ASCII title's words are made
// into a buffer as appendTitleKey makes them, without a branch on where
// words break, until there are more than fit, and then cut as slugOfKey
// cuts them; other titles are read a rune at a time.
func appendSlug(b []byte, title string) []byte {
	if s, ok := asciiSlug(title); ok {
		return append(b, s.text[:s.n]...)
	}
	return appendSlugRunes(b, title)
}

// slugBuf holds a slug as asciiSlug makes it: room for one byte more than
// a slug may have, which tells a title too long, and for the two bytes
// the last step writes.
type slugBuf struct {
	text [maxSlugBytes + 3]byte
	n    int
}

// asciiSlug makes the slug of an ASCII title; false for any other title.
func asciiSlug(title string) (slugBuf, bool) {
	var s slugBuf
	j := 0
	var brk uint // the byte before was no part of a word
	for i := 0; i < len(title) && j <= maxSlugBytes; i++ {
		c := title[i]
		if c >= utf8.RuneSelf {
			return s, false
		}
		k := keyBytes[c]
		var word uint
		if k != 0 {
			word = 1
		}
		s.text[j] = '-'
		j += int(word & brk & uint(min(j, 1)))
		s.text[j] = k
		j += int(word)
		brk = word ^ 1
	}
	if j > maxSlugBytes {
		// More than fit: whole words that do, or the first word's start.
		if i := bytes.LastIndexByte(s.text[:maxSlugBytes+1], '-'); i > 0 {
			j = i
		} else {
			j = maxSlugBytes
		}
	}
	if j == 0 {
		j = copy(s.text[:], "entry")
	}
	s.n = j
	return s, true
}

// appendSlugRunes is appendSlug for any title: ASCII is looked up a byte
// at a time, as in title keys; other runes go through package unicode.
func appendSlugRunes(b []byte, title string) []byte {
	start := len(b)
	hyphen := false // a word ended: the next one starts with a hyphen
	for i := 0; i < len(title); {
		if c := title[i]; c < utf8.RuneSelf {
			i++
			k := keyBytes[c]
			if k == 0 {
				hyphen = len(b) > start
				continue
			}
			if hyphen {
				if len(b)-start+2 > maxSlugBytes {
					return b // full, as a word has just ended
				}
				b = append(b, '-', k)
				hyphen = false
				continue
			}
			if len(b)-start+1 > maxSlugBytes {
				return cutSlug(b, start)
			}
			b = append(b, k)
			continue
		}
		r, size := utf8.DecodeRuneInString(title[i:])
		i += size
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			hyphen = len(b) > start
			continue
		}
		var enc [utf8.UTFMax]byte
		word := enc[:utf8.EncodeRune(enc[:], unicode.ToLower(r))]
		extra := len(word)
		if hyphen {
			extra++
		}
		if len(b)-start+extra > maxSlugBytes {
			if hyphen {
				return b
			}
			return cutSlug(b, start)
		}
		if hyphen {
			b = append(b, '-')
			hyphen = false
		}
		b = append(b, word...)
	}
	if len(b) == start {
		return append(b, "entry"...)
	}
	return b
}

// cutSlug ends a full slug, b[start:], inside a word at the last whole
// word, unless that word is all there is.
func cutSlug(b []byte, start int) []byte {
	if j := bytes.LastIndexByte(b[start:], '-'); j > 0 {
		return b[:start+j]
	}
	return b
}

// titleKeyPrefix starts the paper key of an entry known by its title.
const titleKeyPrefix = "title:"

// slugOfKey is Slug(title) made from the title's paper key ("title:" and
// the same lower-case words, joined by spaces), which build has already
// worked out: the title is not read twice.
func slugOfKey(key string) string {
	b := appendSlugOfKey(nil, key)
	// b is never written again: the string may share its bytes.
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// appendSlugOfKey appends slugOfKey(key) to b.
func appendSlugOfKey(b []byte, key string) []byte {
	words := strings.TrimPrefix(key, titleKeyPrefix)
	if words == "" {
		return append(b, "entry"...)
	}
	if len(words) > maxSlugBytes {
		// Whole words that fit, or else as much of the first word as fits
		// in whole runes.
		if i := strings.LastIndexByte(words[:maxSlugBytes+1], ' '); i > 0 {
			words = words[:i]
		} else {
			cut := maxSlugBytes
			for cut > 0 && !utf8.RuneStart(words[cut]) {
				cut--
			}
			words = words[:cut]
		}
	}
	start := len(b)
	b = append(b, words...)
	for i := start; i < len(b); i++ {
		c := b[i]
		if c == ' ' {
			c = '-' // a conditional move: no branch on the words' breaks
		}
		b[i] = c
	}
	return b
}

func asciiAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// ArxivID returns the arXiv id a paper link names, without its version
// ("2301.12345" from https://arxiv.org/abs/2301.12345v2), or "".
func ArxivID(l Link) string {
	if l.Kind != KindPaper {
		return ""
	}
	u, err := url.Parse(l.URL)
	if err != nil {
		return ""
	}
	segs := pathSegments(u.Path)
	var id string
	switch {
	case strings.HasSuffix(l.Host, "arxiv.org") && len(segs) >= 2 && (segs[0] == "abs" || segs[0] == "pdf" || segs[0] == "html"):
		id = strings.Join(segs[1:], "/")
		id = strings.TrimSuffix(id, ".pdf")
	case l.Host == "huggingface.co" && len(segs) == 2 && segs[0] == "papers":
		id = segs[1]
	case l.Host == "alphaxiv.org" && len(segs) == 2 && (segs[0] == "abs" || segs[0] == "overview"):
		id = segs[1] // alphaXiv's page of an arXiv paper
	case l.Host == "doi.org" && len(segs) == 2 && segs[0] == "10.48550" && len(segs[1]) > 6 && strings.EqualFold(segs[1][:6], "arXiv."):
		id = segs[1][6:] // arXiv's own DOI, 10.48550/arXiv.ID
	default:
		return ""
	}
	id = stripArxivVersion(id)
	if !plausibleArxivID(id) {
		return ""
	}
	return id
}

func stripArxivVersion(id string) string {
	i := strings.LastIndexByte(id, 'v')
	if i <= 0 || i == len(id)-1 {
		return id
	}
	if _, err := strconv.Atoi(id[i+1:]); err != nil {
		return id
	}
	return id[:i]
}

// plausibleArxivID accepts new-style ids (2301.12345) and old-style ones
// (cs/0601001, math.GT/0309136).
func plausibleArxivID(id string) bool {
	if yymm, num, ok := strings.Cut(id, "."); ok && len(yymm) == 4 && (len(num) == 4 || len(num) == 5) {
		return allDigits(yymm) && allDigits(num)
	}
	if arch, num, ok := strings.Cut(id, "/"); ok && arch != "" && len(num) == 7 {
		return allDigits(num)
	}
	return false
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// idSet hands out ids unique within a run. Giving ids is the one step of
// extraction that must go in input order, on one core, so it is a
// hashTable rather than a map: the workers hash each id's base beforehand
// (hash), and giving it costs one probe.
//
// The table knows ids by 96 bits of hash, not by their text: it keeps no
// copy of them, which for a big listing is most of its memory, and fresh
// memory is dear (a page fault per 4 KiB). Two different ids share a hash
// with a chance of about n²/2⁹⁷, 10⁻¹⁷ for a million ids; and even then
// ids stay unique, since an id is handed out only when its hash is new
// (equal ids have equal hashes): the second id would only get a needless
// "-2".
type idSet struct {
	seeds  [2]maphash.Seed
	counts hashTable // id -> times asked for
}

// idHash is the 96-bit hash of an id or a paper key, as a hashTable wants it.
type idHash struct {
	h   uint64 // where it is looked for
	tag uint32 // 32 more bits, told apart on the way
}

func newIDSet() idSet { return idSet{seeds: [2]maphash.Seed{maphash.MakeSeed(), maphash.MakeSeed()}} }

// hash is the hash unique wants for id; safe on several goroutines.
func (s *idSet) hash(id string) idHash {
	return idHash{maphash.String(s.seeds[0], id), uint32(maphash.String(s.seeds[1], id))}
}

// hashBytes is hash for an id held in b.
func (s *idSet) hashBytes(b []byte) idHash {
	return idHash{maphash.Bytes(s.seeds[0], b), uint32(maphash.Bytes(s.seeds[1], b))}
}

// unique returns base, or base-2, base-3 ... when base was handed out
// before.
func (s *idSet) unique(base string) string { return s.uniqueHashed(base, s.hash(base)) }

// uniqueHashed is unique with base's hash worked out already.
func (s *idSet) uniqueHashed(base string, h idHash) string {
	n := s.suffix(h, func() string { return base })
	if n == 0 {
		return base
	}
	return base + "-" + itoa(n)
}

// suffix hands out the id whose base has hash h: it returns 0 when that
// is the base itself, or else the n of base-n, the first not handed out
// yet. base gives the base's text, which only a base asked for before
// needs: a caller without it at hand makes it only then.
func (s *idSet) suffix(h idHash, base func() string) int {
	count := s.counts.slot(h)
	n := *count
	*count = n + 1
	if n == 0 {
		return 0
	}
	b := base()
	for {
		n++
		if c := s.counts.slot(s.hash(b + "-" + itoa(int(n)))); *c == 0 {
			*c = 1
			*s.counts.slot(h) = n // found again: the table may have grown
			return int(n)
		}
	}
}

// hashTable maps 96-bit hashes to int32 values other than 0: an
// open-addressed table whose slots are small, so that a probe touches
// little memory.
type hashTable struct {
	slots []hashSlot
	used  int
}

type hashSlot struct {
	hash idHash
	v    int32 // 0 for an empty slot
}

// find returns the value kept for h, or 0 when there is none.
func (t *hashTable) find(h idHash) int32 {
	if len(t.slots) == 0 {
		return 0
	}
	mask := uint64(len(t.slots) - 1)
	for i := h.h & mask; ; i = (i + 1) & mask {
		sl := &t.slots[i]
		if sl.v == 0 || sl.hash == h {
			return sl.v
		}
	}
}

// slot returns where the value for h is kept, adding h with a value of 0
// when it is new, which the caller must then set to another. The pointer
// is good until the next call.
func (t *hashTable) slot(h idHash) *int32 {
	if (t.used+1)*4 > len(t.slots)*3 {
		t.grow()
	}
	mask := uint64(len(t.slots) - 1)
	for i := h.h & mask; ; i = (i + 1) & mask {
		sl := &t.slots[i]
		if sl.v == 0 {
			t.used++
			sl.hash = h
			return &sl.v
		}
		if sl.hash == h {
			return &sl.v
		}
	}
}

// warm loads the first slot each of hs would be looked for in, and returns
// what it read, for nothing but to keep the loads. A table of many entries
// lies in main memory, and each lookup of one entry after another waits
// for its slot, in turn: loading a batch of slots in one loop, whose loads
// do not wait on each other, costs about what one lookup does, and leaves
// them in the cache for the lookups that follow.
func (t *hashTable) warm(hs []idHash) (sum int32) {
	if len(t.slots) == 0 {
		return 0
	}
	mask := uint64(len(t.slots) - 1)
	for _, h := range hs {
		sum += t.slots[h.h&mask].v
	}
	return sum
}

func (t *hashTable) grow() { t.resize(max(1024, 2*len(t.slots))) }

// reserve makes room for n more hashes at once, where adding them one at a
// time would grow the table by doubling: each doubling takes fresh memory
// and moves every hash again.
func (t *hashTable) reserve(n int) {
	size := max(1024, len(t.slots))
	for (t.used+n+1)*4 > size*3 {
		size *= 2
	}
	if size > len(t.slots) {
		t.resize(size)
	}
}

// resize moves the hashes into a new table of size slots, a power of two.
func (t *hashTable) resize(size int) {
	old := t.slots
	t.slots = make([]hashSlot, size)
	// Written before it is read: a fresh page that is read first maps
	// the kernel's shared zero page, and the first write then costs a
	// second fault and a flush of every core's TLB.
	clear(t.slots)
	mask := uint64(len(t.slots) - 1)
	for _, sl := range old {
		if sl.v == 0 {
			continue
		}
		i := sl.hash.h & mask
		for t.slots[i].v != 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = sl
	}
}

func itoa(n int) string { return strconv.Itoa(n) }
