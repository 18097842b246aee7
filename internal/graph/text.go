package graph

import (
	"cmp"
	"math"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/linkgraph/linkgraph/internal/extract"
)

// textIndex holds, for every document, its terms (64-bit hashes of the
// words, sorted) with their counts, and each term's document frequency:
// enough for exact TF-IDF cosines. An inverted index over the documents'
// weights is made only when Graph needs candidate pairs; a Related query
// scans the documents once instead, which is cheaper than building it.
type textIndex struct {
	n      int
	text   func(i int) (string, string) // title and abstract of document i
	groups []termGroup                  // document i's terms are in groups[i/groupDocs]
	shards []termShard                  // each term's statistics: term t's are in shards[t%len(shards)]
	norms  []float32

	postingsOnce sync.Once
	postings     map[uint64][]posting // term -> documents, heaviest first
}

// scoreSheet sums scores by document in a dense array, and lists the
// documents it has a score for, so that clearing it costs what was added:
// a map in its place made most of the time of finding similar papers
// among 100k.
type scoreSheet struct {
	score   []float64
	touched []int32
}

func newScoreSheet(n int) *scoreSheet { return &scoreSheet{score: make([]float64, n)} }

func (s *scoreSheet) add(doc int32, v float64) {
	if v == 0 {
		return
	}
	if s.score[doc] == 0 {
		s.touched = append(s.touched, doc)
	}
	s.score[doc] += v
}

func (s *scoreSheet) reset() {
	for _, d := range s.touched {
		s.score[d] = 0
	}
	s.touched = s.touched[:0]
}

// posting is one document in a term's posting list.
type posting struct {
	doc int32
	w   float32
}

// maxPostingsPerTerm bounds how many documents a term's posting list keeps
// (the heaviest): a term shared by more documents says little about any
// pair of them, and the bound keeps a query's cost independent of corpus size.
const maxPostingsPerTerm = 2000

// newTextIndex tokenises n documents on every core, counts document
// frequencies in shards (one a core, by hash), and computes each
// document's vector length.
func newTextIndex(n int, text func(i int) (string, string)) *textIndex {
	ix := &textIndex{n: n, text: text, groups: make([]termGroup, (n+groupDocs-1)/groupDocs)}
	workers := max(1, min(runtime.GOMAXPROCS(0), n))
	// Tokenise in parallel, a group of documents at a time, each group
	// into arrays of its own, made once at their size.
	var next atomic.Int64
	parallel(workers, func(int) {
		var doc []uint64
		var sorter hashSorter
		var terms termReader
		var scratch termGroup
		note := func(_ []byte, h uint64) { doc = append(doc, h) }
		for g := int(next.Add(1) - 1); g < len(ix.groups); g = int(next.Add(1) - 1) {
			scratch.offsets = append(scratch.offsets[:0], 0)
			scratch.terms, scratch.counts = scratch.terms[:0], scratch.counts[:0]
			for i := g * groupDocs; i < min(n, (g+1)*groupDocs); i++ {
				doc = doc[:0]
				title, abstract := text(i)
				terms.forEachTerm(title, note)
				terms.forEachTerm(abstract, note)
				sorter.sort(doc)
				for j := 0; j < len(doc); {
					k := j
					for k < len(doc) && doc[k] == doc[j] {
						k++
					}
					scratch.terms = append(scratch.terms, doc[j])
					scratch.counts = append(scratch.counts, uint16(min(k-j, math.MaxUint16)))
					j = k
				}
				scratch.offsets = append(scratch.offsets, int32(len(scratch.terms)))
			}
			ix.groups[g] = termGroup{
				offsets: slices.Clone(scratch.offsets),
				terms:   slices.Clone(scratch.terms),
				counts:  slices.Clone(scratch.counts),
				idf:     make([]float32, len(scratch.terms)),
			}
		}
	})
	// Document frequencies, one shard of the hash space a worker, and
	// each term's idf, worked out once. Each stored term's place in its
	// shard is noted as it is counted, in the bits of its idf's slot, so
	// that giving every stored term its idf is an array look-up, not a
	// second map look-up: that was a tenth of the text index's time on 1M
	// entries.
	ix.shards = make([]termShard, workers)
	parallel(workers, func(w int) {
		sh := termShard{index: map[uint64]uint32{}}
		for _, g := range ix.groups {
			for j, t := range g.terms {
				if int(t%uint64(workers)) != w {
					continue
				}
				k, ok := sh.index[t]
				if !ok {
					k = uint32(len(sh.stats))
					sh.index[t] = k
					sh.stats = append(sh.stats, termStat{})
				}
				sh.stats[k].df++
				g.idf[j] = math.Float32frombits(k)
			}
		}
		for k := range sh.stats {
			sh.stats[k].idf = float32(math.Log(float64(n) / float64(sh.stats[k].df)))
		}
		ix.shards[w] = sh
	})
	ix.norms = make([]float32, n)
	parallel(workers, func(w int) {
		for i := w * n / workers; i < (w+1)*n/workers; i++ {
			d := ix.doc(i)
			var sum float64
			for j, t := range d.terms {
				d.idf[j] = ix.shards[t%uint64(workers)].stats[math.Float32bits(d.idf[j])].idf
				x := d.weight(j)
				sum += x * x
			}
			ix.norms[i] = float32(math.Sqrt(sum))
		}
	})
	return ix
}

