package extract

import (
	"bytes"
	"strconv"
	"strings"

	"golang.org/x/text/unicode/norm"
)

// readLaTeX reads LaTeX: a bibliography (a .bbl as BibTeX writes it, or
// the thebibliography of a paper's source) or a document's lists (the
// publications of a CV), written as Markdown a line for each line
// (latexMarkdown) and read as Markdown is; or the .bbl biber writes for
// biblatex, written as BibTeX (biblatexBibTeX) and read as BibTeX is.
func (x *Extractor) readLaTeX(lr *lineReader, emit func(*rawEntry)) error {
	src, err := readWhole(lr, MaxWholeBytes, MaxLineBytes, "LaTeX file")
	if err != nil {
		return err
	}
	if bytes.Contains(src, []byte(`\endentry`)) {
		parseBibTeX(biblatexBibTeX(src), lr, emit) // biblatex's .bbl
	} else {
		parseTamed(latexMarkdown(src), emit)
	}
	return nil
}

// latexMarkdown writes LaTeX as Markdown, a line for each line: each
// \bibitem and \item is an item, its lines joined on the first (the lines
// after it blank) and an arXiv identifier it names ("arXiv:2504.03579")
// linked, \section and its kin are headings, and the markup of
// text is Markdown's (\href and \url links, \emph and \textbf, accents,
// Greek letters); the preamble, comments, environments' edges and other
// commands give nothing but their text.
func latexMarkdown(src []byte) []byte {
	lines := strings.Split(string(src), "\n")
	for i, l := range lines {
		lines[i] = latexComment(strings.TrimRight(l, " \t\r"))
	}
	out := make([]string, len(lines))
	from, to := 0, len(lines)
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if strings.HasPrefix(t, `\begin{document}`) {
			from = i + 1
		}
		if strings.HasPrefix(t, `\end{document}`) {
			to = i
			break
		}
	}
	for i := from; i < to; i++ {
		t := strings.TrimSpace(lines[i])
		switch {
		case t == "", latexSetup(t):
		case latexItem(t):
			// The item's lines, up to the next item, a blank line, or an
			// environment's edge.
			end := i + 1
			for end < to && end < i+latexMaxItemLines {
				n := strings.TrimSpace(lines[end])
				if n == "" || latexItem(n) || strings.HasPrefix(n, `\begin{`) || strings.HasPrefix(n, `\end{`) || latexSectioning(n) >= 0 {
					break
				}
				end++
			}
			text := latexItemText(strings.Join(lines[i:end], "\n"))
			item := latexReference(text)
			if item == "" {
				item = strings.TrimSpace(latexInline(text))
			}
			if id := arxivIDIn(item); id != "" && !strings.Contains(item, "arxiv.org/") {
				// "arXiv:2504.03579, 2025": the paper's address, as a
				// bibliography gives it.
				item += " <https://arxiv.org/abs/" + id + ">"
			}
			out[i] = "- " + item
			i = end - 1
		case latexSectioning(t) >= 0:
			out[i] = latexHeading(t)
		case strings.HasPrefix(t, `\begin{`), strings.HasPrefix(t, `\end{`):
			// An environment's edge; what follows it on the line is text.
			if _, rest, ok := strings.Cut(t, "}"); ok && strings.TrimSpace(rest) != "" && !strings.HasPrefix(strings.TrimSpace(rest), "{") {
				out[i] = latexInline(rest)
			}
		default:
			out[i] = latexInline(lines[i])
		}
	}
	return []byte(strings.Join(out, "\n"))
}

