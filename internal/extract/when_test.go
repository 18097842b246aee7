package extract

import "testing"

func TestWhen(t *testing.T) {
	tests := []struct{ date, text, want string }{
		{"2024-03-11", "Mar 11", "2024-03-11"}, // Date wins
		{"", "2026-08", "2026-08"},
		{"", "2024/3/5", "2024-03-05"},
		{"", "2024.10", "2024-10"},
		{"", "2023/10/", "2023-10"},
		{"", "202408", "2024-08"},
		{"", "202413", ""},
		{"", "2024-03-11T09:30:00Z", "2024-03-11"},
		{"", "2023", "2023"},
		{"", "March 2024", "2024-03"},
		{"", "mar. 2024", "2024-03"},
		{"", "3 2024", "2024-03"},
		{"", "Mar 11, 2024", "2024-03-11"},
		{"", "11 March 2024", "2024-03-11"},
		{"", "Spring 2023", "2023"},
		{"", "2023 (v2)", "2023"},
		{"", "Feb 29, 2023", "2023"}, // no such day: the year is still right
		{"", "Feb 29, 2024", "2024-02-29"},
		{"", "2024-13", ""},
		{"", "2024-02-30", ""},
		{"", "Mar 11", ""}, // no year
		{"", "1234", ""},
		{"", "", ""},
		{"", "in 20245", ""},
	}
	for _, tt := range tests {
		e := &Entry{Date: tt.date, DateText: tt.text}
		if got := e.When(); got != tt.want {
			t.Errorf("When(Date %q, DateText %q) = %q, want %q", tt.date, tt.text, got, tt.want)
		}
	}
	// Without a date, the venue's year.
	for venue, want := range map[string]string{"ICLR 2024": "2024", "NeurIPS'23": "2023", "(ICML 2021, oral)": "2021", "CVPR": "", "EMNLP-2022": "2022"} {
		e := &Entry{Venue: venue}
		if got := e.When(); got != want {
			t.Errorf("When(Venue %q) = %q, want %q", venue, got, want)
		}
	}
	if got := (&Entry{DateText: "2022-05", Venue: "ICLR 2024"}).When(); got != "2022-05" {
		t.Errorf("When with a date and a venue = %q, want the date", got)
	}
	// Without a date or a venue's year, the year a section is.
	for section, want := range map[string]string{"2023": "2023", "Papers / 2022": "2022", "2021 / Surveys": "2021", "Top 2023 papers": "", "": ""} {
		if got := (&Entry{Section: section}).When(); got != want {
			t.Errorf("When(Section %q) = %q, want %q", section, got, want)
		}
	}
	if got := (&Entry{Section: "2023", Venue: "ICLR 2024"}).When(); got != "2024" {
		t.Errorf("When with a venue under a year's section = %q, want the venue's year", got)
	}
}

func TestEarlier(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"2024-03", "2024-10-02", true},
		{"2024-10-02", "2024-03", false},
		{"2023", "2024-01-01", true},
		{"2024", "2024-03", false},
		{"2024-03", "2024", false},
		{"2024-03-01", "2024-03-02", true},
		{"2024-03-01", "2024-03-01", false},
		{"", "2024", false},
		{"2024", "", false},
	}
	for _, tt := range tests {
		if got := Earlier(tt.a, tt.b); got != tt.want {
			t.Errorf("Earlier(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// FuzzWhen holds partialDate to its promise on any text: a date of a day,
// a month or a year that exists, or nothing.
func FuzzWhen(f *testing.F) {
	for _, s := range []string{"2026-08", "Mar 11, 2024", "11 March 2024", "3 2024", "2024/2/29", "Spring 2023", "2024-03-11T09:30Z"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		d := partialDate(text)
		switch len(d) {
		case 0:
			return
		case 4, 7, 10:
		default:
			t.Fatalf("partialDate(%q) = %q: not YYYY, YYYY-MM or YYYY-MM-DD", text, d)
		}
		if isoLike(d) != d {
			t.Fatalf("partialDate(%q) = %q, which is not a date", text, d)
		}
		if partialDate(d) != d {
			t.Fatalf("partialDate(%q) = %q, which reads again as %q", text, d, partialDate(d))
		}
	})
}