// A termGroup holds the stored terms of groupDocs documents in a row (the
// last group, of those left), each document's sorted, with their counts
// and idfs: document i's are at offsets[i%groupDocs] up to the next
// offset. Groups are made at their size, on every core: stitching the
// terms of each core into one array instead took 430 MB more fresh memory
// on 1M entries, and its time.
type termGroup struct {
	offsets []int32
	terms   []uint64
	counts  []uint16
	idf     []float32
}

const groupDocs = 4096

// docTerms are one document's stored terms, sorted, with their counts and
// idfs: slices of its group's.
type docTerms struct {
	terms  []uint64
	counts []uint16
	idf    []float32
}

// doc returns document i's stored terms.
func (ix *textIndex) doc(i int) docTerms {
	g := &ix.groups[i/groupDocs]
	lo, hi := g.offsets[i%groupDocs], g.offsets[i%groupDocs+1]
	return docTerms{g.terms[lo:hi:hi], g.counts[lo:hi:hi], g.idf[lo:hi:hi]}
}

// termStat is what the index knows of a term across the documents: how
// many hold it, and its inverse document frequency, ln(n/df).
type termStat struct {
	df  int32
	idf float32
}

// termShard holds the statistics of the terms in one shard of the hash
// space: index gives a term's place in stats.
type termShard struct {
	index map[uint64]uint32
	stats []termStat
}

// stat returns term t's statistics, from its shard; zero for a term no
// document holds.
func (ix *textIndex) stat(t uint64) termStat {
	sh := &ix.shards[t%uint64(len(ix.shards))]
	if k, ok := sh.index[t]; ok {
		return sh.stats[k]
	}
	return termStat{}
}

// weight is the raw TF-IDF weight of the document's j-th stored term:
// (1 + ln tf) idf.
func (d docTerms) weight(j int) float64 {
	return tfWeight(d.counts[j]) * float64(d.idf[j])
}

// tfWeight is 1 + ln(c), from a table for the counts nearly every term has.
func tfWeight(c uint16) float64 {
	if int(c) < len(tfWeights) {
		return tfWeights[c]
	}
	return 1 + math.Log(float64(c))
}

var tfWeights = func() (t [256]float64) {
	for c := range t {
		t[c] = 1 + math.Log(float64(c))
	}
	return t
}()

// parallel runs fn(0) ... fn(workers-1) at once and waits for them. A
// memory fault a worker meets (the entries' text may be in a listing's
// mapped file, which faults where the file has shrunk: see extract.Guard)
// is passed on to the caller.
func parallel(workers int, fn func(w int)) {
	faults := make([]any, workers)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			faults[w] = extract.Guard(func() { fn(w) })
		}()
	}
	wg.Wait()
	passOn(faults...)
}

// alongside runs bg on another goroutine while fg runs on this one, and
// waits for both; a memory fault bg meets is passed on, as parallel's are.
func alongside(bg, fg func()) {
	var fault any
	var wg sync.WaitGroup
	wg.Go(func() { fault = extract.Guard(bg) })
	fg()
	wg.Wait()
	passOn(fault)
}

