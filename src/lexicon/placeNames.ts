/**
 * Place names every English news story may use without a cue ('Australia', 'Alabama'): the countries of the
 * world, the continents and the states of the United States, with the abbreviations of US states that follow a
 * town in news style ('Troy, Mich.', 'Schenectady, N.Y.'). Lower case, full stops removed.
 */

const COUNTRY_NAMES = [
  'afghanistan albania algeria andorra angola antigua argentina armenia australia austria azerbaijan bahamas',
  'bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana brazil brunei',
  'bulgaria burkina faso burundi cambodia cameroon canada chad chile china colombia comoros congo croatia cuba',
  'cyprus czechia denmark djibouti dominica ecuador egypt eritrea estonia eswatini ethiopia fiji finland france',
  'gabon gambia georgia germany ghana greece grenada guatemala guinea guyana haiti honduras hungary iceland',
  'india indonesia iran iraq ireland israel italy jamaica japan jordan kazakhstan kenya kiribati kosovo kuwait',
  'kyrgyzstan laos latvia lebanon lesotho liberia libya liechtenstein lithuania luxembourg madagascar malawi',
  'malaysia maldives mali malta mauritania mauritius mexico micronesia moldova monaco mongolia montenegro',
  'morocco mozambique myanmar burma namibia nauru nepal netherlands holland nicaragua niger nigeria norway oman',
  'pakistan palau palestine panama paraguay peru philippines poland portugal qatar romania russia rwanda samoa',
  'senegal serbia seychelles singapore slovakia slovenia somalia spain sudan suriname sweden switzerland syria',
  'taiwan tajikistan tanzania thailand togo tonga trinidad tunisia turkey turkmenistan tuvalu uganda ukraine',
  'uruguay uzbekistan vanuatu venezuela vietnam yemen zambia zimbabwe britain england scotland wales',
  'crimea chechnya dagestan tibet greenland',
];

const MULTIWORD_PLACES = [
  'united states',
  'united kingdom',
  'great britain',
  'northern ireland',
  'new zealand',
  'south africa',
  'south korea',
  'north korea',
  'south sudan',
  'saudi arabia',
  'sri lanka',
  'costa rica',
  'el salvador',
  'dominican republic',
  'czech republic',
  'central african republic',
  'ivory coast',
  'sierra leone',
  'papua new guinea',
  'united arab emirates',
  'east timor',
  'north macedonia',
  'san marino',
  'vatican city',
  'cape verde',
  'equatorial guinea',
  'marshall islands',
  'solomon islands',
  'hong kong',
  'middle east',
  'gaza strip',
  'west bank',
];

const US_STATE_NAMES_OF_TWO_WORDS = [
  'new hampshire',
  'new jersey',
  'new mexico',
  'new york',
  'north carolina',
  'north dakota',
  'south carolina',
  'south dakota',
  'west virginia',
  'rhode island',
];

const CONTINENTS = 'africa antarctica asia europe oceania america americas eurasia scandinavia caucasus siberia';

const US_STATE_NAMES = [
  'alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii idaho illinois',
  'indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri',
  'montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia washington',
  'wisconsin wyoming',
];

/** News-style (AP) abbreviations of US states that follow a town: 'Troy, Mich.', 'Mobile, Ala.'. */
const US_STATE_ABBREVIATIONS =
  'ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont neb nev nh nj nm ny nc nd okla ore pa ri sc sd tenn tex vt va wash wva wis wyo dc';

function setOf(build: () => string[]): ReadonlySet<string> {
  return new Set(build());
}

const words = (lines: string | string[]) => (Array.isArray(lines) ? lines.join(' ') : lines).split(' ');

/** Countries, continents, US states and a few regions every story may name, lower case. */
// (built in calls marked pure, so that a bundle that never reads them leaves them out)
export const KNOWN_PLACES: ReadonlySet<string> = /* @__PURE__ */ setOf(() => [
  ...words(COUNTRY_NAMES),
  ...MULTIWORD_PLACES,
  ...words(CONTINENTS),
  ...words(US_STATE_NAMES),
  ...US_STATE_NAMES_OF_TWO_WORDS,
]);

/** US states as a town's second part, by name or news-style abbreviation ('Troy, Mich.', 'Albany, New York'). */
export const US_STATES: ReadonlySet<string> = /* @__PURE__ */ setOf(() => [
  ...words(US_STATE_NAMES),
  ...words(US_STATE_ABBREVIATIONS),
  ...US_STATE_NAMES_OF_TWO_WORDS,
]);
