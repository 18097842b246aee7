package render

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/linkgraph/linkgraph/internal/extract"
	"github.com/linkgraph/linkgraph/internal/graph"
)

// MapOptions shape a map.
type MapOptions struct {
	// Title is drawn above the map; "" for none.
	Title string
	// Positions, when set, fix each node's place (in points): the map is
	// then drawn with the nop2 engine instead of being laid out.
	Positions map[string][2]float64
	// MaxInches, when above 0, scales a larger drawing down to fit a square
	// of that many inches (72 pixels each in PNG).
	MaxInches float64
	// Status, when set, gives repositories the verdict of `linkgraph
	// check` by URL: dead ones are drawn red, moved orange, archived grey.
	Status map[string]LinkStatus
	// Focus, when set, is the id of the paper node the map is drawn
	// around (render --focus): it gets a thick dark outline.
	Focus string
	// Thinned, when set, names the kinds of tie between papers of which
	// the map draws only each paper's strongest few (graph.ThinTies),
	// with how many: the legend says so.
	Thinned map[string]int
}

// LinkStatus is what `linkgraph check` found about a repository.
type LinkStatus struct {
	Status   string `json:"status"`
	FinalURL string `json:"final_url"`
	Detail   string `json:"detail"`
}

// String says what `linkgraph check` found: "moved: now URL", "dead: 404
// Not Found", "ok".
func (st LinkStatus) String() string {
	switch {
	case st.FinalURL != "":
		return st.Status + ": now " + st.FinalURL
	case st.Detail != "":
		return st.Status + ": " + st.Detail
	}
	return st.Status
}

// statusColours are the fills for checked repositories.
var statusColours = map[string]string{"dead": "#fb6a4a", "moved": "#fdae6b", "archived": "#bdbdbd"}

// palette colours communities: soft fills that keep black text readable.
var palette = []string{"#a6cee3", "#b2df8a", "#fdbf6f", "#cab2d6", "#fb9a99", "#ffff99",
	"#8dd3c7", "#bebada", "#80b1d3", "#fccde5", "#d9d9d9", "#ccebc5"}

// edgeStyle is how each relationship kind is drawn.
var edgeStyle = map[string]string{
	graph.KindCode:         `color="#555555", arrowsize=0.6`,
	graph.KindOwnedBy:      `color="#999999", style=dotted, arrowhead=none`,
	graph.KindLinksOrg:     `color="#555555", style=dashed, arrowsize=0.6`,
	graph.KindSharedRepo:   `color="#e6550d", arrowhead=none`,
	graph.KindSharedOrg:    `color="#e6550d", style=dashed, arrowhead=none`,
	graph.KindSharedAuthor: `color="#31a354", style=dashed, arrowhead=none`,
	graph.KindMentions:     `color="#3182bd", arrowsize=0.8`,
	graph.KindSimilarText:  `color="#aaaaaa", style=dotted, arrowhead=none`,
}

// fadedEdgeStyle is edgeStyle with the colours a third as opaque: how a
// map laid out by linkgraph draws the edges between two communities, so
// that the communities read as regions and what joins them stays in view.
var fadedEdgeStyle = func() map[string]string {
	const colour = `color="#`
	faded := make(map[string]string, len(edgeStyle))
	for kind, style := range edgeStyle {
		at := strings.Index(style, colour) + len(colour) + 6 // after its rrggbb
		faded[kind] = style[:at] + "55" + style[at:]
	}
	return faded
}()

// legendRows describe the edge kinds in the legend, in drawing order.
var legendRows = []struct{ kind, words, color, style string }{
	{graph.KindCode, "paper links repository", "#555555", "solid"},
	{graph.KindOwnedBy, "repository owned by", "#999999", "dotted"},
	{graph.KindSharedOrg, "code under one owner", "#e6550d", "dashed"},
	{graph.KindSharedAuthor, "same authors", "#31a354", "dashed"},
	{graph.KindSharedRepo, "same repository", "#e6550d", "solid"},
	{graph.KindMentions, "names the other's method", "#3182bd", "solid"},
	{graph.KindSimilarText, "similar text", "#aaaaaa", "dotted"},
}