// passOn panics, on the calling goroutine, with the first of the faults
// that is not nil, to be recovered by the extract.Guard it runs under.
func passOn(faults ...any) {
	for _, f := range faults {
		if f != nil {
			panic(f)
		}
	}
}

// hashTerm is a term's identity: FNV-1a, 64 bits, so no dictionary of
// strings is kept; a collision needs billions of distinct words.
//
// Hyphens are skipped: a term keeps the hyphen of "fine-tuning" to be
// shown as written, and is the same term as "finetuning".
func hashTerm[T string | []byte](s T) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		if s[i] == '-' {
			continue
		}
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// FNV-1a's 64-bit offset basis and prime.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// cosine is the exact cosine similarity of two documents, and how many
// words they share that are not common (see common).
func (ix *textIndex) cosine(a, b int) (float64, int) {
	if ix.norms[a] == 0 || ix.norms[b] == 0 {
		return 0, 0
	}
	var s float64
	words := 0
	big := ix.n >= minCommonDocs
	da, db := ix.doc(a), ix.doc(b)
	shared(da, db, func(ja, jb int) {
		s += da.weight(ja) * db.weight(jb)
		// common's test, by the weight's idf: ln(n/df) < ln 3.
		if !big || da.idf[ja] >= ln3 {
			words++
		}
	})
	return s / (float64(ix.norms[a]) * float64(ix.norms[b])), words
}

var ln3 = float32(math.Log(3))

// minSharedWords is how many words two papers must share, besides the
// listing's common ones, to be similar. Where a listing gives titles
// alone, one word made a third of a short title's weight: on the
// LLM-unlearning list, 896 of its 1,417 similar-text pairs shared a
// single word ("mitigating", "expert", "controllable"), which says
// nothing of what two papers are about.
const minSharedWords = 2

// shared calls fn with the positions in a and b of each term they share.
func shared(a, b docTerms, fn func(ja, jb int)) {
	i, j := 0, 0
	for i < len(a.terms) && j < len(b.terms) {
		switch ti, tj := a.terms[i], b.terms[j]; {
		case ti < tj:
			i++
		case ti > tj:
			j++
		default:
			fn(i, j)
			i++
			j++
		}
	}
}

// common reports whether term t is in so many of a big listing's papers
// ("unlearning" in a list of unlearning papers) that naming it says
// nothing about why two of them are alike.
func (ix *textIndex) common(t uint64) bool {
	return ix.n >= minCommonDocs && 3*int(ix.stat(t).df) > ix.n
}

// minCommonDocs is the fewest papers in which a term held by a third of
// them is common: in a handful, a third is a few.
const minCommonDocs = 30

// sharedTerms names the words that contribute most to the similarity of a
// and b, at most n of them, most first (ties in word order), passing over
// common words unless they are all the two share. Only the words that can
// be named are looked for in a's text: those weighing as much as the n-th
// heaviest or more.
func (ix *textIndex) sharedTerms(a, b, n int) []string {
	type contrib struct {
		h    uint64
		w    float64
		term string
	}
	var cs, common []contrib
	da, db := ix.doc(a), ix.doc(b)
	shared(da, db, func(ja, jb int) {
		c := contrib{h: da.terms[ja], w: da.weight(ja) * db.weight(jb)}
		if ix.common(c.h) {
			common = append(common, c)
		} else {
			cs = append(cs, c)
		}
	})
	if len(cs) == 0 {
		cs = common
	}
	if len(cs) == 0 || n <= 0 {
		return nil
	}
	slices.SortFunc(cs, func(x, y contrib) int { return cmp.Compare(y.w, x.w) })
	named := min(n, len(cs))
	for named < len(cs) && cs[named].w == cs[n-1].w {
		named++
	}
	cs = cs[:named]
	name := func(term []byte, h uint64) {
		for i := range cs {
			if cs[i].h == h && cs[i].term == "" {
				cs[i].term = string(term)
			}
		}
	}
	var r termReader
	title, abstract := ix.text(a)
	r.forEachTerm(title, name)
	r.forEachTerm(abstract, name)
	slices.SortFunc(cs, func(x, y contrib) int {
		if c := cmp.Compare(y.w, x.w); c != 0 {
			return c
		}
		return strings.Compare(x.term, y.term)
	})
	out := make([]string, 0, n)
	for _, c := range cs[:min(n, len(cs))] {
		out = append(out, c.term)
	}
	return out
}

