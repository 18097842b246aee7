package main

import (
	"bufio"

	"github.com/spf13/cobra"

	"github.com/linkgraph/linkgraph/internal/graph"
	"github.com/linkgraph/linkgraph/internal/render"
)

func newGraphCmd(e *env) *cobra.Command {
	var format string
	var onlyLinked bool
	var minWeight float64
	cmd := &cobra.Command{
		Use:   "graph [flags] FILE...",
		Short: "Write the whole relationship graph for other tools",
		Long: `Graph writes every paper (with its date, code status and authors, to
filter on in other tools), repository and organisation, and every
relationship between them (code, owned-by, links-org, shared-repo,
shared-org, shared-author, mentions, similar-text) with its weight and
evidence, and each node's community.

Formats: json; graphml, which Gephi, yEd, Cytoscape and networkx open; csv,
one row an edge; vosviewer, the VOSviewer JSON file that VOSviewer Online
(app.vosviewer.com) opens: the relationships between two nodes one link,
communities as clusters, papers' years as a score for its overlay, and
each item placed where linkgraph's map puts it, communities together
(up to 5,000 nodes; a bigger graph VOSviewer lays out itself); and
vosviewer-map and vosviewer-network, the same as the map and network files
the desktop VOSviewer reads (Create > based on network data > Read data
from VOSviewer files).`,
		Example: `  linkgraph graph --format graphml testdata/daily-papers.txt > papers.graphml
  linkgraph graph --format csv testdata/daily-papers.txt
  linkgraph graph --format vosviewer testdata/daily-papers.txt > papers.json
  linkgraph graph --format vosviewer-map testdata/daily-papers.txt > map.txt
  linkgraph graph --format vosviewer-network testdata/daily-papers.txt > network.txt`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := exactFormat(format, "json", "graphml", "csv", "vosviewer", "vosviewer-map", "vosviewer-network"); err != nil {
				return err
			}
			entries, inputErr, err := loadPapers(cmd, e, args, e.listingOptions())
			if err != nil {
				return err
			}
			g, err := graph.Build(entries).Graph(graph.Options{})
			if err != nil {
				return err
			}
			// Communities are those of the whole graph, whatever is left out.
			if minWeight > 0 {
				g = g.MinWeight(minWeight)
			}
			if onlyLinked {
				g = g.OnlyLinked()
			}
			return writeAnswer(e, inputErr, func(out *bufio.Writer) error {
				switch format {
				case "graphml":
					return render.GraphML(out, g)
				case "csv":
					return render.CSV(out, g)
				case "vosviewer":
					return render.VOSviewer(out, g)
				case "vosviewer-map":
					return render.VOSviewerMap(out, g)
				case "vosviewer-network":
					return render.VOSviewerNetwork(out, g)
				}
				return render.JSON(out, g)
			})
		},
	}
	cmd.Flags().StringVar(&format, "format", "json", "output format: json, graphml, csv, vosviewer, vosviewer-map or vosviewer-network")
	cmd.Flags().BoolVar(&onlyLinked, "only-linked", false, "keep only papers with code or with relationships")
	cmd.Flags().Float64Var(&minWeight, "min-weight", 0, "drop relationships between papers lighter than this")
	return cmd
}