// maxWholeComponents is how many connected components a map drawn by
// Graphviz may have and still be laid out whole (see DOT).
const maxWholeComponents = 4

// componentCount is how many connected components g has.
func componentCount(g *graph.Graph) int {
	index := make(map[string]int, len(g.Nodes))
	for i, n := range g.Nodes {
		index[n.ID] = i
	}
	edges := make([]springEdge, 0, len(g.Edges))
	for _, e := range g.Edges {
		a, okA := index[e.Source]
		b, okB := index[e.Target]
		if okA && okB {
			edges = append(edges, springEdge{a, b, 1})
		}
	}
	return len(components(len(g.Nodes), edges))
}

// DOT writes g as a Graphviz map: papers as boxes coloured by community,
// repositories as clickable links, each organisation that ties two or more
// papers as a labelled cluster around its repositories, edges styled by
// kind with pen width by weight, and a legend. Every label, tooltip and
// URL is escaped; only http(s) URLs become links. Output is deterministic.
func DOT(w io.Writer, g *graph.Graph, papers []*extract.Entry, opts MapOptions) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintln(bw, "digraph linkgraph {")
	if opts.Positions != nil {
		// Laid out already: Graphviz's nop2 draws nodes where they stand
		// and edges as straight lines.
		fmt.Fprintln(bw, `  graph [fontname="Helvetica", fontsize=11, splines=false, outputorder=edgesfirst, pad=0.3];`)
	} else {
		// A map of many connected components has them laid out each on
		// its own and packed together, about as wide as tall: dot alone
		// puts them one under another, and a list of papers each with
		// its own code becomes a strip. A map of a few is left whole:
		// packed, the legend, a part of its own, takes a block of the
		// picture instead of the room the map leaves in a corner.
		pack := ""
		if componentCount(g) > maxWholeComponents {
			pack = ", pack=true"
		}
		fmt.Fprintf(bw, "  graph [fontname=\"Helvetica\", fontsize=11, rankdir=LR, overlap=false, splines=true, outputorder=edgesfirst, pad=0.3, nodesep=0.25, ranksep=0.6%s];\n", pack)
	}
	fmt.Fprintln(bw, `  node [fontname="Helvetica", fontsize=10, shape=box, style="rounded,filled", fillcolor="#eeeeee", color="#666666", penwidth=0.8, margin="0.08,0.04"];`)
	fmt.Fprintln(bw, `  edge [fontname="Helvetica", fontsize=8, penwidth=1];`)
	if opts.MaxInches > 0 {
		fmt.Fprintf(bw, "  size=\"%g,%g\";\n", opts.MaxInches, opts.MaxInches)
	}
	if opts.Title != "" {
		fmt.Fprintf(bw, "  label=%s; labelloc=t; fontsize=16;\n", quote(opts.Title))
	}
	ties := orgPapers(g)
	fills := communityFills(g)
	inCluster := map[string]string{}
	if opts.Positions == nil {
		// Clusters need a layout engine that draws them; nop2 does not,
		// and a map laid out already marks such organisations instead.
		inCluster = clusterMembers(g, ties)
	}
	for _, n := range g.Nodes {
		if _, ok := inCluster[n.ID]; !ok {
			writeNode(bw, n, papers, ties, fills, opts)
		}
	}
	for i, c := range clusters(g, inCluster, ties) {
		fmt.Fprintf(bw, "  subgraph cluster_%d {\n", i)
		fmt.Fprintf(bw, "    label=%s; tooltip=%s; URL=%s; style=\"rounded,filled\"; fillcolor=\"#fff5eb\"; color=\"#e6550d\"; fontcolor=\"#a63603\";\n",
			quote(c.org.Label+"  ("+strconv.Itoa(c.papers)+" papers)"), quoteTip("code of "+strconv.Itoa(c.papers)+" papers under "+c.org.Label), quoteURL(c.org.URL))
		for _, n := range c.members {
			bw.WriteString("  ")
			writeNode(bw, n, papers, ties, fills, opts)
		}
		fmt.Fprintln(bw, "  }")
	}
	var communityOf map[string]int
	if opts.Positions != nil {
		communityOf = make(map[string]int, len(g.Nodes))
		for _, n := range g.Nodes {
			communityOf[n.ID] = n.Community
		}
	}
	faded := false
	for _, e := range g.Edges {
		style := edgeStyle[e.Kind]
		if communityOf != nil && communityOf[e.Source] != communityOf[e.Target] {
			style = fadedEdgeStyle[e.Kind]
			faded = true
		}
		fmt.Fprintf(bw, "  %s -> %s [%s, penwidth=%s, tooltip=%s];\n", quote(e.Source), quote(e.Target),
			style, strconv.FormatFloat(penWidth(e), 'f', 2, 64), quoteTip(e.Kind+": "+e.Evidence))
	}
	drawn := legendKeys{edges: map[string]bool{}, nodes: map[string]bool{},
		faded: faded, status: opts.Status != nil, focus: opts.Focus != ""}
	for _, e := range g.Edges {
		drawn.edges[e.Kind] = true
	}
	for _, n := range g.Nodes {
		drawn.nodes[n.Kind] = true
	}
	writeLegend(bw, drawn, opts.Positions, opts.Thinned)
	fmt.Fprintln(bw, "}")
	return bw.Flush()
}

