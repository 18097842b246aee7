package extract

import "testing"

func TestSlug(t *testing.T) {
	tests := []struct{ title, want string }{
		{"Symbolic Discovery of Optimization Algorithms", "symbolic-discovery-of-optimization-algorithms"},
		{"ZO2: Scalable Zeroth-Order Fine-Tuning", "zo2-scalable-zeroth-order-fine-tuning"},
		{"What's in a Prior?", "what-s-in-a-prior"},
		{"  <script>alert(1)</script> \"q\" ", "script-alert-1-script-q"},
		{"Müller's Über-Method", "müller-s-über-method"},
		{"???", "entry"},
		{"", "entry"},
		{"Assessment of Data Consistency through Cascades of Independently Recurrent Inference Machines", "assessment-of-data-consistency-through-cascades-of-independently"},
		{"Averyveryveryveryveryveryveryveryveryveryveryveryveryveryverylongwordthatneverends", "averyveryveryveryveryveryveryveryveryveryveryveryveryveryverylon"},
	}
	for _, tt := range tests {
		t.Run(tt.title, func(t *testing.T) {
			got := Slug(tt.title)
			if got != tt.want {
				t.Errorf("Slug(%q) = %q, want %q", tt.title, got, tt.want)
			}
			if len(got) > maxSlugBytes {
				t.Errorf("Slug(%q) has %d bytes, more than %d", tt.title, len(got), maxSlugBytes)
			}
		})
	}
}

func TestArxivID(t *testing.T) {
	tests := []struct{ url, want string }{
		{"https://arxiv.org/abs/2301.12345v2", "2301.12345"},
		{"https://arxiv.org/pdf/2301.12345.pdf", "2301.12345"},
		{"https://arxiv.org/pdf/2301.1234", "2301.1234"},
		{"https://arxiv.org/abs/cs/0601001", "cs/0601001"},
		{"https://huggingface.co/papers/2402.04013", "2402.04013"},
		{"https://www.alphaxiv.org/abs/2402.04014v2", "2402.04014"},
		{"https://www.alphaxiv.org/overview/2402.04015", "2402.04015"},
		{"https://www.alphaxiv.org/explore", ""},
		{"https://doi.org/10.48550/arXiv.2511.11667", "2511.11667"},
		{"https://doi.org/10.48550/ARXIV.2301.12345v3", "2301.12345"},
		{"https://doi.org/10.1145/3292500.3330701", ""},
		{"https://arxiv.org/list/cs.LG/recent", ""},
		{"https://openreview.net/forum?id=x", ""},
		{"https://github.com/a/b", ""},
	}
	for _, tt := range tests {
		t.Run(tt.url, func(t *testing.T) {
			l, ok := Normalize(tt.url)
			if !ok {
				t.Fatalf("Normalize(%q) rejected it", tt.url)
			}
			if got := ArxivID(l); got != tt.want {
				t.Errorf("ArxivID(%q) = %q, want %q", tt.url, got, tt.want)
			}
		})
	}
}
