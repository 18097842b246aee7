package extract

import (
	"bytes"
	"context"
	"os"
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