// penWidth draws heavier relationships with a wider pen.
func penWidth(e graph.Edge) float64 {
	switch e.Kind {
	case graph.KindCode, graph.KindOwnedBy, graph.KindLinksOrg:
		return 1
	}
	w := 0.8 + 2.5*e.Weight
	if w > 4 {
		w = 4
	}
	return w
}

func writeNode(bw *bufio.Writer, n graph.Node, papers []*extract.Entry, ties map[string]int, fills map[int]string, opts MapOptions) {
	attrs := []string{}
	switch n.Kind {
	case graph.NodePaper:
		e := papers[n.Paper]
		attrs = append(attrs, "label="+quote(ShortName(e.Title)), "tooltip="+quoteTip(paperTooltip(e)),
			`fillcolor="`+fills[n.Community]+`"`)
		if n.URL != "" {
			attrs = append(attrs, "URL="+quoteURL(n.URL))
		}
		if n.ID == opts.Focus {
			attrs = append(attrs, `color="#222222"`, `penwidth=3`, `fontsize=12`)
		}
	case graph.NodeRepo:
		fill, tip := "#ffffff", n.URL
		if st, ok := opts.Status[n.URL]; ok {
			if c, ok := statusColours[st.Status]; ok {
				fill = c
			}
			tip += "\n" + st.String()
		}
		attrs = append(attrs, "label="+quote(repoLabel(n.Label)), "tooltip="+quoteTip(tip), "URL="+quoteURL(n.URL),
			`shape=note`, `fillcolor="`+fill+`"`, `fontcolor="#08519c"`, `target="_blank"`)
	case graph.NodeOrg:
		if ties[n.ID] >= 2 && opts.Positions != nil {
			// No cluster on a map laid out already: the organisation
			// that ties papers stands out by itself.
			tip := "code of " + strconv.Itoa(ties[n.ID]) + " papers under " + n.Label + "\n" + n.URL
			attrs = append(attrs, "label="+quote(n.Label), "tooltip="+quoteTip(tip), "URL="+quoteURL(n.URL),
				`shape=house`, `fillcolor="#fdae6b"`, `color="#e6550d"`, `penwidth=2`, `fontcolor="#a63603"`)
			break
		}
		attrs = append(attrs, "label="+quote(n.Label), "tooltip="+quoteTip(n.URL), "URL="+quoteURL(n.URL),
			`shape=house`, `fillcolor="#fdd0a2"`)
	}
	if p, ok := opts.Positions[n.ID]; ok {
		attrs = append(attrs, fmt.Sprintf(`pos="%.1f,%.1f!"`, p[0], p[1]))
	}
	fmt.Fprintf(bw, "  %s [%s];\n", quote(n.ID), strings.Join(attrs, ", "))
}

