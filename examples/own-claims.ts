/**
 * Feed your own claims to discoverTruth: which departure time is right when flight-status sites disagree, and
 * which sites only copy another. Each claim is { source, item, value }; the values stay as the sources wrote them.
 *
 *   npx tsx examples/own-claims.ts
 */
import { fileURLToPath } from 'node:url';
import { discoverTruth, type SourceClaim } from 'corroborate';

const claims: SourceClaim[] = [
  { source: 'airline', item: 'UA-1234 departure', value: '12/1/11 2:06 PM (-05:00)' },
  { source: 'airport', item: 'UA-1234 departure', value: '2:07 PM' },
  { source: 'tracker-a', item: 'UA-1234 departure', value: '2:05pDec 1' },
  { source: 'tracker-b', item: 'UA-1234 departure', value: '3:40 PM' },
  { source: 'tracker-c', item: 'UA-1234 departure', value: '3:40 PM' },
  { source: 'airline', item: 'AA-88 departure', value: '9:15 AM' },
  { source: 'airport', item: 'AA-88 departure', value: '9:16 AM' },
  { source: 'tracker-a', item: 'AA-88 departure', value: '9:15 AM' },
  { source: 'tracker-b', item: 'AA-88 departure', value: '10:02 AM' },
  { source: 'tracker-c', item: 'AA-88 departure', value: '10:02 AM' },
  { source: 'airline', item: 'DL-7 departure', value: '6:30 PM' },
  { source: 'tracker-b', item: 'DL-7 departure', value: '6:55 PM' },
  { source: 'tracker-c', item: 'DL-7 departure', value: '6:55 PM' },
  { source: 'tracker-a', item: 'DL-7 departure', value: 'Not Available' },
];

export function main(): string {
  const result = discoverTruth(claims, { kind: 'time', tolerance: 5, referenceDate: '2011-12-01' });
  const lines = result.items.map(
    (i) => `${i.item}: ${i.value} (confidence ${i.confidence.toFixed(2)}; ${i.supporters.join(', ')})`,
  );
  lines.push('');
  for (const s of result.sources) {
    const copies = (s.copies ?? []).map((c) => `${c.source} ${c.probability.toFixed(2)}`).join(', ');
    lines.push(`${s.source.padEnd(10)} trust ${s.trust.toFixed(2)}${copies ? `  copies ${copies}` : ''}`);
  }
  return lines.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(main());
