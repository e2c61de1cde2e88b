/**
 * Words that tell which way a party says a clash went: a success claimed by one side ('took control', 'broke
 * into') against a failure claimed by the other ('repelled', 'no breakthrough'). Tables of English, not of an event.
 */
export const SUCCESS = /\b(took|taken|seized|captured|control of|in control|liberated|occupied|overran|holds?)\b/i;
export const FAILURE =
  /\b(repelled|repulsed|thwarted|foiled|beaten back|beat back|fought off|driven back|drove back|forced (?:them )?to retreat|no breakthrough|stopped|averted|failed|resisted|held off)\b/i;
