/** Verbs that report speech or writing, in the forms news uses. */
export const REPORTING_VERB_FORMS = [
  'said', 'says', 'told', 'tells', 'added', 'adds', 'wrote', 'writes', 'stated', 'claimed', 'claims', 'announced',
  'announces', 'reported', 'reports', 'confirmed', 'confirms', 'denied', 'denies', 'insisted', 'insists', 'noted',
  'posted', 'tweeted', 'warned', 'explained', 'argued', 'accused', 'alleged', 'alleges', 'asserted', 'declared',
  'acknowledged', 'admitted', 'estimated', 'urged', 'vowed', 'boasted', 'quoted', 'cited',
];

/** News agencies and outlets that other outlets cite, by the forms they are cited in (a table of the trade, not of an event). */
export const NEWS_SOURCES: readonly string[] = [
  'Reuters', 'AFP', 'Agence France-Presse', 'AP', 'Associated Press', 'The Associated Press', 'TASS', 'RIA Novosti',
  'RIA', 'Interfax', 'Ukrinform', 'UNIAN', 'Al Jazeera', 'BBC', 'CNN', 'Bloomberg', 'The New York Times',
  'The Washington Post', 'The Guardian', 'Kyiv Independent', 'The Kyiv Independent', 'Ukrainska Pravda', 'Meduza',
  'Kommersant', 'Izvestia', 'RBC', 'Xinhua', 'Anadolu', 'dpa', 'EFE', 'ANSA', 'Kyodo', 'Yonhap', 'PTI', 'ANI',
  'Sky News', 'Fox News', 'NBC News', 'ABC News', 'CBS News', 'NPR', 'Politico', 'Axios', 'Deutsche Welle', 'DW',
  'France 24', 'Euronews', 'Le Monde', 'Der Spiegel',
];

/** Unnamed kinds of sources ('state media', 'wire service reports'). */
export const GENERIC_SOURCES = /\b(state media|state television|state-run media|state news agency|wire (?:service )?reports|media reports|local media|news agencies|social media|english-language media(?: accounts)?)\b/i;

/** Words that put a statement at one remove from fact. */
export const HEDGE_WORDS =
  /\b(purportedly|reportedly|apparently|allegedly|seemingly|supposedly|claimed|claims|claiming|purported|alleged|appeared to|appears to|seemed to|said to|could not (?:be )?independently (?:verify|verified|confirm)|unverified|unconfirmed|may have|might have|possibly|likely|believed to)\b/i;

/** Words that negate a statement. */
export const NEGATIONS = /\b(not|no|never|none|nobody|neither|nor|without|denied|denies|deny|n't)\b/i;

/** Pronouns that stand for the last speaker. */
export const SPEAKER_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i']);
