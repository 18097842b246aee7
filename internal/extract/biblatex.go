package extract

import "strings"

// biblatexBibTeX writes the .bbl biber writes for biblatex as the BibTeX
// it stands for, a line for each line, for the BibTeX reader: "\entry{key}
// {type}{}" opens an entry and "\endentry" closes it; "\field{name}
// {value}" and a "\verb{name}" over its "\verb value" are fields, on
// their first line; the names of a "\name{author}" block are its author
// field, on the block's first line; the rest (hashes, lists, ranges) is
// blank.
func biblatexBibTeX(src []byte) []byte {
	lines := strings.Split(string(src), "\n")
	out := make([]string, len(lines))
	for i := 0; i < len(lines); i++ {
		t := strings.TrimSpace(lines[i])
		switch {
		case strings.HasPrefix(t, `\entry{`):
			args := latexArgs(t[len(`\entry`):], 2)
			if len(args) == 2 {
				out[i] = "@" + args[1] + "{" + args[0] + ","
			}
		case t == `\endentry`:
			out[i] = "}"
		case strings.HasPrefix(t, `\field{`):
			if args := latexArgs(t[len(`\field`):], 2); len(args) == 2 {
				out[i] = "  " + args[0] + " = {" + args[1] + "},"
			}
		case strings.HasPrefix(t, `\verb{`):
			args := latexArgs(t[len(`\verb`):], 1)
			var value []string
			j := i + 1
			for ; j < len(lines) && j < i+latexMaxItemLines; j++ {
				v := strings.TrimSpace(lines[j])
				if v == `\endverb` {
					break
				}
				value = append(value, strings.TrimSpace(strings.TrimPrefix(v, `\verb`)))
			}
			if len(args) == 1 {
				out[i] = "  " + args[0] + " = {" + strings.Join(value, "") + "},"
			}
			i = j
		case strings.HasPrefix(t, `\name{`):
			args := latexArgs(t[len(`\name`):], 1)
			end, names := biblatexNames(lines, i)
			if len(args) == 1 && len(names) > 0 {
				out[i] = "  " + args[0] + " = {" + strings.Join(names, " and ") + "},"
			}
			i = end
		}
	}
	return []byte(strings.Join(out, "\n"))
}

// biblatexNames reads the names of the \name block that opens at line
// start, as "Family, Given", and returns the block's last line: where the
// braces it opens close.
func biblatexNames(lines []string, start int) (end int, names []string) {
	depth := 0
	var family, given, prefix string
	flush := func() {
		if family != "" {
			name := strings.TrimSpace(prefix + " " + family)
			if given != "" {
				name += ", " + given
			}
			names = append(names, name)
		}
		family, given, prefix = "", "", ""
	}
	for end = start; end < len(lines) && end < start+latexMaxItemLines*10; end++ {
		t := strings.TrimSpace(lines[end])
		for _, part := range []struct {
			key string
			to  *string
		}{{"family={", &family}, {"given={", &given}, {"prefix={", &prefix}} {
			if strings.HasPrefix(t, part.key) {
				if part.to == &family {
					flush()
				}
				if args := latexArgs(t[len(part.key)-1:], 1); len(args) == 1 {
					*part.to = args[0]
				}
			}
		}
		if depth += latexDepth(t); depth <= 0 {
			break
		}
	}
	flush()
	return min(end, len(lines)-1), names
}

// latexDepth is how many more braces a line opens than it closes.
func latexDepth(t string) int {
	d := 0
	for i := 0; i < len(t); i++ {
		switch t[i] {
		case '\\':
			i++
		case '{':
			d++
		case '}':
			d--
		}
	}
	return d
}

// latexArgs reads up to n arguments in braces from the start of s.
func latexArgs(s string, n int) []string {
	match := braceMatches(s, nil)
	var args []string
	for i := 0; i < len(s) && len(args) < n; {
		if s[i] != '{' || match[i] < 0 {
			break
		}
		args = append(args, s[i+1:match[i]])
		i = int(match[i]) + 1
	}
	return args
}
