package main

import (
	"context"
	_ "embed"
	"fmt"
	"io"
	"net/url"
	"strings"

	"github.com/spf13/cobra"

	"github.com/linkgraph/linkgraph/internal/extract"
)

//go:embed doc.go
var docSource string

// manual is the package comment of doc.go: the one text behind both
// "linkgraph --help" and the package documentation.
func manual() string {
	s := docSource
	if i := strings.Index(s, "/*\n"); i >= 0 {
		s = s[i+3:]
	}
	if i := strings.Index(s, "*/"); i >= 0 {
		s = s[:i]
	}
	return strings.TrimSpace(s)
}

// env is what a command may touch of the outside world.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	inputFormat    string // --input-format, for every command
	baseURL        string // --base-url, for every command
}

// listingOptions are the options every command reads listings with.
func (e *env) listingOptions() extract.Options {
	return extract.Options{Format: extract.Format(e.inputFormat), BaseURL: e.baseURL}
}

// linksOnlyOptions are for the commands that look at links alone (orgs,
// check): abstracts are scanned for links and dropped.
func (e *env) linksOnlyOptions() extract.Options {
	opts := e.listingOptions()
	opts.LinksOnly = true
	return opts
}

// run is linkgraph without its process: it parses args, runs the command
// and returns an error whose exit code exitCode knows.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr}
	root := &cobra.Command{
		Use:           "linkgraph",
		Short:         "Find the code links in paper listings and how papers connect",
		Long:          manual(),
		Version:       version(),
		SilenceErrors: true,
		SilenceUsage:  true,
	}
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.SetArgs(args)
	formats := make([]string, len(extract.Formats))
	for i, f := range extract.Formats {
		formats[i] = string(f)
	}
	root.PersistentFlags().StringVar(&e.inputFormat, "input-format", "auto",
		"listing format: "+strings.Join(formats[:len(formats)-1], ", ")+" or "+formats[len(formats)-1]+" (auto: by extension, then content)")
	root.RegisterFlagCompletionFunc("input-format", cobra.FixedCompletions(formats, cobra.ShellCompDirectiveNoFileComp))
	root.PersistentFlags().StringVar(&e.baseURL, "base-url", "",
		"the address of HTML pages saved without one, for their relative links (https://lab.example.org/publications/)")
	root.PersistentPreRunE = func(cmd *cobra.Command, args []string) error {
		if _, err := extract.ParseFormat(e.inputFormat); err != nil {
			return usageError("--input-format: %v", err)
		}
		if u, err := url.Parse(e.baseURL); e.baseURL != "" && (err != nil || u.Host == "" || u.Scheme != "http" && u.Scheme != "https") {
			return usageError("--base-url %q: want a web address, such as https://lab.example.org/publications/", e.baseURL)
		}
		return nil
	}
	root.SetFlagErrorFunc(func(cmd *cobra.Command, err error) error {
		return usageError("%s: %v (see '%s --help')", cmd.CommandPath(), err, cmd.CommandPath())
	})
	// The root's help is the manual, which lists the commands already,
	// and its flags; cobra's own would list the commands a second time.
	commandHelp := root.HelpFunc()
	root.SetHelpFunc(func(c *cobra.Command, args []string) {
		if c != root {
			commandHelp(c, args)
			return
		}
		fmt.Fprintf(c.OutOrStdout(), "%s\n\nFlags:\n%s", c.Long, c.Flags().FlagUsages())
	})
	root.AddCommand(newExtractCmd(e), newOrgsCmd(e), newRelatedCmd(e), newGraphCmd(e), newRenderCmd(e), newCheckCmd(e), newVersionCmd(e))
	err := root.ExecuteContext(ctx)
	if err != nil && strings.HasPrefix(err.Error(), "unknown command") {
		return usageError("%v", err)
	}
	return err
}

// exactFormat checks a --format value against the formats a command knows.
func exactFormat(got string, known ...string) error {
	for _, k := range known {
		if got == k {
			return nil
		}
	}
	return usageError("unknown --format %q (want one of %s)", got, strings.Join(known, ", "))
}
