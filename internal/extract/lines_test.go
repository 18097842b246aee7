package extract

import (
	"bytes"
	"compress/gzip"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"
)

// TestUTF16 reads a listing saved as UTF-16 with a byte order mark, little
// or big endian, as the UTF-8 listing it stands for, where a NUL would
// otherwise make it a binary file.
func TestUTF16(t *testing.T) {
	data, err := os.ReadFile("../../testdata/daily-papers.txt")
	if err != nil {
		t.Fatal(err)
	}
	read := func(src []byte) (string, error) {
		var out bytes.Buffer
		err := New(Options{}).Read(context.Background(), "l.txt", bytes.NewReader(src), func(e *Entry) error {
			out.Write(e.AppendJSON(nil))
			out.WriteByte('\n')
			return nil
		}, func(err error) { t.Errorf("problem: %v", err) })
		return out.String(), err
	}
	want, err := read(data)
	if err != nil {
		t.Fatal(err)
	}
	units := utf16.Encode([]rune(string(data)))
	le, be := []byte{0xff, 0xfe}, []byte{0xfe, 0xff}
	for _, u := range units {
		le = append(le, byte(u), byte(u>>8))
		be = append(be, byte(u>>8), byte(u))
	}
	for name, src := range map[string][]byte{"little endian": le, "big endian": be} {
		got, err := read(src)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if got != want {
			t.Errorf("%s: entries differ from the UTF-8 listing's", name)
		}
	}
}

// TestGzip reads a gzip-compressed listing as what it holds, its format
// told by its name without ".gz" and by its content, and reports a
// damaged one as an error naming the file.
func TestGzip(t *testing.T) {
	gz := func(b []byte) []byte {
		var buf bytes.Buffer
		w := gzip.NewWriter(&buf)
		w.Write(b)
		w.Close()
		return buf.Bytes()
	}
	for _, path := range []string{"../../testdata/daily-papers.txt", "../../testdata/corpus/chrisliu298__awesome-llm-unlearning.md"} {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		name := filepath.Base(path)
		want, _, err := readFrom(bytes.NewReader(data), name, Options{})
		if err != nil {
			t.Fatal(err)
		}
		got, problems, err := readFrom(bytes.NewReader(gz(data)), name+".gz", Options{})
		if err != nil || len(got) != len(want) || len(problems) != 0 {
			t.Fatalf("%s.gz: %d entries of %d, problems %v, err %v", name, len(got), len(want), problems, err)
		}
		for i := range got {
			got[i].Source.File = want[i].Source.File
			if g, w := got[i].AppendJSON(nil), want[i].AppendJSON(nil); !bytes.Equal(g, w) {
				t.Fatalf("%s.gz entry %d:\n got %s\nwant %s", name, i, g, w)
			}
		}
	}
	damaged := gz([]byte("Title\n\nhttps://github.com/a/b\n"))
	_, _, err := readFrom(bytes.NewReader(damaged[:len(damaged)-6]), "l.txt.gz", Options{})
	if err == nil || !strings.Contains(err.Error(), "l.txt.gz") || !strings.Contains(err.Error(), "gzip") {
		t.Errorf("damaged gzip: got %v, want a gzip error naming the file", err)
	}
}
