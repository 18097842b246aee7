package extract

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// readRST reads reStructuredText: an awesome-list or a Sphinx page of
// publications kept as .rst, written as Markdown a line for each line
// (rstMarkdown) and read as Markdown is.
func (x *Extractor) readRST(lr *lineReader, emit func(*rawEntry)) error {
	return readAsMarkdown(lr, "reStructuredText file", rstMarkdown, emit)
}

// rstMarkdown writes reStructuredText as Markdown, a line for each line:
//
//   - a title over (and under) a line of one punctuation mark is a
//     heading, its level by the order its adornment first appears;
//   - `text <url>`_ is [text](url); `text`_ and word_ are links when a
//     target ".. _text: url" names them, and `text`__ takes the next
//     anonymous target (".. __: url");
//   - directives, comments, targets and substitutions are blank, with the
//     block indented under them, but for a list-table, whose rows are
//     items; so is a literal block ("::");
//   - a definition list's term is a bold item, its definition under it;
//   - a field ":Code: url" is a field line, as the Markdown reader knows
//     them (orgField);
//   - a citation ".. [Smith2020] text" is an item;
//   - a grid or simple table is a GFM table (without a header, under an
//     empty one, whose title column the Markdown reader guesses);
//   - "#." and "(1)" number items as "1." does.
func rstMarkdown(src []byte) []byte {
	lines := strings.Split(string(src), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " \t\r")
	}
	joinSpans(lines)
	r := &rstWriter{lines: lines, out: make([]string, len(lines))}
	r.collectTargets()
	r.markHeadings()
	r.markGridTables()
	r.markSimpleTables()
	r.write()
	var b strings.Builder
	b.Grow(len(src) + len(src)/8)
	for i, l := range r.out {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(l)
	}
	return []byte(b.String())
}

// joinSpans moves the end of interpreted text that a paragraph's line
// opens and the next closes ("`No U-Turn" over "Sampler <url>`__, ...") up
// to the line that opens it, so that each line's markup is whole: the
// link stays at the line it starts on, and the lines keep their number.
// A table's lines are left alone: their cells are joined instead.
func joinSpans(lines []string) {
	for i := range lines {
		t := strings.TrimSpace(lines[i])
		if t == "" || t[0] == '|' || t[0] == '+' || !openSpan(lines[i]) {
			continue
		}
		// An interpreted text over a few lines at most; a line it takes
		// whole is left blank, and then the rest of the line that closes
		// it comes up too, rather than start a paragraph of its own.
		blanked := false
		for j := i + 1; j < len(lines) && j <= i+8; j++ {
			body := strings.TrimLeft(lines[j], " \t")
			if body == "" || body[0] == '|' || body[0] == '+' || strings.HasPrefix(body, "..") {
				break
			}
			end := strings.IndexByte(body, '`')
			if end < 0 || blanked {
				lines[i] += " " + body
				lines[j] = ""
				blanked = true
				if end < 0 {
					continue
				}
				break
			}
			end++
			for n := 0; n < 2 && end < len(body) && body[end] == '_'; n++ {
				end++ // "`_" or "`__"
			}
			lines[i] += " " + body[:end]
			lines[j] = lines[j][:len(lines[j])-len(body)] + strings.TrimLeft(body[end:], " ")
			break
		}
	}
}

// openSpan reports whether a line leaves interpreted text open: an odd
// number of single backquotes outside its literals (text between two
// backquotes and two more).
func openSpan(l string) bool {
	if strings.IndexByte(l, '`') < 0 {
		return false
	}
	open := false
	for i := 0; i < len(l); i++ {
		if l[i] != '`' {
			continue
		}
		if strings.HasPrefix(l[i:], "``") && !open {
			end := strings.Index(l[i+2:], "``")
			if end < 0 {
				return false
			}
			i += end + 3
			continue
		}
		open = !open
	}
	return open
}

