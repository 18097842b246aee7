// Package extract turns paper listings into entries: a title, an abstract,
// authors, a date, upvotes, and every link found in them, each normalised to
// one canonical URL and classified by kind (code, org, paper, data, ...).
//
// The scanner and the normaliser work without regular expressions and in one
// pass over the text, so a listing of hundreds of megabytes streams through
// in about the time it takes to read it.
package extract