// similarTo scores every document against q in one pass over the index,
// on every core, and returns those at or above min.
func (ix *textIndex) similarTo(q int, minScore float64) map[int32]float64 {
	workers := max(1, min(runtime.GOMAXPROCS(0), ix.n))
	found := make([]map[int32]float64, workers)
	parallel(workers, func(w int) {
		m := map[int32]float64{}
		for d := w * ix.n / workers; d < (w+1)*ix.n/workers; d++ {
			if d == q {
				continue
			}
			if s, words := ix.cosine(q, d); s >= minScore && words >= minSharedWords {
				m[int32(d)] = s
			}
		}
		found[w] = m
	})
	out := found[0]
	for _, m := range found[1:] {
		for d, s := range m {
			out[d] = s
		}
	}
	return out
}

// buildPostings makes the inverted index over normalised weights, once,
// for Graph's candidate pairs.
func (ix *textIndex) buildPostings() {
	ix.postingsOnce.Do(func() {
		ix.postings = map[uint64][]posting{}
		for d := 0; d < ix.n; d++ {
			norm := float64(ix.norms[d])
			if norm == 0 {
				continue
			}
			dt := ix.doc(d)
			for j, t := range dt.terms {
				if ix.stat(t).df >= 2 {
					if w := dt.weight(j); w > 0 {
						ix.postings[t] = append(ix.postings[t], posting{int32(d), float32(w / norm)})
					}
				}
			}
		}
		for t, ps := range ix.postings {
			slices.SortFunc(ps, func(a, b posting) int {
				switch {
				case a.w > b.w:
					return -1
				case a.w < b.w:
					return 1
				}
				return int(a.doc - b.doc)
			})
			if len(ps) > maxPostingsPerTerm {
				ix.postings[t] = ps[:maxPostingsPerTerm:maxPostingsPerTerm]
			}
		}
	})
}

// candidates adds to acc the documents that share weighty terms with
// document d, with approximate scores: the query uses d's heaviest
// queryTerms terms and each term's heaviest perTerm postings.
func (ix *textIndex) candidates(d, queryTerms, perTerm int, acc *scoreSheet) {
	ix.buildPostings()
	norm := float64(ix.norms[d])
	if norm == 0 {
		return
	}
	type tw struct {
		term uint64
		w    float64
	}
	var vec []tw
	dt := ix.doc(d)
	for j, t := range dt.terms {
		if w := dt.weight(j); w > 0 {
			vec = append(vec, tw{t, w / norm})
		}
	}
	sort.Slice(vec, func(i, j int) bool {
		if vec[i].w != vec[j].w {
			return vec[i].w > vec[j].w
		}
		return vec[i].term < vec[j].term
	})
	if queryTerms > 0 && len(vec) > queryTerms {
		vec = vec[:queryTerms]
	}
	for _, t := range vec {
		ps := ix.postings[t.term]
		if perTerm > 0 && len(ps) > perTerm {
			ps = ps[:perTerm]
		}
		for _, p := range ps {
			if int(p.doc) != d {
				acc.add(p.doc, t.w*float64(p.w))
			}
		}
	}
}

// forEachToken calls fn with each indexable word of text: lower-cased,
// light-stemmed, not a stop word, not a number, with links removed, and
// joined to the word after it when it is a prefix and a hyphen (joinsNext).
func forEachToken(text string, fn func(string)) {
	var r termReader
	r.forEachTerm(text, func(term []byte, _ uint64) { fn(string(term)) })
}

// termReader reads the terms of texts, one after another, into a word
// buffer it keeps: a buffer made by each call escaped to the heap, as the
// terms handed to the callback are slices of it.
type termReader struct {
	buf     [64]byte
	unlined []byte // the text without its links, made again for each text that has some
}