type rstWriter struct {
	lines []string
	out   []string // the Markdown of each line; done[i] when set already
	done  []bool
	// targets are the named targets' URLs, by normalized name;
	// anonymous the anonymous targets' in order, next the next one's.
	targets   map[string]string
	anonymous []string
	next      int
	// headings are the levels of the sections' titles, by line; rows
	// the cells of grid tables' rows, by their first line.
	headings map[int]int
	rows     [][]string
	// substitutions are what "|name|" stands for, as Markdown: a badge
	// (an image, linked when its directive has a :target:) or text.
	substitutions map[string]string
}

// collectTargets reads the targets (".. _name: url", "__ url") of the
// whole text: references may come before their targets, and usually do.
func (r *rstWriter) collectTargets() {
	r.targets = make(map[string]string)
	r.substitutions = make(map[string]string)
	r.done = make([]bool, len(r.lines))
	var indirect [][2]string
	for i, l := range r.lines {
		t := strings.TrimSpace(l)
		switch {
		case strings.HasPrefix(t, ".. |"):
			r.substitution(i, t)
		case strings.HasPrefix(t, ".. __:"):
			r.anonymous = append(r.anonymous, strings.TrimSpace(t[len(".. __:"):]))
		case strings.HasPrefix(t, "__ "):
			r.anonymous = append(r.anonymous, strings.TrimSpace(t[len("__ "):]))
		case strings.HasPrefix(t, ".. _"):
			name, url, ok := rstTarget(t[len(".. _"):])
			if !ok {
				continue
			}
			if strings.HasSuffix(url, "_") && !strings.Contains(url, "://") {
				indirect = append(indirect, [2]string{name, rstName(strings.Trim(url, "`_"))})
				continue
			}
			if _, seen := r.targets[name]; !seen {
				r.targets[name] = url
			}
		}
	}
	// ".. _a: b_" names b's URL; chains of such, a few deep.
	for range 4 {
		for _, in := range indirect {
			if u, ok := r.targets[in[1]]; ok {
				if _, seen := r.targets[in[0]]; !seen {
					r.targets[in[0]] = u
				}
			}
		}
	}
}

// substitution reads the definition of a substitution at line i, t:
// ".. |name| image:: url" with its ":target: url" on a line under it, or
// ".. |name| replace:: text".
func (r *rstWriter) substitution(i int, t string) {
	end := strings.Index(t[len(".. |"):], "| ")
	if end <= 0 {
		return
	}
	name := t[len(".. |") : len(".. |")+end]
	kind, arg, ok := strings.Cut(strings.TrimSpace(t[len(".. |")+end+2:]), ":: ")
	if !ok || name == "" {
		return
	}
	arg = strings.TrimSpace(arg)
	switch kind {
	case "replace":
		r.substitutions[name] = arg
	case "image":
		md := "![" + name + "](" + mdDest(arg) + ")"
		for _, l := range r.lines[i+1:] {
			o := strings.TrimSpace(l)
			if o == "" || l[0] != ' ' && l[0] != '\t' {
				break
			}
			if target, ok := strings.CutPrefix(o, ":target: "); ok {
				md = "[" + md + "](" + mdDest(strings.TrimSpace(target)) + ")"
				break
			}
		}
		r.substitutions[name] = md
	}
}

// rstTarget splits a named target after its ".. _": "name: url", or
// "`name: with colons`: url".
func rstTarget(s string) (name, url string, ok bool) {
	if strings.HasPrefix(s, "`") {
		end := strings.Index(s[1:], "`:")
		if end < 0 {
			return "", "", false
		}
		name, url = s[1:1+end], s[end+3:]
	} else {
		i := strings.Index(s, ": ")
		if i < 0 {
			return "", "", false
		}
		name, url = s[:i], s[i+2:]
	}
	url = strings.TrimSpace(url)
	if name == "" || url == "" {
		return "", "", false
	}
	return rstName(name), url, true
}