// writeLegend draws what the edge styles of the kinds drawn, and the
// shapes and colours of the kinds of nodes drawn, mean, as one table
// node: the key is text of our own, never listing text. On a map laid
// out already (positions) it stands left of
// the map, placed by hand, and grows with a map wider than legendWidth
// points, so that it can still be read where the whole map is shrunk to
// fit a picture.
// legendKeys is what a map draws that its legend explains.
type legendKeys struct {
	edges  map[string]bool // the kinds of edges drawn
	nodes  map[string]bool // the kinds of nodes drawn
	faded  bool            // edges between communities, drawn faint
	status bool            // repositories coloured by check's verdicts
	focus  bool            // the paper a --focus map is drawn around
}

func writeLegend(bw *bufio.Writer, drawn legendKeys, positions map[string][2]float64, thinned map[string]int) {
	placed := positions != nil
	scale := 1.0
	for _, p := range positions {
		scale = max(scale, math.Round(p[0]/legendWidth*10)/10)
	}
	pt := func(v float64) string { return strconv.FormatFloat(math.Round(v*scale*100)/100, 'f', -1, 64) }
	var b strings.Builder
	b.WriteString(`<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="` + pt(2) + `" CELLPADDING="` + pt(2) + `">`)
	b.WriteString(`<TR><TD COLSPAN="2"><B>Legend</B></TD></TR>`)
	for _, r := range legendRows {
		if !drawn.edges[r.kind] {
			continue
		}
		words := r.words
		if n := thinned[r.kind]; n > 0 {
			words += fmt.Sprintf(" (%d strongest a paper)", n)
		}
		fmt.Fprintf(&b, `<TR>%s<TD ALIGN="LEFT">%s</TD></TR>`, legendLine(r.color, r.style, pt, min(2*scale, 3)), words)
	}
	if drawn.faded {
		fmt.Fprintf(&b, `<TR>%s<TD ALIGN="LEFT">faint: joins two clusters</TD></TR>`, legendLine("#55555555", "solid", pt, min(2*scale, 3)))
	}
	// Coloured squares rather than filled cells: go-graphviz's PNG
	// renderer fills a whole table with a cell's colour.
	b.WriteString(`<TR><TD ALIGN="LEFT"><FONT COLOR="#80b1d3">■</FONT> paper</TD><TD ALIGN="LEFT">colour: cluster of related papers</TD></TR>`)
	if drawn.focus {
		b.WriteString(`<TR><TD ALIGN="LEFT"><FONT COLOR="#222222">■</FONT> paper</TD><TD ALIGN="LEFT">thick dark outline: the one the map is drawn around</TD></TR>`)
	}
	if drawn.nodes[graph.NodeRepo] {
		b.WriteString(`<TR><TD ALIGN="LEFT"><FONT COLOR="#08519c">□ repository</FONT></TD><TD ALIGN="LEFT">links to its page</TD></TR>`)
	}
	if drawn.nodes[graph.NodeOrg] {
		tied := "boxed when it ties papers together"
		if placed {
			tied = "darker, outlined, when it ties papers together"
		}
		b.WriteString(`<TR><TD ALIGN="LEFT"><FONT COLOR="#fdae6b">■</FONT> owner</TD><TD ALIGN="LEFT">` + tied + `</TD></TR>`)
	}
	if drawn.status && drawn.nodes[graph.NodeRepo] {
		for _, st := range []string{"dead", "moved", "archived"} {
			fmt.Fprintf(&b, `<TR><TD ALIGN="LEFT"><FONT COLOR="%s">■</FONT> repository</TD><TD ALIGN="LEFT">%s</TD></TR>`, statusColours[st], st)
		}
	}
	b.WriteString(`</TABLE>>`)
	pos := ""
	if placed {
		pos = `, pos="-` + pt(200) + `,0!"`
	}
	fmt.Fprintf(bw, "  legend [shape=box, style=\"rounded\", color=\"#bbbbbb\", fontsize=%s, margin=%s, label=%s%s];\n", pt(9), pt(0.05), b.String(), pos)
}

