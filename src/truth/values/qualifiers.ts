/** Words that say a reading is an estimate ('EST' is a time zone, never one of them). */
export const ESTIMATE_WORDS: readonly string[] = [
  'estimated',
  'estimate',
  'expected',
  'projected',
  'approx',
  'approximately',
];

/** Words that name a moment related to, but other than, a departure or arrival at the gate. */
export const RELATED_MOMENT_WORDS: readonly string[] = ['runway', 'wheels', 'takeoff', 'touchdown', 'airborne'];
