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