// latexReference writes a bibliography's item in blocks, as BibTeX's
// styles write one ("Authors.", "\newblock Title.", "\newblock In Venue,
// 2024.", "\newblock \url{...}"), with its title first, linked to its
// first address: "[Title](url). Authors. In Venue, 2024. <url>", which the
// Markdown reader takes as a paper whatever its links are, and whether or
// not it names a venue or a year. The title is the second block after
// authors, or when it has neither an address nor a year (the first is
// then a name the Markdown reader does not know for one: "xjdr-alt.",
// "LLVM Project."), and else the first (a reference without authors). It
// returns "" for an item of fewer blocks, or with no address, which the
// Markdown reader reads as it is.
func latexReference(text string) string {
	if !strings.Contains(text, `\newblock`) {
		return ""
	}
	var blocks []string
	for _, b := range strings.Split(text, `\newblock`) {
		if b = strings.TrimSpace(latexInline(b)); b != "" {
			blocks = append(blocks, b)
		}
	}
	if len(blocks) < 2 {
		return ""
	}
	url := firstMarkdownURL(strings.Join(blocks, " "))
	if url == "" {
		return ""
	}
	t := 1
	if _, _, names := authorList(strings.TrimRight(blocks[0], ".")); !names && (firstMarkdownURL(blocks[1]) != "" || hasYear(blocks[1])) {
		t = 0
	}
	title := strings.TrimRight(blocks[t], ". ")
	rest := append(append([]string{}, blocks[:t]...), blocks[t+1:]...)
	if !strings.Contains(title, "](") {
		title = "[" + title + "](" + url + ")"
	} // else linked already: "\href{url}{Title}"
	// The year, which BibTeX's styles write after the venue ("In Venue,
	// 2023."), where the Markdown reader looks for none, as a tag after
	// the title, where it does: "[Title](url) (2023).".
	for _, b := range blocks[t+1:] {
		if y := blockYear(b); y != "" && firstMarkdownURL(b) == "" {
			title += " (" + y + ")"
			break
		}
	}
	return title + ". " + strings.Join(rest, " ")
}

// blockYear is the first year a block of a reference names as a word of
// its own ("2023." in "In Venue, 2023.", "2024a"), or "".
func blockYear(b string) string {
	for _, w := range strings.FieldsFunc(b, func(r rune) bool { return r == ' ' || r == ',' || r == '(' || r == ')' }) {
		w = strings.TrimRight(w, ".;:*")
		if len(w) == 5 && w[4] >= 'a' && w[4] <= 'z' {
			w = w[:4] // natbib's "2024a"
		}
		if y, ok := yearOf(w); ok {
			return strconv.Itoa(y)
		}
	}
	return ""
}

// firstMarkdownURL is the first address of a Markdown link ("[text](url)"
// or "<url>") in s, or "".
func firstMarkdownURL(s string) string {
	i := strings.Index(s, "](http")
	j := strings.Index(s, "<http")
	switch {
	case i < 0 && j < 0:
		return ""
	case j >= 0 && (i < 0 || j < i):
		end := strings.IndexByte(s[j:], '>')
		if end < 0 {
			return ""
		}
		return s[j+1 : j+end]
	}
	end := strings.IndexByte(s[i:], ')')
	if end < 0 {
		return ""
	}
	return s[i+2 : i+end]
}

// latexMaxOption is the longest an optional argument ("[...]") is.
const latexMaxOption = 512

// latexMaxItemLines is the most lines an item's text is joined from; the
// lines past it are read as lines of their own.
const latexMaxItemLines = 200

// latexComment cuts a line's comment off: from a "%" that no backslash
// escapes, outside a \url's or \href's address, where "%20" is no comment.
func latexComment(l string) string {
	if strings.IndexByte(l, '%') < 0 {
		return l
	}
	closes := true // whether a "}" may follow yet
	for i := 0; i < len(l); i++ {
		switch {
		case l[i] == '\\' && i+1 < len(l):
			if closes && (strings.HasPrefix(l[i:], `\url{`) || strings.HasPrefix(l[i:], `\href{`)) {
				if end := strings.IndexByte(l[i:], '}'); end > 0 {
					i += end
					continue
				}
				closes = false
			}
			i++ // "\%", "\\"
		case l[i] == '%':
			return strings.TrimRight(l[:i], " \t")
		}
	}
	return l
}

