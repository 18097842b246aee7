package extract

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"testing"
	"testing/iotest"
)

// items returns the elements arrayItems cuts src into, each with its line,
// and the error that ended the cutting (nil at the array's end).
func items(src string) (elems []string, lines []int, err error) {
	a := newArrayItems(newLineReader(strings.NewReader(src), "a.json", func(error) {}))
	for {
		b, line, err := a.next()
		if errors.Is(err, io.EOF) {
			return elems, lines, nil
		}
		if err != nil {
			return elems, lines, err
		}
		elems = append(elems, string(b))
		lines = append(lines, line)
	}
}

// decoderItems is what encoding/json's streaming decoder makes of the
// elements of the array src, compacted.
func decoderItems(t *testing.T, src string) []string {
	dec := json.NewDecoder(strings.NewReader(src))
	if _, err := dec.Token(); err != nil {
		t.Fatal(err)
	}
	var out []string
	for dec.More() {
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		json.Compact(&b, raw)
		out = append(out, b.String())
	}
	return out
}

func compacted(elems []string) []string {
	var out []string
	for _, e := range elems {
		var b bytes.Buffer
		if err := json.Compact(&b, []byte(e)); err != nil {
			out = append(out, "NOT JSON "+e)
			continue
		}
		out = append(out, b.String())
	}
	return out
}

// TestArrayItems cuts arrays into their elements at their lines, whatever
// their strings hold (quotes, brackets, escapes, line breaks escaped or
// not), across the reader's buffer, after a byte order mark.
func TestArrayItems(t *testing.T) {
	long := strings.Repeat(`x\"]}`, 30000) // longer than the reader's buffer
	src := "\xef\xbb\xbf\n  [\n" +
		`{"title": "A [b] {c} \"d\" \\", "n": [1, [2, {"x": "]"}]]},` + "\n" +
		`  "a string, not a paper" ,` + "\n\n" +
		`true , null,-1.5e3,` +
		`{"title": "` + long + `"},` + "\n" +
		`[{"x": "\u005d\n"}],` + "\n" +
		`{}` + "\n]\n"
	elems, lines, err := items(src)
	if err != nil {
		t.Fatal(err)
	}
	// encoding/json takes no byte order mark; arrayItems passes over it.
	if got, want := compacted(elems), decoderItems(t, strings.TrimPrefix(src, "\xef\xbb\xbf")); !slices.Equal(got, want) {
		t.Fatalf("elements %.200q,\nwant %.200q", got, want)
	}
	if want := []int{3, 4, 6, 6, 6, 6, 7, 8}; !slices.Equal(lines, want) {
		t.Errorf("lines %v, want %v", lines, want)
	}
}

// TestArrayItemsBad ends on what is not an array, or breaks off, with an
// error at its line.
func TestArrayItemsBad(t *testing.T) {
	tests := []struct {
		src, want string
		line      int
		elems     int
	}{
		{"", "not JSON", 1, 0},
		{" \n {\"a\": 1}", "want a JSON array", 2, 0},
		{"[{\"a\": 1}\n{\"b\": 2}]", "want a comma", 2, 1},
		{"[{\"a\": 1},\n]", "a comma before ]", 2, 1},
		{"[{\"a\": \"1}]", "breaks off inside a paper", 1, 0},
		{"[{\"a\": 1},\n\n", "breaks off", 3, 1},
		{"[1", "breaks off", 1, 0},
	}
	for _, tt := range tests {
		elems, _, err := items(tt.src)
		var ie *InputError
		if !errors.As(err, &ie) || !strings.Contains(err.Error(), tt.want) || ie.Line != tt.line || len(elems) != tt.elems {
			t.Errorf("%.30q: %d elements, err %v; want %d, %q at line %d", tt.src, len(elems), err, tt.elems, tt.want, tt.line)
		}
	}
}