// rstName normalizes a reference name as reStructuredText compares them:
// in any case, white space as one space.
func rstName(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }

// rstAdornment reports whether a line is an adornment (a section's
// underline or overline, or a transition): one punctuation mark, repeated.
func rstAdornment(l string) bool {
	if len(l) < 2 || !strings.ContainsRune("=-`:'\"~^_*+#<>.!$%&,/;?@\\|", rune(l[0])) {
		return false
	}
	return strings.Count(l, l[:1]) == len(l)
}

// markHeadings finds the sections' titles, for write to write as
// headings, and writes their adornments as blank lines. A title is a line
// of text right over an adornment at least as wide as it (or of three
// marks or more, which docutils takes too, with a warning), and under the
// same adornment when it has an overline. Levels go by the order in which
// each adornment (its mark, with or without an overline) first appears;
// the first is the document's title ("#") when it is used once, and
// otherwise a level of sections ("##") like the others.
func (r *rstWriter) markHeadings() {
	type heading struct {
		line  int
		style string
	}
	var found []heading
	var styles []string
	uses := map[string]int{}
	for i := 0; i+1 < len(r.lines); i++ {
		title, under := r.lines[i], r.lines[i+1]
		if strings.TrimSpace(title) == "" || rstAdornment(title) || !rstAdornment(under) || r.done[i] {
			continue
		}
		over := i > 0 && r.lines[i-1] == under
		if !over && title[0] == ' ' {
			continue // an indented line: a block quote's, not a title
		}
		if len(under) < 3 && len(under) < utf8.RuneCountInString(strings.TrimSpace(title)) {
			continue
		}
		style := under[:1]
		if over {
			style += "o"
			r.set(i-1, "")
		}
		if uses[style] == 0 {
			styles = append(styles, style)
		}
		uses[style]++
		found = append(found, heading{i, style})
		r.done[i] = true
		r.set(i+1, "")
		i++
	}
	shift := 1
	if len(styles) > 0 && uses[styles[0]] > 1 {
		shift = 2
	}
	r.headings = make(map[int]int, len(found))
	for _, h := range found {
		level := 0
		for level < len(styles) && styles[level] != h.style {
			level++
		}
		r.headings[h.line] = min(level+shift, 6)
	}
}

// markGridTables writes grid tables as GFM tables: the rows between two
// rules are one row, each cell's lines joined, written at the row's first
// line; its other lines and the rules are rows of empty cells, which the
// Markdown reader passes over, but for the header's rule ("+===+"), which
// is GFM's "|---|". A table without a header gets an empty one, on the
// blank line above it.
func (r *rstWriter) markGridTables() {
	r.rows = make([][]string, len(r.lines))
	for i := 0; i < len(r.lines); i++ {
		if r.done[i] || !rstGridRule(r.lines[i]) {
			continue
		}
		start := i
		indent := len(r.lines[i]) - len(strings.TrimLeft(r.lines[i], " "))
		cols := rstGridColumns(strings.TrimSpace(r.lines[i]))
		if len(cols) > rstMaxColumns {
			continue
		}
		end := i + 1
		for end < len(r.lines) {
			t := strings.TrimSpace(r.lines[end])
			if t == "" || !(t[0] == '+' || t[0] == '|') {
				break
			}
			end++
		}
		header := false
		for j := start; j < end; j++ {
			if rstGridRule(r.lines[j]) && strings.Contains(r.lines[j], "=") {
				header = true
			}
		}
		empty := "|" + strings.Repeat("  |", len(cols))
		row := -1 // the first line of the row being read
		var cur tableRow
		flush := func() {
			if row >= 0 {
				r.rows[row] = cur.cells() // written by write, in order
				r.done[row] = true
				row = -1
			}
		}
		for j := start; j < end; j++ {
			l := r.lines[j]
			if len(l) < indent {
				l = ""
			} else {
				l = l[indent:]
			}
			switch {
			case rstGridRule(l):
				flush()
				rule := "|" + strings.Repeat("---|", len(cols))
				switch {
				case strings.Contains(l, "="):
					r.set(j, rule)
				case j == start && !header && j > 0 && strings.TrimSpace(r.lines[j-1]) == "" && !r.done[j-1]:
					// No header: an empty one on the blank line above,
					// so that every row is a row of the GFM table.
					r.set(j-1, empty)
					r.set(j, rule)
				case j == start, j == end-1:
					r.set(j, "") // the last rule ends the table
				default:
					r.set(j, empty)
				}
			default:
				if row < 0 {
					row = j
					cur = make(tableRow, len(cols))
				} else {
					r.set(j, empty)
				}
				for c, span := range cols {
					if span[0] >= len(l) {
						break
					}
					// A cell's lines are joined before its markup is
					// read: a hyperlink may go over two.
					cur.add(c, strings.TrimSpace(strings.Trim(l[span[0]:min(span[1], len(l))], "|")))
				}
			}
		}
		flush()
		i = end - 1
	}
}