// latexItem reports whether a line starts an item of a list or a
// bibliography.
func latexItem(t string) bool {
	for _, cmd := range []string{`\bibitem`, `\item`} {
		if strings.HasPrefix(t, cmd) && (len(t) == len(cmd) || !isLetter(t[len(cmd)])) {
			return true
		}
	}
	return false
}

// latexItemText drops an item's command: "\bibitem[label]{key}" or
// "\item[label]", keeping a description list's label as a tag.
func latexItemText(s string) string {
	s = strings.TrimSpace(s)
	bib := strings.HasPrefix(s, `\bibitem`)
	s = strings.TrimPrefix(strings.TrimPrefix(s, `\bibitem`), `\item`)
	label := ""
	if strings.HasPrefix(s, "[") {
		if end := matchingBracket(s); end > 0 {
			label, s = s[1:end], s[end+1:]
		}
	}
	if bib {
		// The key, and natbib's label ("Jia et~al.(2023)Jia, Liu..."),
		// name the entry, not the paper.
		if strings.HasPrefix(strings.TrimLeft(s, " \n"), "{") {
			s = strings.TrimLeft(s, " \n")
			if end := strings.IndexByte(s, '}'); end > 0 {
				s = s[end+1:]
			}
		}
		return s
	}
	if label != "" {
		// A description list's label, in brackets as the tags lists
		// open items with ("[ICML 2024] Title").
		return "[" + label + "] " + s
	}
	return s
}

// matchingBracket is where the "]" that closes the "[" s opens with is,
// or -1: looked for in the length an optional argument has at most, so
// that a line of many "[" is not read again from each.
func matchingBracket(s string) int {
	depth := 0
	for i := 0; i < len(s) && i < latexMaxOption; i++ {
		switch s[i] {
		case '[', '{':
			depth++
		case ']', '}':
			depth--
			if depth == 0 {
				return i
			}
		}
	}
	return -1
}

// latexSectioning is the level of the sectioning command a line opens
// with (\title 0, \chapter 1, \section 2, ...), or -1 for a line that
// opens with none.
func latexSectioning(t string) int {
	for level, cmd := range []string{`\title{`, `\chapter`, `\section`, `\subsection`, `\subsubsection`, `\paragraph`} {
		if rest, ok := strings.CutPrefix(t, cmd); ok && (level == 0 || strings.HasPrefix(strings.TrimPrefix(rest, "*"), "{")) {
			return level
		}
	}
	return -1
}

// latexHeading writes a line that opens with a sectioning command as a
// Markdown heading.
func latexHeading(t string) string {
	level := latexSectioning(t)
	_, rest, _ := strings.Cut(t, "{")
	return strings.Repeat("#", min(level+1, 6)) + " " + strings.TrimSpace(latexInline("{"+rest))
}

// latexInline writes a line's LaTeX as Markdown text.
func latexInline(s string) string {
	return strings.Join(strings.Fields(latexConvert(s, true)), " ")
}

// latexText writes LaTeX as plain text, as BibTeX's fields hold it:
// accents applied (M{\"u}ller is Müller), the text of other commands
// kept, braces and math's dollars dropped, a link as its text and address.
func latexText(s string) string { return latexConvert(s, false) }

// latexConvert writes LaTeX as text, with Markdown's marks and links when
// markdown is set.
func latexConvert(s string, markdown bool) string {
	if !strings.ContainsAny(s, "\\$~") && !strings.Contains(s, "--") && !strings.Contains(s, "``") && !strings.Contains(s, "''") {
		// No markup but braces, at most: most of a bibliography's
		// fields ("{SalUn}: Empowering ...").
		if strings.ContainsAny(s, "{}") {
			return braceStripper.Replace(s)
		}
		return s
	}
	c := &latexWriter{src: s, markdown: markdown}
	c.match = braceMatches(s, c.small[:0])
	var b strings.Builder
	b.Grow(len(s))
	c.write(&b, 0, len(s), 0)
	return b.String()
}

