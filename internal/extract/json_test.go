package extract

import (
	"bytes"
	"encoding/json"
	"reflect"
	"testing"
)

// stdJSONString is how encoding/json writes s with HTML escaping off.
func stdJSONString(s string) string {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.Encode(s)
	return string(bytes.TrimSuffix(buf.Bytes(), []byte("\n")))
}

func TestAppendStringMatchesEncodingJSON(t *testing.T) {
	for _, s := range []string{"", "plain", `q"uote`, `back\slash`, "tab\tnl\ncr\r", "\x00\x01\x1f\x7f",
		"<script>&amp;</script>", "\u2028\u2029", "bad \xff\xfe utf8", "é ✓ 𝄞", "\b\f"} {
		if got, want := string(appendString(nil, s)), stdJSONString(s); got != want {
			t.Errorf("appendString(%q) = %s, want %s", s, got, want)
		}
	}
}

func FuzzAppendString(f *testing.F) {
	f.Add("hello \"world\"\n")
	f.Add("\xff\u2028<")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := string(appendString(nil, s)), stdJSONString(s); got != want {
			t.Errorf("appendString(%q) = %s, want %s", s, got, want)
		}
	})
}

func TestEntryJSONRoundTrip(t *testing.T) {
	l, _ := Normalize("https://github.com/OPTML-Group/Unlearn-Sparse.")
	for _, e := range []Entry{
		{ID: "x", Title: `T "q"`, Abstract: "A\n", Authors: 4, Date: "2024-03-11", DateText: "Mar 11, 2024",
			Upvotes: 4, CodeStatus: CodeLinked, Source: Source{File: "f", Line: 3}, Links: []Link{l}, ArxivID: "2403.00001"},
		{ID: "y", Authors: -1, CodeStatus: CodeNone, Source: Source{File: "f", Line: 9}},
	} {
		data, err := json.Marshal(&e)
		if err != nil {
			t.Fatal(err)
		}
		if !json.Valid(data) {
			t.Fatalf("invalid JSON: %s", data)
		}
		var back Entry
		if err := json.Unmarshal(data, &back); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(back, e) {
			t.Errorf("round trip:\n got %+v\nwant %+v", back, e)
		}
	}
}

func TestEntryJSONNulls(t *testing.T) {
	e := Entry{ID: "y", Authors: -1, CodeStatus: CodeNone}
	var m map[string]any
	if err := json.Unmarshal(e.AppendJSON(nil), &m); err != nil {
		t.Fatal(err)
	}
	if m["authors"] != nil || m["date"] != nil {
		t.Errorf("authors %v, date %v: want null for unknown", m["authors"], m["date"])
	}
	if links, ok := m["links"].([]any); !ok || len(links) != 0 {
		t.Errorf("links = %v, want []", m["links"])
	}
}