// legendLine is a legend row's sample of an edge's line: the bottom
// border of an empty cell, or of a row of cells for its dashes or dots.
// Text could draw it only in a font with box-drawing characters; and a
// cell's own STYLE="dashed" or "dotted" makes Graphviz's WebAssembly build
// write the rest of the legend's drawing wrong (it reads past the style's
// end), which a PNG is drawn from. The line grows less than the legend
// (pt), or dashes would read as dots.
func legendLine(colour, style string, pt func(float64) string, width float64) string {
	border := strconv.FormatFloat(width, 'f', -1, 64)
	on, off := 48.0, 0.0
	switch style {
	case "dashed":
		on, off = 5, 3
	case "dotted":
		on, off = 2, 4
	}
	if off == 0 {
		return `<TD ALIGN="LEFT" WIDTH="` + pt(48) + `" HEIGHT="` + pt(8) + `" SIDES="B" BORDER="` + border + `" COLOR="` + colour + `"></TD>`
	}
	var b strings.Builder
	b.WriteString(`<TD ALIGN="LEFT"><TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="0"><TR>`)
	for x := 0.0; x+on <= 48; x += on + off {
		b.WriteString(`<TD WIDTH="` + pt(on) + `" HEIGHT="` + pt(8) + `" SIDES="B" BORDER="` + border + `" COLOR="` + colour + `"></TD>`)
		if x+on+off+on <= 48 {
			b.WriteString(`<TD WIDTH="` + pt(off) + `" HEIGHT="` + pt(8) + `"></TD>`)
		}
	}
	b.WriteString(`</TR></TABLE></TD>`)
	return b.String()
}

// legendWidth is how wide a map laid out already may be, in points, before
// its legend grows with it.
const legendWidth = 2500

// cluster is an organisation drawn around its repositories.
type cluster struct {
	org     graph.Node
	papers  int
	members []graph.Node
}

// orgPapers counts, for each organisation node, the papers it ties: those
// that link one of its repositories or its page.
func orgPapers(g *graph.Graph) map[string]int {
	repoOrg := map[string]string{}
	for _, e := range g.Edges {
		if e.Kind == graph.KindOwnedBy {
			repoOrg[e.Source] = e.Target
		}
	}
	papersOf := map[string]map[string]bool{}
	for _, e := range g.Edges {
		org := ""
		switch e.Kind {
		case graph.KindCode:
			org = repoOrg[e.Target]
		case graph.KindLinksOrg:
			org = e.Target
		}
		if org != "" {
			if papersOf[org] == nil {
				papersOf[org] = map[string]bool{}
			}
			papersOf[org][e.Source] = true
		}
	}
	n := make(map[string]int, len(papersOf))
	for org, ps := range papersOf {
		n[org] = len(ps)
	}
	return n
}

// clusterMembers maps each node drawn inside an organisation's cluster to
// that organisation: orgs that tie two or more papers, with their repositories.
func clusterMembers(g *graph.Graph, ties map[string]int) map[string]string {
	in := map[string]string{}
	for _, e := range g.Edges {
		if e.Kind == graph.KindOwnedBy && ties[e.Target] >= 2 {
			in[e.Source] = e.Target
		}
	}
	for org, n := range ties {
		if n >= 2 {
			in[org] = org
		}
	}
	return in
}

func clusters(g *graph.Graph, in map[string]string, ties map[string]int) []cluster {
	byOrg := map[string]*cluster{}
	var orgs []string
	for _, n := range g.Nodes {
		org, ok := in[n.ID]
		if !ok {
			continue
		}
		c := byOrg[org]
		if c == nil {
			c = &cluster{papers: ties[org]}
			byOrg[org] = c
			orgs = append(orgs, org)
		}
		if n.ID == org {
			c.org = n
		}
		c.members = append(c.members, n)
	}
	sort.Strings(orgs)
	out := make([]cluster, 0, len(orgs))
	for _, o := range orgs {
		out = append(out, *byOrg[o])
	}
	return out
}