// markSimpleTables writes simple tables as GFM tables: columns under runs
// of "=" ("=====  ====="), a row a line, but for a line whose first
// column is blank, which goes on the row above. The rule under the header
// is GFM's "|---|"; a table without a header (two rules, not three) gets
// an empty one, on the blank line above it; the other rules and the
// lines that go on a row are rows of empty cells, and the last rule ends
// the table.
func (r *rstWriter) markSimpleTables() {
	for i := 0; i < len(r.lines); i++ {
		cols := rstSimpleRule(r.lines[i])
		if r.done[i] || cols == nil {
			continue
		}
		rule := r.lines[i]
		next := func(from int) int { // the next rule of the table, or -1
			for j := from; j < len(r.lines) && j < from+rstMaxTableLines; j++ {
				l := r.lines[j]
				if l == rule {
					return j
				}
				// Another table's rule, a blank line over another, or a
				// line written already: no more of this table, and each
				// line is looked through for one rule at most.
				if l != "" && l[0] == '=' && strings.Trim(l, "= ") == "" ||
					r.done[j] || strings.TrimSpace(l) == "" && (j+1 >= len(r.lines) || strings.TrimSpace(r.lines[j+1]) == "") {
					return -1
				}
			}
			return -1
		}
		second := next(i + 1)
		if second < 0 {
			continue
		}
		header, last := -1, second
		if second+1 < len(r.lines) && strings.TrimSpace(r.lines[second+1]) != "" {
			if third := next(second + 1); third > 0 {
				header, last = second, third
			}
		}
		empty := "|" + strings.Repeat("  |", len(cols))
		delimiter := "|" + strings.Repeat("---|", len(cols))
		switch {
		case header >= 0:
			r.set(i, "")
			r.set(header, delimiter)
		case i > 0 && strings.TrimSpace(r.lines[i-1]) == "" && !r.done[i-1]:
			r.set(i-1, empty)
			r.set(i, delimiter)
		default:
			continue // no line for a header: left as text
		}
		r.set(last, "")
		// The header's lines are one row, at the line over its rule; a
		// body's line whose first column is blank goes on the row above.
		row, cur := -1, tableRow(nil)
		flush := func() {
			if row < 0 {
				return
			}
			at := row
			if row < header {
				at = header - 1
				r.set(row, "")
			}
			r.rows[at] = cur.cells()
			r.done[at] = true
			row = -1
		}
		for j := i + 1; j < last; j++ {
			if j == header {
				flush()
				continue
			}
			l := r.lines[j]
			blank := strings.TrimSpace(l) == ""
			first := strings.TrimSpace(l[:min(len(l), cols[1][0])])
			switch {
			case !blank && row < 0, !blank && first != "" && !(row >= 0 && j < header):
				flush()
				row, cur = j, make(tableRow, len(cols))
			case j < header:
				r.set(j, "")
			default:
				r.set(j, empty) // a blank line, or more of the row above
			}
			if blank {
				continue
			}
			from := 0
			for c := range cols {
				if from >= len(l) {
					break
				}
				end := len(l)
				if c+1 < len(cols) {
					end = min(cols[c+1][0], len(l))
					if end < len(l) && end > 0 && l[end-1] != ' ' && l[end] != ' ' {
						// Text over the column's edge, which docutils
						// refuses: the cell goes on to the next gap.
						if gap := strings.Index(l[end:], "  "); gap >= 0 {
							end += gap
						} else {
							end = len(l)
						}
					}
				}
				cur.add(c, strings.TrimSpace(l[from:end]))
				from = end
			}
		}
		flush()
		i = last
	}
}

