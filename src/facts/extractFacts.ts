import type { Claim } from '../claims/extractClaims.js';
import type { Entity } from '../entities/resolveEntities.js';
import type { Article } from '../ingest/types.js';
import { languageReading } from '../text/language.js';
import { PERSONAL } from './alignFacts.js';
import { clauseContexts, opensWithReference } from './clauseContext.js';
import { readDates } from './readDates.js';
import { readDescriptions } from './readDescriptions.js';
import { readDelays, readDurations, readProfiles, readSpans, readTerms } from './readDurations.js';
import { readMoney } from './readMoney.js';
import { readNumbers } from './readNumbers.js';
import { readPercents } from './readPercents.js';
import { readPlaces } from './readPlaces.js';
import { readSentences } from './readSentences.js';
import { readTimes } from './readTimes.js';
import type { Fact } from './types.js';

/**
 * Every figure, date and description an article states, as facts: what is measured or described (the
 * attribute), about whom (an entity of the event, the thing counted, or a person known by their age), the typed
 * value, and whether it belongs to this event, a running total or the background. Facts are what
 * {@link alignFacts} lines up across outlets.
 *
 * @param article - the parsed article
 * @param claims - the article's claims (from extractClaims); other articles' claims are ignored
 * @param entities - the event's entities (from resolveEntities), for subjects
 *
 * @example
 * const article = parseArticle({ outlet: 'NDTV', text: 'Six AK-47 rifles and about 300 rounds were seized on Thursday.' });
 * extractFacts(article, extractClaims(article)).map((f) => [f.attribute, f.subjectLabel, f.value.label])
 * //=> [['seized', 'rifle', '6'], ['seized', 'round', '300'], ['day of the event', '', 'Thursday']]
 */
export function extractFacts(article: Article, claims: readonly Claim[], entities: readonly Entity[] = []): Fact[] {
  // an article not in English gives names only (see languageReading)
  if (languageReading(article.language) !== 'english') return [];
  const own = claims.filter((c) => c.articleId === article.id);
  const facts: Fact[] = [];
  // the lede: the first two sentences of the body that state something (that have claims)
  const lede = new Set([...new Set(own.map((c) => c.sentence))].slice(0, 2));
  // the unnamed person the article is describing: 'A 36-year-old man died ...' and then 'The man, a New
  // Zealander, ...' are one person (a definite description continues the subject before it)
  let described: string | undefined;
  for (const found of clauseContexts(article, own, entities)) {
    const continuing = described !== undefined && found.people.length === 0 && opensWithReference(found.tokens);
    const { previousPerson: _named, ...unnamed } = found;
    const context = continuing ? unnamed : found;
    const { claim, tokens, spans } = context;
    const numbers = readNumbers(context);
    const inLede = lede.has(claim.sentence);
    const dates = [...readDates(context, article.publishedAt, inLede), ...readTimes(context, inLede)];
    const drafts = [
      ...numbers,
      ...readDescriptions(context, numbers),
      ...dates,
      ...readPlaces(context, inLede),
      ...readMoney(context),
      ...readPercents(context),
      ...readSentences(context),
      ...readDurations(context),
      ...readTerms(context),
      ...readDelays(context),
      ...readSpans(context),
      ...readProfiles(context),
    ];
    drafts.sort((a, b) => a.from - b.from || a.attribute.localeCompare(b.attribute));
    const personal = drafts.filter((d) => !d.subject && d.kind !== 'count' && PERSONAL.test(d.attribute));
    if (context.people.length) described = undefined;
    else if (!continuing && personal.some((d) => d.attribute === 'age' || d.attribute === 'nationality'))
      described = claim.id;
    if (described && (continuing || described === claim.id)) for (const d of personal) d.personRef = described;
    for (const { from, to, ...d } of drafts) {
      const first = tokens[from];
      const last = tokens[to - 1];
      if (!first || !last) continue;
      const fact: Fact = {
        ...d,
        id: `${claim.id}/f${facts.length + 1}`,
        claimId: claim.id,
        articleId: article.id,
        outlet: article.outlet,
        scope: context.scope,
        raw: claim.text.slice(first.start, last.end),
        span: [spans[from]?.[0] ?? claim.span[0], spans[to - 1]?.[1] ?? claim.span[1]],
      };
      if (article.publishedAt) fact.publishedAt = article.publishedAt;
      facts.push(fact);
    }
  }
  return facts;
}