// braceMatches finds, for each "{" of s, the "}" that closes it, and the
// other way round, in one pass: -1 where there is none. It fills buf
// where s fits in it.
func braceMatches(s string, buf []int32) []int32 {
	if !strings.ContainsAny(s, "{}") {
		return nil
	}
	match := buf[:min(len(s), cap(buf))]
	if len(match) < len(s) {
		match = make([]int32, len(s))
	}
	var open []int32
	for i := 0; i < len(s); i++ {
		match[i] = -1
		switch {
		case s[i] == '\\':
			if i+1 < len(s) {
				i++
				match[i] = -1
			}
		case s[i] == '{':
			open = append(open, int32(i))
		case s[i] == '}' && len(open) > 0:
			o := open[len(open)-1]
			open = open[:len(open)-1]
			match[o], match[i] = int32(i), o
		}
	}
	return match
}

type latexWriter struct {
	src      string
	match    []int32
	markdown bool
	small    [64]int32 // match's room for a field's braces, with the writer
}

// latexMaxDepth is how deep groups are written as groups; deeper ones
// are written as their text alone, without the switches they hold.
const latexMaxDepth = 32

// write writes src[i:end] to b.
func (c *latexWriter) write(b *strings.Builder, i, end, depth int) {
	s := c.src
	for i < end {
		// Plain text up to the next byte that may be markup, in one write.
		j := i
		for j < end && !latexSpecial[s[j]] {
			j++
		}
		b.WriteString(s[i:j])
		if i = j; i >= end {
			break
		}
		switch ch := s[i]; {
		case ch == '\\':
			i = c.command(b, i, end, depth)
		case ch == '{':
			close := int(c.match[i])
			if close < 0 || close > end {
				i++
				continue
			}
			c.group(b, i+1, close, depth+1)
			i = close + 1
		case ch == '}', ch == '$':
			i++
		case ch == '~':
			b.WriteByte(' ')
			i++
		case strings.HasPrefix(s[i:end], "---"):
			b.WriteString("—")
			i += 3
		case strings.HasPrefix(s[i:end], "--"):
			b.WriteString("–")
			i += 2
		case strings.HasPrefix(s[i:end], "``"), strings.HasPrefix(s[i:end], "''"):
			b.WriteByte('"')
			i += 2
		default:
			b.WriteByte(ch)
			i++
		}
	}
}

var braceStripper = strings.NewReplacer("{", "", "}", "")

// latexSpecial are the bytes that may open markup.
var latexSpecial = func() (t [256]bool) {
	for _, c := range []byte("\\{}$~-`'") {
		t[c] = true
	}
	return t
}()

// group writes a group's text, src[i:end]: "{\em text}" and "{\bf text}"
// as emphasis and bold, "{SalUn}" as its text.
func (c *latexWriter) group(b *strings.Builder, i, end, depth int) {
	if depth > latexMaxDepth {
		b.WriteString(strings.NewReplacer("{", "", "}", "", "\\", "").Replace(c.src[i:end]))
		return
	}
	inner := strings.TrimLeft(c.src[i:end], " ")
	for _, sw := range []struct{ cmd, mark string }{{`\em`, "*"}, {`\it`, "*"}, {`\bf`, "**"}, {`\sl`, "*"}, {`\sc`, ""}, {`\tt`, ""}} {
		if strings.HasPrefix(inner, sw.cmd) && (len(inner) == len(sw.cmd) || !isLetter(inner[len(sw.cmd)])) {
			from := end - len(inner) + len(sw.cmd)
			c.mark(b, sw.mark, from, end, depth)
			return
		}
	}
	c.write(b, i, end, depth)
}

