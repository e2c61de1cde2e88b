/** English function words and news filler: not content for telling claims apart. */
export const STOPWORDS: ReadonlySet<string> =
  /* @__PURE__ */ wordSet(`a about above after again against all also am an and any are as at be because been before being below between both
but by can could did do does doing down during each few for from further had has have having he her here hers herself
him himself his how i if in into is it its itself just me more most my myself no nor not now of off on once only or
other our ours ourselves out over own same she should so some such than that the their theirs them themselves then
there these they this those through to too under until up very was we were what when where which while who whom why
will with would you your yours yourself yourselves said says say told tell added adds according also including
however while since yet still even though although whether either neither per via upon onto within without across
along among around amid despite toward towards would could might may must shall another other others several many
much one two three four five six seven eight nine ten first second third last next later earlier ago time times day
days week weeks year years month months tuesday monday wednesday thursday friday saturday sunday today yesterday
reportedly purportedly apparently allegedly claimed claims claim statement statements report reports reported
official officials people group groups side sides part well like make made new old said's it's he's they're`);

/** The words of a text block, as a set (called under a pure mark: a bundle that never reads the set drops it). */
function wordSet(block: string): ReadonlySet<string> {
  return new Set(block.split(/\s+/).filter(Boolean));
}
