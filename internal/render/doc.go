// Package render turns a relationship graph into files: JSON, GraphML and
// CSV for other tools, and DOT, SVG and PNG maps.
package render
