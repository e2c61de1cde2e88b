import { clock } from '../text/clock.js';
import { firstAtOrAfter } from '../text/firstAtOrAfter.js';
import { type ClauseContext, personNear } from './clauseContext.js';
import { clauseVerbs, laterOccasion, saidAt, stateVerbAt, verbNear } from './predicates.js';
import { saidBy } from './readDates.js';
import type { FactDraft } from './readNumbers.js';

/**
 * Clock times of a clause as facts: 'at 8:25 a.m.', 'about 3 a.m. (0000 GMT)', '3:10 p.m. PDT', '9:15 a.m. local
 * time', and a time some hours after one stated before ('five hours later'). What happened at it is the verb
 * nearest it ('repelled the final attack at 8:25 a.m.'), in the lede the story's event, and 'said' for the time a
 * statement was made. The value keeps the clock and, when the zone is known, the instant in UTC, so that '4 p.m.
 * (1300 GMT)' and '13:00 GMT' are one time.
 */
export function readTimes(context: ClauseContext, lede = false): FactDraft[] {
  const { tokens, claim } = context;
  const out: FactDraft[] = [];
  for (const t of claim.times) {
    if (t.minutes === undefined || (t.kind !== 'clock' && t.kind !== 'relative')) continue;
    // the tokens of the time: from the first that starts in it to the last that ends in it
    const found = firstAtOrAfter(tokens, t.start, (k) => k.start);
    const from = found < tokens.length ? found : -1;
    let to = from;
    while (to < tokens.length && (tokens[to]?.end ?? 0) <= t.end) to++;
    if (from < 0 || to === from) continue;
    const said = saidAt(tokens, from);
    const near = verbNear(clauseVerbs(tokens), from);
    const verb = near?.[1];
    const later = lede && !said ? laterOccasion(tokens, from) : undefined;
    // a time some hours after another ('she died an hour later') is a moment after the event, never its own; a
    // time of a state after it ('were still searching at 9 p.m.') neither
    const progressive = near !== undefined && stateVerbAt(tokens, near[0]);
    const event = lede && !said && later === undefined && t.kind !== 'relative' && !progressive;
    const predicate = said ? 'said' : event ? 'of the event' : (later ?? verb);
    const speaker = said ? saidBy(context) : undefined;
    if (!predicate || (said && !speaker)) continue;
    const low = t.low ?? t.minutes;
    const high = t.high ?? t.minutes;
    const who = speaker ?? personNear(context, from, to);
    out.push({
      kind: 'time',
      attribute: `time ${predicate}`,
      subject: who?.entity ?? '',
      subjectLabel: who?.label ?? '',
      value: {
        type: 'time',
        minutes: t.minutes,
        low,
        high,
        ...(t.utcMinutes !== undefined ? { utc: t.utcMinutes } : {}),
        ...(t.zone ? { zone: t.zone } : {}),
        label: t.zone && t.zone !== 'local time' ? `${clock(t.minutes)} ${t.zone}` : clock(t.minutes),
      },
      from,
      to,
      ...(event && verb ? { eventVerb: verb } : {}),
    });
  }
  return out;
}
