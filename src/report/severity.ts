/** The words for severities, from the least severity each starts at: the one table the report and the CLI read. */
export const SEVERITY_LEVELS = [
  ['major', 0.6],
  ['moderate', 0.3],
  ['minor', 0],
] as const;

/** 'major', 'moderate' or 'minor' for a severity 0..1. */
export function severityWord(severity: number): string {
  return (SEVERITY_LEVELS.find(([, from]) => severity >= from) ?? SEVERITY_LEVELS[2])[0];
}

/** A share 0..1 as a whole percentage ('95%'). */
export function pct(x: number): string {
  return `${Math.round(x * 100)}%`;
}
