// Package graph turns extracted entries into a relationship graph: papers,
// the repositories they link and the organisations that own those
// repositories, tied together by weighted, explained relationships (shared
// repositories, owners and authors, one paper naming another's method,
// similar text)
// and grouped into communities.
//
// Build indexes the entries in time linear in their size. Related and Orgs
// answer from those indexes without comparing all pairs of papers; Graph
// materialises every relationship for export and drawing.
package graph
