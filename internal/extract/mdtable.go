package extract

import (
	"sort"
	"strings"
	"unicode"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
)

// table reads a GFM table whose header names the columns.
func (p *markdownParser) table(t *east.Table) {
	var columns []string
	guessed := false // the title column, where the header names none
	for row := t.FirstChild(); row != nil; row = row.NextSibling() {
		if _, ok := row.(*east.TableHeader); ok {
			for cell := row.FirstChild(); cell != nil; cell = cell.NextSibling() {
				name := strings.ToLower(strings.Trim(collapseSpace(p.text(cell)), "*_ "))
				if en, ok := columnNames[name]; ok {
					name = en
				}
				columns = append(columns, name)
			}
			if strings.Join(columns, "") == "" {
				if c := p.titleColumn(t); c >= 0 {
					columns[c], guessed = "title", true // a header with no names
				}
			}
			continue
		}
		cells := map[string]ast.Node{}
		i := 0
		for cell := row.FirstChild(); cell != nil; cell = cell.NextSibling() {
			name := ""
			if i < len(columns) {
				name = columns[i]
			}
			cells[name] = cell
			i++
		}
		paperColumn := func(name string) bool { return strings.Contains(name, "title") || name == "paper" || name == "papers" }
		titleCell := columnCell(columns, cells, func(name string) bool { return strings.Contains(name, "title") })
		if titleCell == nil {
			titleCell = columnCell(columns, cells, func(name string) bool { return name == "paper" || name == "papers" || name == "name" || name == "work" })
		}
		if titleCell == nil {
			if titleCell = p.linkedTitleCell(row); titleCell == nil {
				continue
			}
		}
		if columnCell(columns, cells, paperColumn) == nil {
			// A table of names ("| [MNIST](url) | 28 x 28 |") lists
			// papers only where its rows link papers or code.
			if rowLinks := p.links(row); !linksKind(rowLinks, KindPaper) && !linksKind(rowLinks, KindCode) {
				continue
			}
		}
		if papers := p.cellPapers(titleCell, row); len(papers) > 1 {
			for _, re := range papers {
				p.emit(re) // "[Title](url) (2025)<br>[Title](url) (2024)": one cell, several papers
			}
			continue
		}
		title, dest := leadingLink(titleCell, p.src)
		if strings.HasPrefix(dest, "#") {
			continue
		}
		if label, _ := linkLabel(title); label && dest != "" {
			// "| SalUn | [PDF](url) |": the paper column links the
			// paper, a name or method column titles it, else a first
			// column of names ("| **Benchmarks** | ... | **Paper** |").
			named := columnCell(columns, cells, func(name string) bool {
				return name == "name" || name == "short name" || strings.HasPrefix(name, "method") || strings.HasPrefix(name, "model")
			})
			if named == nil && len(columns) > 0 && !notNameColumns[columns[0]] {
				named = cells[columns[0]]
			}
			if named == nil || named == titleCell {
				continue
			}
			if title = trimTitle(p.cellTitle(named)); !strings.ContainsFunc(title, unicode.IsLetter) {
				continue
			}
		}
		if dest == "" {
			// A title without its link: a paper if its column says it
			// holds papers ("Title", "Paper"), else an entry if the row
			// links something, its code or page.
			title = trimTitle(p.cellTitle(titleCell))
			if title == "" || len(p.links(row)) == 0 && (guessed || columnCell(columns, cells, paperColumn) != titleCell) {
				continue
			}
		}
		re := &rawEntry{title: collapseSpace(title), line: p.line(row), authors: -1, section: p.section()}
		re.explicit = p.linksAfter(dest, titleCell)
		names := make([]string, 0, len(cells))
		for name := range cells {
			names = append(names, name)
		}
		sort.Strings(names)
		for _, name := range names {
			if cells[name] == titleCell {
				continue
			}
			p.setField(re, name, collapseSpace(p.text(cells[name])), cells[name])
		}
		p.emit(re)
	}
}

// titleColumn guesses the title column of a table whose header names no
// column (a reStructuredText table without a header is written with an
// empty one): the column whose cells most often read as titles in title
// case, as long as at least half the rows' do. It returns -1 for none.
func (p *markdownParser) titleColumn(t *east.Table) int {
	var titled []int
	rows := 0
	for row := t.FirstChild(); row != nil; row = row.NextSibling() {
		if _, ok := row.(*east.TableHeader); ok {
			continue
		}
		rows++
		c := 0
		for cell := row.FirstChild(); cell != nil; cell = cell.NextSibling() {
			text := plainTitle(collapseSpace(p.plainText(cell, false)))
			if titleWords(text) && titleCased(text) && !strings.Contains(text, "://") {
				for len(titled) <= c {
					titled = append(titled, 0)
				}
				titled[c]++
			}
			c++
		}
	}
	best := -1
	for c, n := range titled {
		if 2*n >= rows && n > 0 && (best < 0 || n > titled[best]) {
			best = c
		}
	}
	return best
}

// columnNames are the English names of the columns Chinese lists head
// their tables with ("| 论文 | 作者 | 年份 | 会议 | 代码 |").
var columnNames = map[string]string{"论文": "paper", "标题": "title", "题目": "title", "论文标题": "title",
	"论文名称": "title", "名称": "name", "方法": "method", "模型": "model", "作者": "authors", "年份": "year",
	"日期": "date", "时间": "date", "发表时间": "date", "会议": "venue", "期刊": "venue", "会议/期刊": "venue",
	"出处": "venue", "代码": "code", "源码": "code", "代码链接": "code", "摘要": "abstract"}