// tableRow gathers the text of a table row's cells, a column's lines
// joined once at the end: a cell may go over thousands of lines.
type tableRow [][]string

func (t tableRow) add(c int, text string) {
	if text != "" {
		t[c] = append(t[c], text)
	}
}

func (t tableRow) cells() []string {
	out := make([]string, len(t))
	for c, lines := range t {
		out[c] = strings.Join(lines, " ")
	}
	return out
}

// rstSimpleRule returns the columns of a simple table's rule, runs of "="
// between spaces ("=====  ======"), or nil for a line that is none: two
// columns at least, and at most rstMaxColumns.
func rstSimpleRule(l string) [][2]int {
	if len(l) < 3 || l[0] != '=' || strings.Trim(l, "= ") != "" || !strings.Contains(l, " ") {
		return nil
	}
	var cols [][2]int
	for i := 0; i < len(l); {
		if l[i] == ' ' {
			i++
			continue
		}
		j := i
		for j < len(l) && l[j] == '=' {
			j++
		}
		cols = append(cols, [2]int{i, j})
		if len(cols) > rstMaxColumns {
			return nil
		}
		i = j
	}
	if len(cols) < 2 {
		return nil
	}
	return cols
}

// rstMaxColumns is the most columns a table is read with: a rule of more
// is taken for text, and a wider table's rows are not each made as wide.
// rstMaxLabel is the longest a citation's label is looked for.
const (
	rstMaxColumns    = 64
	rstMaxLabel      = 64
	rstMaxTableLines = 10000 // looked through for a simple table's next rule
)

// rstGridRule reports whether a line is a grid table's rule, "+---+---+"
// or "+===+===+".
func rstGridRule(l string) bool {
	t := strings.TrimSpace(l)
	if len(t) < 3 || t[0] != '+' || t[len(t)-1] != '+' {
		return false
	}
	return strings.Trim(t, "+-=") == "" && strings.Trim(t, "+") != ""
}

// rstGridColumns is where each column of a grid table lies in its rule.
func rstGridColumns(rule string) [][2]int {
	var cols [][2]int
	start := 0
	for i := 1; i < len(rule); i++ {
		if rule[i] == '+' {
			cols = append(cols, [2]int{start, i + 1})
			start = i
		}
	}
	return cols
}

func (r *rstWriter) set(i int, s string) {
	r.out[i] = s
	r.done[i] = true
}