// mark writes src[i:end] between Markdown's marks of emphasis, with no
// space inside them ("*text*").
func (c *latexWriter) mark(b *strings.Builder, mark string, i, end, depth int) {
	var inner strings.Builder
	c.write(&inner, i, end, depth)
	text := strings.TrimSpace(inner.String())
	if text == "" || mark == "" || !c.markdown {
		b.WriteString(text)
		return
	}
	b.WriteString(mark + text + mark)
}

// arg returns the bounds of the argument in braces at or after i (after
// spaces), or ok false.
func (c *latexWriter) arg(i, end int) (from, to int, ok bool) {
	for i < end && c.src[i] == ' ' {
		i++
	}
	if i >= end || c.src[i] != '{' || c.match[i] < 0 || int(c.match[i]) >= end {
		return 0, 0, false
	}
	return i + 1, int(c.match[i]), true
}

// command writes the command at src[i] and returns where its arguments
// end.
func (c *latexWriter) command(b *strings.Builder, i, end, depth int) int {
	s := c.src
	if i+1 >= end {
		b.WriteByte('\\') // a backslash that ends the text
		return end
	}
	// A command of one character that is no letter: "\&", "\\", "\'".
	if !isLetter(s[i+1]) {
		ch := s[i+1]
		switch {
		case strings.IndexByte(latexAccents, ch) >= 0:
			return c.accent(b, latexCombining[strings.IndexByte(latexAccents, ch)], i+2, end, depth)
		case strings.IndexByte(`&%$#_{}`, ch) >= 0:
			b.WriteByte(ch)
		default: // "\\", "\,", "\ ", "\-"
			if ch != '-' && ch != '/' {
				b.WriteByte(' ')
			}
		}
		return i + 2
	}
	j := i + 1
	for j < end && isLetter(s[j]) {
		j++
	}
	name := s[i+1 : j]
	if j < end && s[j] == '*' {
		j++
	}
	// An optional argument, "[...]", which no command below needs but
	// \showeprint's kind.
	opt := ""
	if k := j; k < end && s[k] == '[' {
		if close := matchingBracket(s[k:end]); close > 0 {
			opt, j = s[k+1:k+close], k+close+1
		}
	}
	if mark, ok := latexMark[name]; ok {
		if from, to, ok := c.arg(j, end); ok {
			c.mark(b, mark, from, to, depth+1)
			return to + 1
		}
		return j
	}
	if combining, ok := latexLetterAccent[name]; ok {
		return c.accent(b, combining, j, end, depth)
	}
	if text, ok := latexSymbols[name]; ok {
		b.WriteString(text)
		if j < end && s[j] == '{' && c.match[j] == int32(j+1) {
			return j + 2 // "\ss{}"
		}
		for j < end && s[j] == ' ' {
			j++ // as TeX reads "Stra\ss e"
		}
		return j
	}
	switch name {
	case "url", "doi", "path":
		from, to, ok := c.arg(j, end)
		if !ok {
			return j
		}
		u := strings.TrimSpace(s[from:to])
		if name == "doi" && !strings.Contains(u, "://") {
			u = "https://doi.org/" + u
		}
		c.link(b, "", u)
		return to + 1
	case "href", "Eprint":
		from, to, ok := c.arg(j, end)
		if !ok {
			return j
		}
		tf, tt, ok := c.arg(to+1, end)
		if !ok {
			// Its text on another line: the address alone.
			c.link(b, "", strings.TrimSpace(s[from:to]))
			return to + 1
		}
		var text strings.Builder
		c.write(&text, tf, tt, depth+1)
		c.link(b, strings.TrimSpace(text.String()), strings.TrimSpace(s[from:to]))
		return tt + 1
	case "showeprint", "eprint":
		from, to, ok := c.arg(j, end)
		if !ok {
			return j
		}
		id := strings.TrimSpace(s[from:to])
		if opt == "" || strings.EqualFold(opt, "arxiv") {
			c.link(b, "", "https://arxiv.org/abs/"+id)
		} else {
			b.WriteString(id)
		}
		return to + 1
	case "bibinfo", "bibfield":
		// ACM's and revtex's "\bibinfo{title}{The title}": the second.
		if _, to, ok := c.arg(j, end); ok {
			if vf, vt, ok := c.arg(to+1, end); ok {
				c.write(b, vf, vt, depth+1)
				return vt + 1
			}
			return to + 1
		}
		return j
	case "natexlab":
		// "2023\natexlab{a}": the year's letter.
		if from, to, ok := c.arg(j, end); ok {
			b.WriteString(s[from:to])
			return to + 1
		}
		return j
	}
	if latexNoArgs[name] {
		b.WriteByte(' ')
		for j < end && s[j] >= '0' && s[j] <= '9' {
			j++ // "\penalty0"
		}
		return j
	}
	if latexDropped[name] {
		for {
			_, to, ok := c.arg(j, end)
			if !ok {
				return j
			}
			j = to + 1
		}
	}
	// Any other command: the text of its arguments.
	for {
		from, to, ok := c.arg(j, end)
		if !ok {
			return j
		}
		c.write(b, from, to, depth+1)
		b.WriteByte(' ')
		j = to + 1
	}
}