// notNameColumns are the columns that open a table without naming its
// rows' papers: a date, a venue, a number, a topic.
var notNameColumns = map[string]bool{"": true, "#": true, "no": true, "no.": true, "index": true, "id": true,
	"date": true, "year": true, "time": true, "published": true, "month": true, "venue": true, "conference": true,
	"journal": true, "publication": true, "type": true, "category": true, "topic": true, "task": true,
	"tasks": true, "field": true, "area": true, "domain": true, "keywords": true, "tags": true}

// linkedTitleCell finds the title of a row in a table with no title
// column, as in a list of datasets or tools: a cell that opens with a
// link to a paper under its title ("| [UnlearnCanvas](repo) | 24K | ... |
// [UnlearnCanvas: A Stylized Image Dataset ...](arXiv) |"), else a first
// cell that opens with a link to code under a title ("| [MUSE: Machine
// Unlearning Six-Way Evaluation ...](repo) | 4k | ..."). A name alone
// ("[MNIST](url)", "[Synthetic PII](repo)") titles no paper.
func (p *markdownParser) linkedTitleCell(row ast.Node) ast.Node {
	for cell := row.FirstChild(); cell != nil; cell = cell.NextSibling() {
		if title, dest := leadingLink(cell, p.src); titleWords(title) && linksKind([]string{dest}, KindPaper) {
			return cell
		}
	}
	first := row.FirstChild()
	if first == nil {
		return nil
	}
	if title, dest := leadingLink(first, p.src); titleWords(title) && linksKind([]string{dest}, KindCode) {
		return first
	}
	return nil
}

// columnCell is the row's cell in the first column whose name is, or nil.
func columnCell(columns []string, cells map[string]ast.Node, is func(name string) bool) ast.Node {
	for _, name := range columns {
		if c, ok := cells[name]; ok && is(name) {
			return c
		}
	}
	return nil
}

// cellTitle is the title in a table cell that does not open with its
// link: its bold or italic opening ("**Title**<br>Authors"), else its
// text up to a line break or a labelled link ("Title [[pdf]](url)").
func (p *markdownParser) cellTitle(cell ast.Node) string {
	if em, ok := leadingInline(cell, p.src).(*ast.Emphasis); ok {
		return inlineText(em, p.src)
	}
	var b strings.Builder
	for c := cell.FirstChild(); c != nil; c = c.NextSibling() {
		if h, ok := c.(*ast.RawHTML); ok && isBreak(h, p.src) {
			break
		}
		if l, ok := c.(*ast.Link); ok && b.Len() > 0 {
			if label, _ := linkLabel(collapseSpace(inlineText(l, p.src))); label {
				break
			}
		}
		b.WriteString(inlineText(c, p.src))
	}
	return unquote(trimTitle(b.String()))
}

// unquote drops the quotation marks around a whole title, and what a
// cell adds after them in parentheses ("“Title” (Frontiers in ...)").
func unquote(s string) string {
	if t, after, ok := cutQuoted(s); ok && t != "" {
		if after = strings.TrimSpace(after); after == "" || strings.HasPrefix(after, "(") && strings.HasSuffix(after, ")") {
			return t
		}
	}
	return s
}

// cellPapers reads a table cell that lists papers on lines of its own,
// parted by <br>: each line that opens with a link titled as a paper
// starts one, with the year or venue in parentheses after it and the
// links of the lines up to the next ("[Title](arXiv) (2025, arXiv)<br>
// <sub>notes</sub><br>[Title](url) (2024, TACL) · [Card](url)"). The
// other cells speak of the row's papers together, and give none of them
// a field. It returns fewer than two papers for any other cell.
func (p *markdownParser) cellPapers(cell, row ast.Node) []*rawEntry {
	var papers []*rawEntry
	var re *rawEntry
	var after strings.Builder // the text after the title's link, on its line
	lineStart := true
	for c := cell.FirstChild(); c != nil; c = c.NextSibling() {
		if isBreakNode(c, p.src) {
			lineStart = true
			continue
		}
		if t, ok := c.(*ast.Text); ok && lineStart && !hasWordRune(t.Segment.Value(p.src)) {
			continue // the space before a line's first inline
		}
		if l, ok := c.(*ast.Link); ok && lineStart {
			title := collapseSpace(inlineText(l, p.src))
			dest := string(l.Destination)
			// A line that links code after a paper's is that paper's
			// ("[Official implementation](repo)").
			code := re != nil && linksKind([]string{dest}, KindCode)
			if label, _ := linkLabel(title); !label && !code && titleWords(title) && !strings.HasPrefix(dest, "#") {
				if re != nil {
					p.setTag(re, yearParen(after.String()))
				}
				after.Reset()
				re = &rawEntry{title: title, line: p.line(row), authors: -1, section: p.section()}
				papers = append(papers, re)
			}
		}
		lineStart = false
		if re != nil {
			re.explicit = append(re.explicit, p.links(c)...)
			if _, ok := c.(*ast.Link); !ok {
				after.WriteString(inlineText(c, p.src))
			}
		}
	}
	if re != nil {
		p.setTag(re, yearParen(after.String()))
	}
	return papers
}