// TestArrayItemsTooBig passes over an element over maxElementBytes, and
// reports it at its line, keeping the elements around it.
func TestArrayItemsTooBig(t *testing.T) {
	big := `{"a": "` + strings.Repeat("x", maxElementBytes) + `"}`
	src := "[{\"a\": 1},\n" + big + ",\n" + big + ",\n{\"b\": [2]}]"
	var problems []error
	a := newArrayItems(newLineReader(strings.NewReader(src), "a.json", func(err error) { problems = append(problems, err) }))
	var elems []string
	var lines []int
	for {
		b, line, err := a.next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		elems = append(elems, string(b))
		lines = append(lines, line)
	}
	if fmt.Sprint(elems, lines) != `[{"a": 1} {"b": [2]}] [1 4]` {
		t.Errorf("elements %q at lines %v", elems, lines)
	}
	var at []int
	for _, p := range problems {
		var ie *InputError
		if errors.As(p, &ie) && strings.Contains(p.Error(), "over 16 MiB, skipped") {
			at = append(at, ie.Line)
		}
	}
	if fmt.Sprint(at) != "[2 3]" || len(problems) != 2 {
		t.Errorf("problems %v, want two at lines 2 and 3", problems)
	}
}

// TestJSONArrayTooBig reads the papers around an oversized one and one
// that is not a paper, and reports both (from the goroutine that reads and
// the one that emits: run with -race).
func TestJSONArrayTooBig(t *testing.T) {
	big := `{"paper": {"id": "2301.00002", "title": "` + strings.Repeat("x", maxElementBytes) + `"}}`
	src := `[{"paper": {"id": "2301.00001", "title": "Good One"}},` + "\n" + big + ",\n" +
		`"not a paper",` + "\n" + `{"paper": {"id": "2301.00003", "title": "Good Two"}}]`
	entries, problems, err := readString("daily.json", src)
	if err != nil {
		t.Fatal(err)
	}
	var titles []string
	for _, e := range entries {
		titles = append(titles, e.Title)
	}
	if strings.Join(titles, "|") != "Good One|Good Two" {
		t.Errorf("titles %q", titles)
	}
	var lines []int
	for _, p := range problems {
		var ie *InputError
		if errors.As(p, &ie) {
			lines = append(lines, ie.Line)
		}
	}
	if fmt.Sprint(lines) != "[2 3]" || !strings.Contains(problems[0].Error(), "over 16 MiB") || !strings.Contains(problems[1].Error(), "skipped") {
		t.Errorf("problems %v, want the big paper at line 2 and the string at line 3", problems)
	}
}

// TestArrayItemsReadError reports a failed read as itself, at its line,
// not as JSON that breaks off.
func TestArrayItemsReadError(t *testing.T) {
	fire := errors.New("disk on fire")
	for _, head := range []string{`[{"a": 1},` + "\n", `[{"a": 1},` + "\n" + `{"b": "`, `[` + "\n" + `tru`} {
		r := io.MultiReader(strings.NewReader(head), iotest.ErrReader(fire))
		a := newArrayItems(newLineReader(r, "a.json", func(error) {}))
		var err error
		for err == nil {
			_, _, err = a.next()
		}
		var ie *InputError
		if !errors.Is(err, fire) || !errors.As(err, &ie) || ie.Line != 2 {
			t.Errorf("%q: err %v, want the read's error at line 2", head, err)
		}
	}
}

// FuzzArrayItems: a valid JSON array is cut into the elements
// encoding/json reads, at lines that never go back; anything else ends.
func FuzzArrayItems(f *testing.F) {
	f.Add(`[{"a": "b\"]"}, [1, {"c": []}], "s", 1, true]`)
	f.Add("[\n{\"a\":\n\"\\\\\"}\n,\n2]")
	f.Add(`[{"a": 1}`)
	f.Fuzz(func(t *testing.T, src string) {
		elems, lines, err := items(src)
		for i := 1; i < len(lines); i++ {
			if lines[i] < lines[i-1] {
				t.Fatalf("lines go back: %v", lines)
			}
		}
		trimmed := strings.TrimSpace(src)
		if !json.Valid([]byte(src)) || !strings.HasPrefix(trimmed, "[") {
			return
		}
		if err != nil {
			t.Fatalf("a valid array: %v", err)
		}
		if got, want := compacted(elems), decoderItems(t, src); !slices.Equal(got, want) {
			t.Fatalf("elements %q, want %q", got, want)
		}
	})
}