// ShortName is a paper's label on a map: its method's name (the title's
// prefix before a colon, when short), or its title cut to about five words,
// wrapped onto lines of about 24 characters.
func ShortName(title string) string { return wrap(shortTitle(title), 24) }

// shortTitle is ShortName on one line.
func shortTitle(title string) string {
	name := title
	if prefix, _, ok := strings.Cut(title, ":"); ok && len(strings.Fields(prefix)) <= 4 {
		name = prefix
	} else if words := strings.Fields(title); len(words) > 6 {
		name = strings.Join(words[:5], " ") + "…"
	}
	return strings.TrimSpace(name)
}

// wrap breaks s into lines of about width characters at spaces.
func wrap(s string, width int) string {
	var lines []string
	line := ""
	for _, w := range strings.Fields(s) {
		if line != "" && utf8.RuneCountInString(line)+1+utf8.RuneCountInString(w) > width {
			lines = append(lines, line)
			line = w
			continue
		}
		if line != "" {
			line += " "
		}
		line += w
	}
	if line != "" {
		lines = append(lines, line)
	}
	return strings.Join(lines, "\n")
}

// repoLabel shows a repository as owner/name on two lines.
func repoLabel(label string) string {
	parts := strings.SplitN(label, "/", 2)
	if len(parts) == 2 {
		return parts[1]
	}
	return label
}

func paperTooltip(e *extract.Entry) string {
	var b strings.Builder
	b.WriteString(e.Title)
	if by := authorsLine(e, 3); by != "" {
		b.WriteString("\n" + by)
	}
	b.WriteString("\n" + paperMeta(e, true))
	return b.String()
}

// authorsLine names up to most of a paper's authors, with "et al." when
// they are not all of them (or the listing does not say how many); "" when
// it names none.
func authorsLine(e *extract.Entry, most int) string {
	names := e.AuthorNames
	if len(names) == 0 {
		return ""
	}
	by := strings.Join(names[:min(len(names), most)], ", ")
	if len(names) > most || e.Authors != len(names) {
		by += " et al."
	}
	return by
}

// paperMeta is a paper's date, venue, number of authors (when counted
// and known), upvotes and code status, as one line.
func paperMeta(e *extract.Entry, counted bool) string {
	var meta []string
	if e.Date != "" {
		meta = append(meta, e.Date)
	} else if e.DateText != "" {
		meta = append(meta, e.DateText)
	}
	if e.Venue != "" {
		meta = append(meta, e.Venue)
	}
	if counted && e.Authors >= 0 {
		meta = append(meta, strconv.Itoa(e.Authors)+" authors")
	}
	if e.Upvotes > 0 {
		// Lists without upvotes (Markdown, BibTeX) would all show 0.
		meta = append(meta, strconv.Itoa(e.Upvotes)+" upvotes")
	}
	meta = append(meta, "code: "+string(e.CodeStatus))
	return strings.Join(meta, " · ")
}

// quote makes s a DOT double-quoted string whose text Graphviz shows as
// written: backslashes are doubled, so that "\N" or "\b" in a hostile
// title stay text; quotes are escaped; line breaks become centred "\n";
// other control characters are dropped.
func quote(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '\\':
			b.WriteString(`\\`)
		case r == '"':
			b.WriteString(`\"`)
		case r == '\n':
			b.WriteString(`\n`)
		case r < 0x20 || r == 0x7f || r == utf8.RuneError:
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// quoteTip quotes a tooltip. Graphviz expands escapes in tooltips twice,
// so a doubled backslash still turns "\N" into the node's name; tooltips
// show a backslash as the look-alike U+29F5 instead.
func quoteTip(s string) string {
	return quote(strings.ReplaceAll(s, `\`, "\u29f5"))
}

// quoteURL quotes an http(s) URL; anything else becomes an empty link.
func quoteURL(u string) string {
	return quote(safeURL(u))
}

// safeURL is u when it is an http(s) address, else "": the only links a
// map or its page makes.
func safeURL(u string) string {
	lu := strings.ToLower(u)
	if strings.HasPrefix(lu, "https://") || strings.HasPrefix(lu, "http://") {
		return u
	}
	return ""
}
