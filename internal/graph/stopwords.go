package graph

// stopWords are English function words, the boilerplate of abstracts
// ("our code is available at", "state-of-the-art", "we propose a novel
// method") and the general words of research prose ("future research",
// "this perspective suggests"): words that make every pair of papers look
// a little alike, and that would be named as what two papers share.
var stopWords = wordSet(`
a about above across after again against all almost along already also although always am among an and
another any are around as at be became because been before being below between both but by can cannot
could did do does doing done down during each either else enough especially etc even ever every few for
from further had has have having he her here hers him his how however i if in into is it its itself just
least less let like made make makes many may me might more moreover most much must my neither no nor not
now of off often on once one only onto or other others otherwise our ours ourselves out over own per
rather same several she should since so some still such than that the their theirs them themselves then
there therefore these they this those though through thus to together too toward towards under until up
upon us very via was we well were what when where whether which while who whom whose why will with within
without would yet you your yours
paper papers work works propose proposes proposed proposing present presents presented introduce introduces
introduced method methods approach approaches result results show shows shown showing demonstrate demonstrates
demonstrated experiment experiments experimental extensive novel new existing state art code codes available
publicly public release released github https http www com org implementation open source study studies
studied based using used use uses significantly significant effective effectiveness achieve achieves
achieved outperform outperforms outperforming various including however first second third two three
furthermore specifically particular particularly recent recently widely given provide provides provided
further overall able ability via address addresses addressing key important consider considered problem
problems task tasks well-known known e.g i.e et al find found finding findings evaluate evaluated evaluation
compared comparison previous prior improve improves improved improvement improvements performance better
best large small high low framework frameworks
future research direction directions perspective perspectives directly suggest suggests suggesting namely
usually typically commonly following original way aim goal lack remain despite additionally crucial enable
enabling allow allowing leverage leveraging utilize require requiring conduct conducted reveal revealing
observe observed promising potential practical insight investigate investigated issue setting case need
help thereby hence whereas instead beyond simple simply easily effectively substantially remarkable
remarkably superior competitive comprehensive broad wide variety diverse numerous respectively finally
lastly different specific pre non fine utilizing traditional sense technical challenge meet unveiling bridging
rethinking revisiting understanding largely aims ways proposal proposals notable notably highlight highlights
highlighted highlighting`)

func wordSet(words string) map[string]struct{} {
	m := map[string]struct{}{}
	start := -1
	for i := 0; i <= len(words); i++ {
		if i == len(words) || words[i] == ' ' || words[i] == '\n' {
			if start >= 0 {
				m[words[start:i]] = struct{}{}
				start = -1
			}
			continue
		}
		if start < 0 {
			start = i
		}
	}
	return m
}