// forEachTerm is forEachToken without allocation: term is valid only
// during the call, and h is its hash, the text index's identity for it;
// only the words shown to people become strings.
//
// An ASCII word, as most are, is lower-cased and hashed in the one pass
// that finds its end, which also tells whether it is a number and keeps
// the hashes a stem needs; a word with other letters is read rune by rune
// (wordFrom).
func (r *termReader) forEachTerm(text string, fn func(term []byte, h uint64)) {
	if spans := extract.ScanLinks(text); len(spans) > 0 {
		// Made in a buffer kept from text to text: a new string each
		// time, grown as it was written, made a tenth of related's time
		// on 1M entries clearing fresh memory. The buffer is not written
		// again before this call returns.
		r.unlined = appendWithoutLinks(r.unlined[:0], text, spans)
		text = unsafe.String(unsafe.SliceData(r.unlined), len(r.unlined))
	}
	buf := &r.buf
	n := len(text)
	for i := 0; i < n; {
		// Skip what is not a word.
		for i < n && text[i] < utf8.RuneSelf && !asciiWord[text[i]] {
			i++
		}
		start, part := i, i
		// h is the hash of the word so far; h1 and h3 that of all of it
		// but its last one and last three bytes.
		h, h1, h2, h3 := uint64(fnvOffset), uint64(0), uint64(0), uint64(0)
		number := true
	word:
		for ; i < n; i++ {
			c := lowerWord[text[i]]
			if c == 0 {
				break
			}
			if k := i - start; k < len(buf) {
				buf[k] = c
			}
			number = number && c <= '9'
			h3, h2, h1 = h2, h1, h
			h = (h ^ uint64(c)) * fnvPrime
		}
		// Most words end at a space; only a short part ending at a hyphen
		// can be a prefix that joins the next word.
		if i-part >= 2 && i-part <= 5 && i < n && text[i] == '-' && joinsNext(text, part, i) {
			if k := i - start; k < len(buf) {
				buf[k] = '-'
			}
			i++
			part = i
			goto word
		}
		if i < n && text[i] >= utf8.RuneSelf {
			if r, _ := utf8.DecodeRuneInString(text[i:]); unicode.IsLetter(r) || unicode.IsDigit(r) {
				i = wordFrom(text, start, fn) // "naïve", "Müller"
				continue
			}
			if i == start { // a rune that is neither letter nor digit
				_, size := utf8.DecodeRuneInString(text[i:])
				i += size
				continue
			}
		}
		k := i - start
		switch {
		case k < 3 || number:
		case k > len(buf):
			if t, h, ok := indexableTerm([]byte(strings.ToLower(text[start:i]))); ok {
				fn(t, h)
			}
		default:
			if t, h, ok := indexableHashed(buf[:k], h, h1, h3); ok {
				fn(t, h)
			}
		}
	}
}

