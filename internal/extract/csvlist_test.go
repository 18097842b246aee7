package extract

import (
	"context"
	"fmt"
	"reflect"
	"strings"
	"testing"
)

// TestCSV reads spreadsheets of papers: a reading list with its own
// column names (Paper, Authors, Year, Venue, Code, Notes), links in any
// cell, a row without a title skipped; the same saved as TSV; and
// linkgraph's own extract --format csv, whose authors column is a count
// beside author_names, and whose cells a formula guard may open.
func TestCSV(t *testing.T) {
	list := "Paper,Authors,Year,Venue,Code,Notes\n" +
		"Sparse Things Unlearn Faster,\"Ann Smith, Bob Jones\",2024,ICML 2024,https://github.com/lab/sparse,see https://arxiv.org/abs/2401.00111\n" +
		",Nobody,2020,,,\n" +
		"\"Dense Things, Remembered\",Carl Lee,2023-05-01,,,\n"
	tsv := strings.ReplaceAll("Title|arXiv ID|Upvotes\nA Tabbed Paper Title|2401.00112v2|7\n", "|", "\t")
	own := "id,title,date,date_text,authors,author_names,upvotes,code_status,file,line,code_urls,other_urls\n" +
		"x,'=Formula Looking Title,2024-03-11,\"Mar 11, 2024\",4,,12,linked,a.txt,3,https://github.com/a/b https://github.com/a/c,https://arxiv.org/abs/2403.00001\n"
	var got []string
	for _, f := range []struct{ name, src string }{{"list.csv", list}, {"list.tsv", tsv}, {"own.csv", own}} {
		for _, e := range readFormat(t, f.name, f.src, FormatAuto) {
			got = append(got, fmt.Sprintf("%s:%d %s %q %d %s %s %q %d %s %q", f.name, e.Source.Line, e.Title, e.AuthorNames, e.Authors,
				e.Date, e.DateText, e.Venue, e.Upvotes, e.ArxivID, urls(e)))
		}
	}
	want := []string{
		`list.csv:2 Sparse Things Unlearn Faster ["Ann Smith" "Bob Jones"] 2  2024 "ICML 2024" 0 2401.00111 ["code https://github.com/lab/sparse" "paper https://arxiv.org/abs/2401.00111"]`,
		`list.csv:4 Dense Things, Remembered ["Carl Lee"] 1 2023-05-01 2023-05-01 "" 0  []`,
		`list.tsv:2 A Tabbed Paper Title [] -1   "" 7 2401.00112 ["paper https://arxiv.org/abs/2401.00112"]`,
		`own.csv:2 =Formula Looking Title [] 4 2024-03-11 Mar 11, 2024 "" 12 2403.00001 ["code https://github.com/a/b" "code https://github.com/a/c" "paper https://arxiv.org/abs/2403.00001"]`,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("entries:\n got %q\nwant %q", got, want)
	}
}

// TestCSVExports reads the spreadsheets that databases and reference
// managers export, by their own column names: IEEE Xplore's ("Document
// Title", "Publication Title", "Publication Year", "PDF Link"), Scopus's
// ("Author full names" surname first, with ids, "Source title"), Zotero's
// ("Author" surname first, "Abstract Note") and Web of Science's
// tab-delimited file, headed by field tags (TI, AF, SO), found by them.
func TestCSVExports(t *testing.T) {
	ieee := `"Document Title","Authors","Author Affiliations","Publication Title","Date Added To Xplore","Publication Year","Abstract","DOI","PDF Link"` + "\n" +
		`"Sparse Things Unlearn Faster","A. Smith; B. Jones","Lab","IEEE Transactions on Things","2024-03-01","2024","We prune things. Code: https://github.com/lab/sparse","10.1109/TT.2024.1","https://ieeexplore.ieee.org/stamp/stamp.jsp?arnumber=1"` + "\n"
	scopus := `Authors,Author full names,Author(s) ID,Title,Year,Source title,DOI,Link,Abstract` + "\n" +
		`"Lee C.; Moe D.","Lee, Carl (57200000001); Moe, Dana (57200000002)","57200000001; 57200000002","Dense things remember more",2023,"Journal of Dense Things","10.1000/dense.7","https://www.scopus.com/inward/record.uri?eid=2-s2.0-1","We study dense things."` + "\n"
	zotero := `"Key","Item Type","Publication Year","Author","Title","Publication Title","DOI","Url","Abstract Note","Date"` + "\n" +
		`"ABCD1234","journalArticle","2022","Roe, Eve; Poe, Dan","Small things count","Journal of Small Things","","https://github.com/lab/small","We count small things.","2022-06-01"` + "\n"
	wos := "PT\tAU\tAF\tTI\tSO\tPY\tAB\tDI\tUT\n" +
		"J\tLee, C\tLee, Carl\tLarge things last\tJOURNAL OF LARGE THINGS\t2021\tWe keep large things.\t10.1000/large.2\tWOS:000000000000001\n"
	var got []string
	for _, f := range []struct{ name, src string }{{"ieee.csv", ieee}, {"scopus.csv", scopus}, {"zotero.csv", zotero}, {"savedrecs.txt", wos}} {
		for _, e := range readFormat(t, f.name, f.src, FormatAuto) {
			got = append(got, fmt.Sprintf("%s %s %q %s %q %q %q", f.name, e.Title, e.AuthorNames, e.DateText, e.Venue, e.Abstract, urls(e)))
		}
	}
	want := []string{
		`ieee.csv Sparse Things Unlearn Faster ["A. Smith" "B. Jones"] 2024 "IEEE Transactions on Things" "We prune things. Code: https://github.com/lab/sparse" ["paper https://doi.org/10.1109/TT.2024.1" "paper https://ieeexplore.ieee.org/stamp/stamp.jsp?arnumber=1" "code https://github.com/lab/sparse"]`,
		`scopus.csv Dense things remember more ["Carl Lee" "Dana Moe"] 2023 "Journal of Dense Things" "We study dense things." ["paper https://doi.org/10.1000/dense.7" "other https://www.scopus.com/inward/record.uri?eid=2-s2.0-1"]`,
		`zotero.csv Small things count ["Eve Roe" "Dan Poe"] 2022-06-01 "Journal of Small Things" "We count small things." ["code https://github.com/lab/small"]`,
		`savedrecs.txt Large things last ["Carl Lee"] 2021 "JOURNAL OF LARGE THINGS" "We keep large things." ["paper https://doi.org/10.1000/large.2"]`,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("entries:\n got %q\nwant %q", got, want)
	}
}

// TestCSVWithoutTitles reports a table whose header names no titles.
func TestCSVWithoutTitles(t *testing.T) {
	err := New(Options{}).Read(context.Background(), "t.csv", strings.NewReader("a,b\n1,2\n"), func(*Entry) error { return nil }, func(error) {})
	if err == nil || err.Error() != "t.csv:1: "+ErrNoTitleColumn.Error() {
		t.Errorf("error %v", err)
	}
}

// FuzzCSV reads any text as a table: no panic, and every entry well made.
func FuzzCSV(f *testing.F) {
	f.Add("title,authors,date,code\nT,\"A, B\",2024,https://github.com/a/b\n")
	f.Add("Title\tarxiv\nT\t2401.00001\n\"unclosed\n")
	f.Add("id,title,authors,author_names\nx,'+T,3,\n")
	f.Fuzz(func(t *testing.T, src string) { fuzzRead(t, FormatCSV, "f.csv", src) })
}