// write writes the lines the passes above left.
func (r *rstWriter) write() {
	skip := -1      // in a block to leave out, indented more than this
	literal := -1   // after "::", a literal block indented more than this may follow
	table := -1     // in a list-table, indented more than this
	headerRows := 0 // of the list-table, rows still to leave out
	for i, l := range r.lines {
		t := strings.TrimSpace(l)
		indent := len(l) - len(strings.TrimLeft(l, " \t"))
		if skip >= 0 || table >= 0 {
			if t == "" || indent > max(skip, table) {
				switch {
				case skip >= 0:
					r.set(i, "")
				case r.done[i]:
				case strings.HasPrefix(t, ":header-rows:"):
					headerRows, _ = strconv.Atoi(strings.TrimSpace(t[len(":header-rows:"):]))
					r.set(i, "")
				case strings.HasPrefix(t, "* "):
					headerRows--
					fallthrough
				default:
					if headerRows >= 0 {
						r.set(i, "")
					} else {
						r.set(i, r.listTableLine(t))
					}
				}
				continue
			}
			skip, table = -1, -1
		}
		if literal >= 0 && t != "" {
			if indent > literal {
				skip = literal
				r.set(i, "")
				literal = -1
				continue
			}
			literal = -1
		}
		if level, ok := r.headings[i]; ok {
			r.set(i, strings.Repeat("#", level)+" "+r.inline(t))
			continue
		}
		if cells := r.rows[i]; cells != nil {
			var b strings.Builder
			for _, c := range cells {
				b.WriteString("| " + r.inline(strings.TrimSpace(c)) + " ")
			}
			r.set(i, b.String()+"|")
			continue
		}
		if r.done[i] {
			continue
		}
		switch {
		case t == "":
			r.set(i, "")
		case strings.HasPrefix(t, ".. [") && strings.Contains(t, "] ") && rstCitation(t[len(".. ["):strings.Index(t, "] ")]):
			// A citation: an item, its text under it.
			_, text, _ := strings.Cut(t, "] ")
			r.set(i, strings.Repeat(" ", indent)+"- "+r.inline(text))
		case strings.HasPrefix(t, ".. list-table::"):
			table, headerRows = indent, 0
			r.set(i, "")
		case t == ".." || strings.HasPrefix(t, ".. "):
			skip = indent
			r.set(i, "")
		case strings.HasPrefix(t, "__ "):
			r.set(i, "")
		case t == "::":
			literal = indent
			r.set(i, "")
		case rstAdornment(t):
			r.set(i, "") // a transition
		case rstField(t):
			r.set(i, strings.Repeat(" ", indent)+orgField(r.inline(t)))
		case strings.HasPrefix(t, "| "):
			r.set(i, strings.Repeat(" ", indent)+r.inline(t[2:])) // a line block's line
		case r.term(i, indent):
			r.set(i, "- **"+r.inline(t)+"**")
		default:
			r.set(i, r.inline(l))
			if strings.HasSuffix(t, "::") {
				// "Text::" shows "Text:", and "Text ::" "Text", over a
				// literal block.
				s := strings.TrimSuffix(r.out[i], ":")
				r.set(i, strings.TrimRight(s, " "))
				if strings.HasSuffix(t, " ::") {
					r.set(i, strings.TrimRight(strings.TrimSuffix(s, ":"), " "))
				}
				literal = indent
			}
		}
	}
}

// listTableLine writes a line of a list-table's body: "* - cell" starts a
// row, an item; "- cell" is one of its other cells, a line of the item;
// the options (":header-rows: 1") are blank.
func (r *rstWriter) listTableLine(t string) string {
	switch {
	case strings.HasPrefix(t, "* - "):
		return "- " + r.inline(t[len("* - "):])
	case strings.HasPrefix(t, "- "):
		return "  " + r.inline(t[len("- "):])
	case rstField(t):
		return ""
	}
	return "  " + r.inline(t)
}

// term reports whether line i is a definition list's term: a line of
// text over a more indented one, after a blank line (or none).
func (r *rstWriter) term(i, indent int) bool {
	if indent > 0 || i+1 >= len(r.lines) || (i > 0 && strings.TrimSpace(r.lines[i-1]) != "") {
		return false
	}
	if t := strings.TrimSpace(r.lines[i]); rstBullet(t) || strings.HasPrefix(t, "|") || strings.HasPrefix(t, "+") {
		return false
	}
	next := r.lines[i+1]
	return strings.TrimSpace(next) != "" && next[0] == ' ' || next != "" && next[0] == '\t'
}