// wordFrom reads the word at text[start:], which holds a letter or digit
// that is not ASCII, calls fn with its term if it has one, and returns
// where the word ends.
func wordFrom(text string, start int, fn func(term []byte, h uint64)) int {
	i, part := start, start
	for i < len(text) {
		if c := text[i]; c < utf8.RuneSelf {
			if !asciiWord[c] {
				if !joinsNext(text, part, i) {
					break
				}
				part = i + 1
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			break
		}
		i += size
	}
	if i-start >= 3 {
		if t, h, ok := indexableTerm([]byte(strings.ToLower(text[start:i]))); ok {
			fn(t, h)
		}
	}
	return i
}

// joinsNext reports whether the hyphen at text[i] joins the word part
// text[part:i] to the word after it: a prefix such as "pre", "non" or
// "self", followed by two letters or more. "Fine-tuning" is then one term,
// the same as "finetuning", not "fine" and "tuning"; "non-convex" is not
// "convex".
func joinsNext(text string, part, i int) bool {
	if text[i] != '-' || i+2 >= len(text) || !asciiLetter(text[i+1]) || !asciiLetter(text[i+2]) {
		return false
	}
	if i-part < 2 || i-part > len("hyper") {
		return false
	}
	var low [5]byte
	for k := part; k < i; k++ {
		low[k-part] = lowerWord[text[k]]
	}
	// The word parts joined to the word after their hyphen. Words such
	// as "low" are not: "low-rank" is still about "rank".
	switch string(low[:i-part]) {
	case "anti", "auto", "bi", "co", "cross", "few", "fine", "hyper", "inter", "intra", "meta", "multi",
		"non", "over", "post", "pre", "re", "self", "semi", "sub", "un", "under", "zero":
		return true
	}
	return false
}

func asciiLetter(c byte) bool {
	return c|0x20 >= 'a' && c|0x20 <= 'z'
}

// indexableTerm light-stems a lower-cased word and hashes it, or reports
// false for words that say nothing about a paper's subject. It may reuse
// term.
func indexableTerm(term []byte) ([]byte, uint64, bool) {
	if isNumberBytes(term) {
		return nil, 0, false
	}
	h := hashTerm(term)
	if stopHashes.has(h) {
		return nil, 0, false
	}
	if s := stemBytes(term); len(s) != len(term) {
		h = hashTerm(s)
		if stopHashes.has(h) {
			return nil, 0, false
		}
		term = s
	}
	return term, h, true
}

// indexableHashed is indexableTerm for a word of letters and digits, not a
// number, whose hashes are known: h of the word, h1 of all but its last
// byte, h3 of all but its last three.
func indexableHashed(term []byte, h, h1, h3 uint64) ([]byte, uint64, bool) {
	if stopHashes.has(h) {
		return nil, 0, false
	}
	if s := stemBytes(term); len(s) != len(term) {
		if len(s) == len(term)-1 { // "networks" -> "network"
			h = h1
		} else { // "studies" -> "study"
			h = (h3 ^ 'y') * fnvPrime
		}
		if stopHashes.has(h) {
			return nil, 0, false
		}
		term = s
	}
	return term, h, true
}

// hashSet is a small open-addressed set of term hashes: a stop-word test
// is one probe or two in a table that stays in cache, where a map of
// strings would hash every token again.
type hashSet struct {
	slots []uint64 // 0 marks an empty slot; no FNV-1a hash of a word is 0 in practice
	mask  uint64
}

func newHashSet(words map[string]struct{}) hashSet {
	size := uint64(1)
	for size < uint64(len(words))*4 {
		size <<= 1
	}
	h := hashSet{slots: make([]uint64, size), mask: size - 1}
	for w := range words {
		x := hashTerm(w)
		for i := x & h.mask; ; i = (i + 1) & h.mask {
			if h.slots[i] == 0 || h.slots[i] == x {
				h.slots[i] = x
				break
			}
		}
	}
	return h
}

func (h hashSet) has(x uint64) bool {
	for i := x & h.mask; ; i = (i + 1) & h.mask {
		switch h.slots[i] {
		case x:
			return true
		case 0:
			return false
		}
	}
}

// stopHashes are the stop words' hashes.
var stopHashes = newHashSet(stopWords)

func isNumberBytes(b []byte) bool {
	for _, c := range b {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// stemBytes strips plural endings: "networks" -> "network", "studies" ->
// "study", "LLMs" -> "llm", "GPUs" -> "gpu". Words in -ss, -us and -is
// are not plurals ("loss", "corpus", "analysis"), nor is "bias".
func stemBytes(w []byte) []byte {
	n := len(w)
	switch {
	case n > 4 && string(w[n-3:]) == "ies":
		w[n-3] = 'y'
		return w[:n-2]
	case n > 3 && w[n-1] == 's' && w[n-2] != 's' && w[n-2] != 'i' && !(n == 4 && w[n-2] == 'a') &&
		(w[n-2] != 'u' || n == 4 && w[1] == 'p'): // the -PUs: "cpus", "gpus", "tpus"
		return w[:n-1]
	}
	return w
}

// lowerWord maps each ASCII letter and digit to itself lower-cased, and
// every other byte to 0.
var lowerWord = func() (t [256]byte) {
	for c := 0; c < utf8.RuneSelf; c++ {
		switch {
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
			t[c] = byte(c)
		case c >= 'A' && c <= 'Z':
			t[c] = byte(c) + 'a' - 'A'
		}
	}
	return t
}()

// asciiWord marks the ASCII letters and digits.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		t[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
	}
	return t
}()

// withoutLinks blanks out the links in text, so that URLs do not make two
// papers look alike.
func withoutLinks(text string) string {
	spans := extract.ScanLinks(text)
	if len(spans) == 0 {
		return text
	}
	return string(appendWithoutLinks(nil, text, spans))
}

// appendWithoutLinks appends text with each of its links' spans replaced
// by a space.
func appendWithoutLinks(b []byte, text string, spans []extract.Span) []byte {
	last := 0
	for _, s := range spans {
		b = append(b, text[last:s.Start]...)
		b = append(b, ' ')
		last = s.Start + len(s.Raw)
	}
	return append(b, text[last:]...)
}