// link writes a link: in Markdown "[text](url)", or "<url>" with no
// text; as plain text, the text and the address.
func (c *latexWriter) link(b *strings.Builder, text, url string) {
	switch {
	case !c.markdown:
		b.WriteString(strings.TrimSpace(text + " " + url))
	case text == "":
		b.WriteString(" <" + mdDest(url) + "> ")
	default:
		b.WriteString("[" + text + "](" + mdDest(url) + ")")
	}
}

// accent writes the letter at src[i] (or in braces there) with an
// accent: composed with it where Unicode has the letter accented ("é"),
// else followed by the combining character.
func (c *latexWriter) accent(b *strings.Builder, combining string, i, end, depth int) int {
	for i < end && c.src[i] == ' ' {
		i++
	}
	var letter string
	switch from, to, ok := c.arg(i, end); {
	case ok && to == from+1 && c.src[from] != '\\':
		letter, i = c.src[from:to], to+1 // "\"{u}"
	case ok:
		var inner strings.Builder // "\v{\i}", "\c{\c{c}}"
		c.write(&inner, from, to, depth+1)
		letter, i = inner.String(), to+1
	case i < end && c.src[i] != '\\':
		letter, i = c.src[i:i+1], i+1 // "\"u"
	default:
		return i
	}
	if len(letter) == 1 {
		if composed, ok := latexComposed[letter+combining]; ok {
			b.WriteString(composed) // most accents: a Latin letter's
			return i
		}
	}
	var in, out [16]byte
	b.Write(norm.NFC.Append(out[:0], append(append(in[:0], letter...), combining...)...))
	return i
}

// latexComposed holds each ASCII letter with each accent, composed where
// Unicode has it so.
var latexComposed = func() map[string]string {
	m := map[string]string{}
	var marks []string
	marks = append(marks, latexCombining...)
	for _, c := range latexLetterAccent {
		marks = append(marks, c)
	}
	for _, mark := range marks {
		for l := byte('A'); l <= 'z'; l++ {
			if isLetter(l) {
				m[string(l)+mark] = norm.NFC.String(string(l) + mark)
			}
		}
	}
	return m
}()

// The accents of one mark ("\'e") and their combining characters.
const latexAccents = "'`^\"~=."

var latexCombining = []string{"\u0301", "\u0300", "\u0302", "\u0308", "\u0303", "\u0304", "\u0307"}

// latexLetterAccent are the accents named by a letter ("\c{c}", "\v{s}").
var latexLetterAccent = map[string]string{
	"c": "\u0327", "v": "\u030c", "u": "\u0306", "H": "\u030b", "r": "\u030a", "k": "\u0328", "d": "\u0323", "b": "\u0331",
}