// rstCitation reports whether a label in brackets is a citation's
// ("Smith2020"), not a footnote's ("1", "#", "#note", "*"), whose text is a
// note rather than a paper.
func rstCitation(label string) bool {
	return label != "" && !allDigits(label) && !strings.ContainsAny(label[:1], "#*") && !strings.ContainsAny(label, " []")
}

// rstBullet reports whether a line starts a list item.
func rstBullet(t string) bool {
	if len(t) >= 2 && strings.ContainsRune("*-+•", rune(t[0])) && t[1] == ' ' {
		return true
	}
	if strings.HasPrefix(t, "• ") {
		return true
	}
	n := strings.IndexFunc(t, func(r rune) bool { return !unicode.IsDigit(r) && r != '#' })
	return n > 0 && n+1 < len(t) && (t[n] == '.' || t[n] == ')') && t[n+1] == ' '
}

// rstField reports whether a line is a field, ":name: value", and not a
// role that starts the line (":cite:`x`").
func rstField(t string) bool {
	if len(t) < 3 || t[0] != ':' {
		return false
	}
	end := strings.IndexByte(t[1:], ':')
	if end <= 0 || strings.ContainsAny(t[1:1+end], "`") {
		return false
	}
	rest := t[2+end:]
	return rest == "" || rest[0] == ' '
}

// inline writes a line's inline markup as Markdown's: hyperlinks,
// references to targets, literals and roles; "#." and "(1)" numbers.
func (r *rstWriter) inline(s string) string {
	lead := s[:len(s)-len(strings.TrimLeft(s, " \t"))]
	s = s[len(lead):]
	switch {
	case strings.HasPrefix(s, "#. "):
		s = "1. " + s[3:]
	case len(s) > 3 && s[0] == '(':
		if n := strings.IndexByte(s, ')'); n > 1 && n+1 < len(s) && s[n+1] == ' ' && allDigits(s[1:n]) {
			s = s[1:n] + ". " + s[n+2:]
		}
	}
	if !strings.ContainsAny(s, "`_|[:") {
		return lead + s
	}
	b := make([]byte, 0, len(lead)+len(s)+16)
	b = append(b, lead...)
	for len(s) > 0 {
		i := strings.IndexAny(s, "`_|[:")
		if i < 0 {
			b = append(b, s...)
			break
		}
		b = append(b, s[:i]...)
		s = s[i:]
		start := len(b) == len(lead) || !rstWordByte(b[len(b)-1])
		var n int
		b, n = r.markup(b, s, start, len(lead))
		if n == 0 {
			b = append(b, s[0])
			n = 1
		}
		s = s[n:]
	}
	return string(b)
}

