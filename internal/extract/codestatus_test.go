package extract

import (
	"strings"
	"testing"
)

func TestCodeStatus(t *testing.T) {
	tests := []struct {
		text string
		want CodeStatus
	}{
		{"We propose X. The implementation of Lion is publicly available.", CodeClaimed},
		{"Our code is available at the project page.", CodeClaimed},
		{"Implementations are available at [9] and [17].", CodeClaimed},
		{"We open-source our 8-bit optimizers as a drop-in replacement.", CodeClaimed},
		{"Finally, we release Balans as a highly configurable, open-source software.", CodeClaimed},
		{"Source code has been released.", CodeClaimed},
		{"Code will be released upon acceptance.", CodePromised},
		{"Our code and models will be made publicly available.", CodePromised},
		{"We will release the code and data.", CodePromised},
		{"Code: coming soon.", CodePromised},
		{"We compare against open-source LLMs on a small scale.", CodeNone},
		{"It is competitive with well-established open-source PPLs.", CodeNone},
		{"We fine-tune multiple open-source models.", CodeNone},
		{"We evaluate on publicly available datasets.", CodeNone},
		{"Memory available to a single GPU is limited.", CodeNone},
		{"The results will be presented at the conference.", CodeNone},
		{"Nothing about software here.", CodeNone},
		{"", CodeNone},
		{"Code will be released. Our implementation is available online.", CodeClaimed},
		// Rule phrases that hold none of the first cues ("will be", "upon
		// acceptance", "we make our").
		{"We study X. Our code will be shared upon acceptance.", CodePromised},
		{"We study X. We make our code and data open to all.", CodeClaimed},
		{"We provide our implementation to the community.", CodeClaimed},
		{"The code is hosted on our lab's server.", CodeClaimed},
		{"CODE WILL BE RELEASED SOON.", CodePromised},
		{"We will be brief.", CodeNone},
		// Weak phrases need a word that says what is released, or that it is.
		{"We make the following contributions.", CodeNone},
		{"We provide our analysis of attention heads.", CodeNone},
		{"We share our insights on scaling.", CodeNone},
		{"Our framework will be evaluated on three tasks.", CodeNone},
		{"The benchmark will be used to rank models.", CodeNone},
		{"Our code is available and will be maintained.", CodeClaimed},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			if got := codeStatus(nil, tt.text); got != tt.want {
				t.Errorf("codeStatus(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
	t.Run("a code link wins", func(t *testing.T) {
		l, _ := Normalize("https://github.com/a/b")
		if got := codeStatus([]Link{l}, "Code will be released."); got != CodeLinked {
			t.Errorf("got %q, want linked", got)
		}
	})
	t.Run("a paper link is not code", func(t *testing.T) {
		l, _ := Normalize("https://arxiv.org/abs/2301.00001")
		if got := codeStatus([]Link{l}, "No claim."); got != CodeNone {
			t.Errorf("got %q, want none", got)
		}
	})
}

// TestCuesCoverTheRules checks that every phrase sentenceStatus looks for
// holds a cue, so that the cue search passes over no sentence the rules
// would classify; and that each cue's runs are inside it and keep
// its bytes when case folded, as the search assumes.
func TestCuesCoverTheRules(t *testing.T) {
	for _, group := range [][]string{promises, weakPromises, releaseVerbs, weakReleaseVerbs, availability} {
		for _, phrase := range group {
			if indexCue(phrase) < 0 {
				t.Errorf("no cue in the rule phrase %q", phrase)
			}
		}
	}
	for _, c := range cues {
		n := 4 + cueRuns - 1 // the bytes of the runs, one after the other
		if c.at < 0 || c.at+n > len(c.text) {
			t.Errorf("cue %q: runs at %d are not %d runs of four bytes inside it", c.text, c.at, cueRuns)
			continue
		}
		run := c.text[c.at : c.at+n]
		var w uint64
		for i := len(run) - 1; i >= 0; i-- {
			w = w<<8 | uint64(run[i])
		}
		if foldCase(w)&(1<<(8*n)-1) != w {
			t.Errorf("cue %q: its runs %q change when case folded", c.text, run)
		}
	}
}

// Every cue is found wherever it starts, whatever the case of its letters,
// and in text that holds only the start of a cue, none is.
func TestIndexCueEveryOffset(t *testing.T) {
	filler := "Xy zq Jx Qz jq zx "
	for _, c := range cues {
		for _, text := range []string{c.text, strings.ToUpper(c.text)} {
			for at := range 14 {
				s := filler[:at] + text + filler
				if got := indexCue(s); got != at {
					t.Errorf("indexCue(%q) = %d, want %d", s, got, at)
				}
			}
		}
		if s := filler + c.text[:len(c.text)-1]; indexCue(s) != -1 {
			t.Errorf("indexCue(%q) found a cue", s)
		}
	}
}