// latexNoArgs are the commands of layout that take no argument: the text
// after them is the document's.
var latexNoArgs = map[string]bool{
	"newblock": true, "newline": true, "linebreak": true, "par": true, "hfill": true, "relax": true, "protect": true,
	"penalty": true, "BibitemOpen": true, "noindent": true, "smallskip": true, "medskip": true, "bigskip": true,
	"centering": true, "raggedright": true, "item": true, "bibitem": true, "ifx": true, "fi": true, "else": true,
	"expandafter": true, "csname": true, "endcsname": true, "begingroup": true, "endgroup": true, "maketitle": true,
}

// latexDropped are the commands whose arguments are no text to read:
// references, spacing, figures, definitions.
var latexDropped = map[string]bool{
	"label": true, "ref": true, "eqref": true, "cite": true, "citep": true, "citet": true, "citeauthor": true,
	"citeyear": true, "nocite": true, "includegraphics": true, "vspace": true, "hspace": true, "noopsort": true,
	"urlstyle": true, "BibitemShut": true, "footnotemark": true, "providecommand": true, "newcommand": true,
	"renewcommand": true, "bibliographystyle": true, "bibliography": true, "usepackage": true,
	"documentclass": true, "pagestyle": true, "thispagestyle": true, "setlength": true, "addtolength": true,
}

// latexSetup reports whether a line defines or sets up, rather than
// writes: a command's definition, a package, the class.
func latexSetup(t string) bool {
	for _, cmd := range []string{`\providecommand`, `\newcommand`, `\renewcommand`, `\def`, `\let`, `\expandafter`,
		`\usepackage`, `\documentclass`, `\bibliographystyle`, `\setlength`} {
		if strings.HasPrefix(t, cmd) {
			return true
		}
	}
	return false
}

// latexMark are the commands of emphasis and what Markdown marks them
// with; the others of text style give their text alone.
var latexMark = map[string]string{
	"emph": "*", "textit": "*", "textsl": "*", "textbf": "**",
	"textsc": "", "textrm": "", "textsf": "", "texttt": "", "textup": "", "textmd": "", "mbox": "", "text": "",
	"enquote": "", "bibnamefont": "", "bibfnamefont": "", "citenamefont": "", "showarticletitle": "", "uppercase": "",
}

// latexSymbols are the commands that stand for a letter or a sign.
var latexSymbols = map[string]string{
	"ss": "ß", "o": "ø", "O": "Ø", "ae": "æ", "AE": "Æ", "oe": "œ", "OE": "Œ", "aa": "å", "AA": "Å", "l": "ł", "L": "Ł",
	"i": "ı", "j": "ȷ", "ldots": "…", "dots": "…", "textendash": "–", "textemdash": "—", "LaTeX": "LaTeX", "TeX": "TeX",
	"alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ε", "varepsilon": "ε", "zeta": "ζ", "eta": "η",
	"theta": "θ", "iota": "ι", "kappa": "κ", "lambda": "λ", "mu": "μ", "nu": "ν", "xi": "ξ", "pi": "π", "rho": "ρ",
	"sigma": "σ", "tau": "τ", "phi": "φ", "varphi": "φ", "chi": "χ", "psi": "ψ", "omega": "ω", "Gamma": "Γ",
	"Delta": "Δ", "Theta": "Θ", "Lambda": "Λ", "Xi": "Ξ", "Pi": "Π", "Sigma": "Σ", "Phi": "Φ", "Psi": "Ψ", "Omega": "Ω",
	"ell": "ℓ", "infty": "∞", "times": "×", "cdot": "·", "le": "≤", "ge": "≥", "textquotesingle": "'", "textquotedbl": "\"",
	"textbackslash": "\\", "textasciitilde": "~", "textasciicircum": "^", "textbar": "|", "textless": "<", "textgreater": ">",
	"em": "", "it": "", "bf": "", "sl": "", "sc": "", "tt": "",
}