// markup appends the inline markup at the start of s to b, when there is
// some, and returns how many bytes of s it took: 0 when s starts with
// none. start says whether s starts a word; b's first from bytes are the
// line's indentation.
func (r *rstWriter) markup(b []byte, s string, start bool, from int) ([]byte, int) {
	switch s[0] {
	case '`':
		if strings.HasPrefix(s, "``") {
			end := strings.Index(s[2:], "``")
			if end < 0 {
				return b, 0
			}
			return append(append(append(b, '`'), s[2:2+end]...), '`'), end + 4
		}
		end := strings.IndexByte(s[1:], '`')
		if end < 0 {
			return b, 0
		}
		text := s[1 : 1+end]
		n := end + 2
		anonymous, reference := false, false
		switch {
		case strings.HasPrefix(s[n:], "__"):
			anonymous, reference = true, true
			n += 2
		case strings.HasPrefix(s[n:], "_"):
			reference = true
			n++
		case strings.HasPrefix(s[n:], ":"):
			// A role after its text: "`text`:role:".
			if m := strings.IndexByte(s[n+1:], ':'); m > 0 && !strings.ContainsAny(s[n+1:n+1+m], " `") {
				n += m + 2
			}
		}
		return r.appendRef(b, text, reference, anonymous), n
	case ':':
		// A role: ":role:`text`".
		if !start {
			return b, 0
		}
		m := strings.IndexByte(s[1:], ':')
		if m <= 0 || !strings.HasPrefix(s[m+2:], "`") || strings.ContainsAny(s[1:1+m], " `") {
			return b, 0
		}
		end := strings.IndexByte(s[m+3:], '`')
		if end < 0 {
			return b, 0
		}
		text := s[m+3 : m+3+end]
		if target, ok := rstEmbedded(text); ok {
			text = target[0] // ":doc:`Title <path>`": the title
		}
		return append(b, text...), m + 4 + end
	case '|':
		// A substitution, "|name|" or "|name|_": a badge or an image.
		end := strings.IndexByte(s[1:], '|')
		if !start || end <= 0 || s[1] == ' ' || s[end] == ' ' {
			return b, 0
		}
		n := end + 2
		for n < len(s) && s[n] == '_' && n < end+4 {
			n++
		}
		if sub, ok := r.substitutions[s[1:end+1]]; ok {
			b = append(b, sub...)
		}
		return b, n
	case '[':
		// A footnote's or citation's reference, "[1]_", "[#]_",
		// "[Smith2020]_": looked for in a label's length, so that a line
		// of many "[" is not read again from each.
		end := strings.Index(s[:min(len(s), rstMaxLabel)], "]_")
		if end < 0 || strings.ContainsAny(s[1:end], " []") {
			return b, 0
		}
		return b, end + 2
	case '_':
		// A simple reference, "word_" or "word__", after its word.
		n := 1
		if strings.HasPrefix(s, "__") {
			n = 2
		}
		if start || n < len(s) && (rstWordByte(s[n]) || s[n] == '_') {
			return b, 0
		}
		w := len(b)
		for w > from && (rstWordByte(b[w-1]) || b[w-1] == '-' || b[w-1] == '.') {
			w--
		}
		word := string(b[w:])
		if word == "" || !rstWordByte(word[0]) {
			return b, 0
		}
		ref := r.appendRef(nil, word, true, n == 2)
		return append(b[:w], ref...), n
	}
	return b, 0
}

// appendRef appends interpreted text to b: a hyperlink when it is one,
// or a reference to a target that names a URL, or else the text alone.
func (r *rstWriter) appendRef(b []byte, text string, reference, anonymous bool) []byte {
	if target, ok := rstEmbedded(text); ok && reference {
		label, url := target[0], target[1]
		if strings.HasSuffix(url, "_") && !strings.Contains(url, "://") {
			url = r.targets[rstName(strings.Trim(url, "`_"))]
		}
		switch {
		case url == "":
			return append(b, label...)
		case label == "":
			return append(append(append(b, '<'), mdDest(url)...), '>')
		}
		return appendMDLink(b, label, url)
	}
	var url string
	switch {
	case anonymous && r.next < len(r.anonymous):
		url = r.anonymous[r.next]
		r.next++
	case reference && !anonymous:
		url = r.targets[rstName(text)]
	}
	if url == "" || strings.HasSuffix(url, "_") {
		return append(b, text...)
	}
	return appendMDLink(b, text, url)
}

func appendMDLink(b []byte, text, url string) []byte {
	b = append(append(append(b, '['), text...), "]("...)
	return append(append(b, mdDest(url)...), ')')
}

// rstEmbedded splits "text <url>" into its text and URL.
func rstEmbedded(s string) ([2]string, bool) {
	if !strings.HasSuffix(s, ">") {
		return [2]string{}, false
	}
	i := strings.LastIndex(s, "<")
	if i < 0 || (i > 0 && s[i-1] != ' ' && s[i-1] != '\n') {
		return [2]string{}, false
	}
	return [2]string{strings.TrimSpace(s[:i]), strings.TrimSpace(s[i+1 : len(s)-1])}, true
}

// rstWordByte reports whether c is part of a word, before inline markup
// that must start one.
func rstWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}
