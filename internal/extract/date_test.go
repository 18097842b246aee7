package extract

import "testing"

func TestParseDateLine(t *testing.T) {
	tests := []struct {
		line     string
		ok       bool
		text     string
		iso      string // with default year 2025
		upvotes  int
		hasVotes bool
	}{
		{"Mar 11, 2024 4", true, "Mar 11, 2024", "2024-03-11", 4, true},
		{"Nov 30, 2021", true, "Nov 30, 2021", "2021-11-30", 0, false},
		{"Jul 31 2", true, "Jul 31", "2025-07-31", 2, true},
		{"Feb 7", true, "Feb 7", "2025-02-07", 0, false},
		{"Sept 9, 2020", true, "Sept 9, 2020", "2020-09-09", 0, false},
		{"September 9, 2020 12", true, "September 9, 2020", "2020-09-09", 12, true},
		{"Dec 28, 2024 1.2k", true, "Dec 28, 2024", "2024-12-28", 1200, true},
		{"Feb 29, 2024", true, "Feb 29, 2024", "2024-02-29", 0, false},
		{"Feb 29, 2023", false, "", "", 0, false},
		{"Feb 30", false, "", "", 0, false},
		{"Foo 3, 2020", false, "", "", 0, false},
		{"Mar", false, "", "", 0, false},
		{"Mar 11,", false, "", "", 0, false},
		{"Mar 11, 24", false, "", "", 0, false},
		{"Mar 11 2024 4 5", false, "", "", 0, false},
		{"May the force be with you", false, "", "", 0, false},
		{"Mar 0", false, "", "", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			d, ok := parseDateLine(tt.line)
			if ok != tt.ok {
				t.Fatalf("ok = %v, want %v", ok, tt.ok)
			}
			if !ok {
				return
			}
			if d.text != tt.text || d.iso(2025) != tt.iso || d.upvotes != tt.upvotes || d.hasVotes != tt.hasVotes {
				t.Errorf("got text %q iso %q votes %d/%v, want %q %q %d/%v", d.text, d.iso(2025), d.upvotes, d.hasVotes, tt.text, tt.iso, tt.upvotes, tt.hasVotes)
			}
		})
	}
}

func TestDateWithoutYearStaysUnknown(t *testing.T) {
	d, _ := parseDateLine("Mar 6")
	if got := d.iso(0); got != "" {
		t.Errorf("iso(0) = %q, want \"\"", got)
	}
}
