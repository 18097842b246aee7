/*
Linkgraph reads research-paper listings, finds every code link in them, and
tells what is connected to what.

Usage:

	linkgraph <command> [flags] FILE...

A FILE is a listing: a saved Hugging Face "Daily Papers" page (text or
HTML), a saved arXiv listing or search page, a Google Scholar profile or
search, a dblp or ACM Digital Library page, any HTML page of lists,
tables or publications (academic sites' themes such as al-folio,
Wowchemy and academicpages, proceedings volumes, OpenReview's venue
pages, bibliographies as Zotero and Pandoc write them); a Markdown
awesome-list (bullets or tables) or note about one paper (by its front
matter), an Org-mode reading list, a reStructuredText list or Sphinx
page, a LaTeX bibliography (.bbl) or CV, a spreadsheet (CSV or TSV with
a header, as IEEE Xplore, Scopus and Web of Science export them too),
any text with links (a paper's references copied from its PDF, a
reading list of titles with their links or authors); BibTeX, RIS, CSL
JSON, RDF (as Zotero exports a library), EndNote's XML or Web of
Science's plain text; an RSS or Atom feed (arXiv's API and RSS,
journals'), arXiv's daily mailing of new submissions saved as text,
dblp's XML, the JSON of the Hugging Face daily-papers API and of
Semantic Scholar's, OpenAlex's, OpenReview's, Crossref's, dblp's and
bioRxiv's, Papers with Code's dumps (code links, abstracts), the arXiv
metadata snapshot (a paper a JSON line), or linkgraph's own JSON lines.
The format is picked by extension, then by content; --input-format names
it. --base-url gives the address of HTML pages saved without one, for
their relative links. A directory is read as one listing (a folder of
notes, one paper each) of the .md, .org, .rst, .tex, .bbl, .html, .bib,
.ris, .json, .jsonl, .csv, .tsv, .txt, .rss, .atom and .rdf files under
it, and of its .xml files that are feeds or bibliographies. "-" reads
standard input; with no FILE, linkgraph reads standard input when it is
not a terminal.

Commands:

	extract     list the entries of listings with their classified links
	orgs        rank the organisations that tie papers together
	related     rank the papers related to one paper, and say why
	graph       write the whole relationship graph (JSON, GraphML, CSV, VOSviewer)
	render      draw the map (SVG, PNG, HTML, DOT)
	check       check which code links are dead, moved or archived
	version     print linkgraph's version
	completion  write a shell's completion script (bash, zsh, fish, powershell)

Exit status: 0 on success, 1 when the command found problems, 2 for usage
or input errors (a missing, binary or empty file, a bad line). Problems
with one file do not stop the others, and good entries from a file with
bad lines are still printed.

Run "linkgraph <command> --help" for a command's flags and examples.
*/
package main
