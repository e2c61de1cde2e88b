/**
 * The vocabulary the facts stage reads: what a figure or a description measures, where its scope ends, and the
 * closed classes a description is drawn from. General English news vocabulary, not the words of one story.
 *
 * Sources: the casualty, arrest and seizure verbs are those of wire-service style guides (AP Stylebook
 * 'casualties', Reuters Handbook 'deaths and injuries') and of any news corpus; the demonyms follow the
 * ISO 3166 country list with the adjectives the CIA World Factbook gives; the ship, aircraft, weapon and charge
 * classes are the common nouns of naval, aviation, police and court reporting (US and UK penal codes for the
 * grades of homicide).
 */

import { dictionary } from './dictionary.js';

/** Predicates and the attribute they state of what they count or measure ('killed' = 'dead' = 'death toll'). */
export const ATTRIBUTE_WORDS: Readonly<Record<string, string>> = /* @__PURE__ */ dictionary({
  killed: 'killed',
  kill: 'killed',
  kills: 'killed',
  killing: 'killed',
  dead: 'killed',
  died: 'killed',
  die: 'killed',
  dies: 'killed',
  dying: 'killed',
  death: 'killed',
  deaths: 'killed',
  fatalities: 'killed',
  slain: 'killed',
  perished: 'killed',
  bodies: 'killed',
  injured: 'injured',
  injuring: 'injured',
  injuries: 'injured',
  wounded: 'injured',
  wounding: 'injured',
  hurt: 'injured',
  hospitalized: 'injured',
  hospitalised: 'injured',
  missing: 'missing',
  unaccounted: 'missing',
  arrested: 'arrested',
  arrests: 'arrested',
  detained: 'arrested',
  apprehended: 'arrested',
  apprehending: 'arrested',
  captured: 'arrested',
  capturing: 'arrested',
  nabbed: 'arrested',
  custody: 'arrested',
  seized: 'seized',
  seizing: 'seized',
  confiscated: 'seized',
  confiscating: 'seized',
  recovered: 'seized',
  impounded: 'seized',
  rescued: 'rescued',
  // shots and rounds ('fired 10 shots', 'at least 30 rounds were fired')
  fired: 'fired',
  firing: 'fired',
  evacuated: 'evacuated',
  displaced: 'evacuated',
});

/** Verbs of falling: what a length with them measures ('fell about 150 metres'). */
export const FALL_WORDS: ReadonlySet<string> = new Set([
  'fell',
  'fall',
  'falls',
  'falling',
  'fallen',
  'plunged',
  'plunging',
  'plummeted',
  'plummeting',
  'tumbled',
  'tumbling',
  'dropped',
  'slid',
  'sliding',
]);

/** Words after a length that make it a distance from somewhere ('half a mile away'). */
export const DISTANCE_AFTER: ReadonlySet<string> = new Set(['away', 'off', 'distant']);

/** Words after a length that make it a depth or a height ('10 km deep', '3,000 metres high'). */
export const DEPTH_AFTER: ReadonlySet<string> = new Set(['deep', 'below', 'underground', 'beneath']);
export const HEIGHT_AFTER: ReadonlySet<string> = new Set(['high', 'tall', 'above']);

/**
 * Phrases that make a figure a running total rather than this event's ('14 rifles so far', 'a total of 923
 * rounds', 'in their five operations'): scope 'cumulative'.
 */
export const CUMULATIVE_PHRASES: readonly string[] = [
  'so far',
  'thus far',
  'to date',
  'till date',
  'until now',
  'till now',
  'up to now',
  'a total of',
  'in total',
  'in all',
  'altogether',
  'all told',
  'cumulative',
  'combined',
  'overall',
  'since the start',
  'since the beginning',
];

/** Phrases that set a clause in the past of another event ('last year', 'two years ago'): scope 'background'. */
export const BACKGROUND_PHRASES: readonly string[] = [
  'last year',
  'years ago',
  'a year ago',
  'previous year',
  'the year before',
  'in the past',
  'previously',
  'earlier this year',
  'last month',
  'months ago',
  'back then',
];

/** Ordinal words and their numbers. */
export const ORDINALS: Readonly<Record<string, number>> = /* @__PURE__ */ dictionary({
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
});

/**
 * Words after an ordinal that restrict the set it counts in to a time or a tenure ('the fourth coach since 2003',
 * 'under King', 'in four years'). 'of' does not: 'the 21st head coach of the 76ers' counts in the team's whole
 * history, the set an ordinal with no restriction counts in.
 */
export const ORDINAL_RESTRICTORS: ReadonlySet<string> = new Set(['since', 'under', 'in', 'during', 'this']);

/** Idioms that hold an ordinal but state no rank ('third time's the charm', 'second nature'). */
export const ORDINAL_IDIOMS: readonly string[] = [
  "time's the charm",
  'time’s the charm',
  'time is the charm',
  "time's a charm",
  'time lucky',
  'nature',
  'thoughts',
  'guessing',
  'hand',
  'glance',
  'half',
  'quarter',
  'place finish',
  'person',
  'look',
  'opinion',
  'fiddle',
  'cousin',
  // a class in a scale of law or medicine, not a rank: 'third degree murder', 'second-degree burns'
  'degree',
  // 'a third party', 'first class', 'first aid', 'first lady'
  'party',
  'class',
  'aid',
  'lady',
];

/**
 * Words before 'the' and an ordinal that make the ordinal a point of comparison, not the subject's own rank:
 * 'two games behind the eighth seed', 'ahead of the third-placed team', 'better than the fifth'.
 */
export const ORDINAL_REFERENCES: ReadonlySet<string> = new Set([
  'behind',
  'ahead',
  'than',
  'above',
  'below',
  'beyond',
  'trailing',
  'trail',
  'trails',
  'overtook',
  'overtake',
  'past',
]);

/** Fractions written as words before a unit ('half a mile', 'a quarter of a mile', 'three-quarters of a mile'). */
export const FRACTION_WORDS: Readonly<Record<string, number>> = /* @__PURE__ */ dictionary({
  half: 0.5,
  quarter: 0.25,
  'three-quarters': 0.75,
  'three quarters': 0.75,
  third: 1 / 3,
  'two-thirds': 2 / 3,
});

/** A number stated as nothing: 'no one was killed', 'there were no injuries' (a value of zero). */
export const NONE_WORDS: readonly string[] = ['no one', 'nobody', 'none', 'no'];

/** Decades of a person's age ('in his early 30s'): the years each part of a decade covers. */
export const DECADE_PARTS: Readonly<Record<string, [number, number]>> = /* @__PURE__ */ dictionary({
  early: [0, 3],
  mid: [3, 6],
  'mid-': [3, 6],
  late: [6, 9],
});

/**
 * Closed classes of description: each class lists its values, and each value the words that state it. Two values
 * of one class cannot both describe one thing, unless one is the other's kind (`BROADER`).
 */
export const CLOSED_CLASSES: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> =
  /* @__PURE__ */ dictionary<Readonly<Record<string, readonly string[]>>>({
    vessel: {
      frigate: ['frigate'],
      destroyer: ['destroyer'],
      corvette: ['corvette'],
      'patrol vessel': ['patrol vessel', 'patrol ship', 'patrol boat', 'offshore patrol vessel', 'patrol craft'],
      cruiser: ['cruiser'],
      submarine: ['submarine'],
      'aircraft carrier': ['aircraft carrier', 'carrier'],
      minesweeper: ['minesweeper'],
      tanker: ['tanker', 'oil tanker'],
      trawler: ['trawler', 'fishing boat', 'fishing vessel'],
      ferry: ['ferry'],
      yacht: ['yacht'],
      'cargo ship': ['cargo ship', 'freighter', 'container ship', 'bulk carrier', 'merchant ship'],
    },
    aircraft: {
      helicopter: ['helicopter', 'chopper'],
      plane: ['plane', 'airplane', 'aeroplane', 'jet', 'airliner', 'aircraft'],
      drone: ['drone'],
      glider: ['glider'],
    },
    settlement: {
      village: ['village', 'hamlet'],
      town: ['town', 'township'],
      city: ['city'],
    },
    colour: {
      black: ['black'],
      white: ['white'],
      silver: ['silver'],
      grey: ['grey', 'gray'],
      red: ['red'],
      blue: ['blue'],
      green: ['green'],
      yellow: ['yellow'],
      brown: ['brown'],
      gold: ['gold'],
      beige: ['beige', 'tan'],
      maroon: ['maroon', 'burgundy'],
      orange: ['orange'],
      purple: ['purple'],
    },
    weapon: {
      rifle: ['rifle', 'assault rifle', 'assault weapon', 'semi-automatic rifle', 'hunting rifle'],
      shotgun: ['shotgun'],
      handgun: ['handgun', 'pistol', 'revolver'],
      knife: ['knife', 'machete', 'blade', 'dagger'],
      gun: ['gun', 'firearm'],
    },
    charge: {
      murder: ['murder', 'first-degree murder', 'second-degree murder', 'capital murder'],
      manslaughter: ['manslaughter', 'vehicular manslaughter', 'involuntary manslaughter', 'voluntary manslaughter'],
      'negligent homicide': ['negligent homicide', 'criminally negligent homicide', 'vehicular homicide'],
      homicide: ['homicide'],
    },
    // how money passed from one person to another, as reporting on payments to players, officials or recruits
    // tells it: a gift is not repaid, a loan is ('a cash gift to a recruit' / 'loaned a recruit's mother money')
    transfer: {
      gift: ['gift', 'cash gift', 'gave'],
      loan: ['loan', 'loaned', 'lent', 'cash loan'],
    },
    // the grade of an offence in US law (a misdemeanour is punishable by up to a year in jail, a felony by more;
    // 18 U.S.C. 3559 and state codes alike)
    grade: {
      misdemeanor: ['misdemeanor', 'misdemeanour'],
      felony: ['felony'],
    },
    // how someone was killed, as news states it of a victim ('was shot dead', 'stabbed to death', 'was struck by
    // a car'); a general vocabulary of crime and accident reporting
    death: {
      shot: [
        'shot dead',
        'shot to death',
        'gunned down',
        'fatally shot',
        'shot and killed',
        'shot and fatally wounded',
      ],
      stabbed: ['stabbed to death', 'fatally stabbed', 'stabbed and killed', 'knifed to death', 'hacked to death'],
      beaten: ['beaten to death', 'bludgeoned to death', 'fatally beaten', 'beaten and killed'],
      strangled: ['strangled', 'strangled to death', 'choked to death', 'asphyxiated'],
      drowned: ['drowned'],
      burned: ['burned to death', 'burnt to death'],
      'struck by a vehicle': [
        'struck by a car',
        'hit by a car',
        'struck by a vehicle',
        'hit by a vehicle',
        'run over',
        'struck by a truck',
        'hit by a truck',
        'mowed down',
      ],
      poisoned: ['poisoned', 'fatally poisoned'],
    },
    vehicle: {
      car: ['car', 'sedan', 'saloon', 'hatchback', 'coupe'],
      suv: ['suv', 'sport utility vehicle'],
      truck: ['truck', 'lorry', 'pickup', 'pickup truck'],
      van: ['van', 'minivan'],
      motorcycle: ['motorcycle', 'motorbike', 'scooter'],
      bus: ['bus'],
    },
  });

/** A value that is the kind of others: it agrees with each of them ('gun' with 'rifle'; 'homicide' with 'murder'). */
export const BROADER: Readonly<Record<string, readonly string[]>> = /* @__PURE__ */ dictionary({
  gun: ['rifle', 'shotgun', 'handgun'],
  homicide: ['murder', 'manslaughter', 'negligent homicide'],
  // English calls a city a town as often as not ('the town loves him', 'her home town of Chicago'); a village is
  // neither
  town: ['city'],
  plane: ['glider'],
});

/**
 * What people travel or attack in, counted after 'in' or 'aboard' ('pirates in two boats', 'gunmen in three
 * cars'): how many of them is a fact of the event that outlets give differently.
 */
export const CONVEYANCE_NOUNS: ReadonlySet<string> = new Set([
  'boats',
  'skiffs',
  'speedboats',
  'dinghies',
  'dhows',
  'ships',
  'vessels',
  'cars',
  'vehicles',
  'trucks',
  'vans',
  'pickups',
  'buses',
  'helicopters',
  'planes',
  'jets',
  'aircraft',
  'motorcycles',
]);

/** Nouns that a vehicle's colour or make is said of. */
export const VEHICLE_NOUNS: ReadonlySet<string> = new Set([
  'car',
  'cars',
  'sedan',
  'vehicle',
  'suv',
  'truck',
  'van',
  'pickup',
  'motorcycle',
  'bus',
  'jeep',
  'hatchback',
  'coupe',
]);

/** Words before a charge that make it one ('charged with', 'accused of', 'arrested for', 'faces ... charges'). */
export const CHARGE_CUES: ReadonlySet<string> = new Set([
  'charged',
  'charge',
  'charges',
  'charging',
  'accused',
  'indicted',
  'convicted',
  'guilty',
  'arrested',
  'faces',
  'facing',
  'booked',
  'count',
  'counts',
]);

/** Verbs and nouns of using a weapon: a weapon named near them is the one used. */
export const WEAPON_CUES: ReadonlySet<string> = new Set([
  'shot',
  'shoot',
  'shooting',
  'fired',
  'firing',
  'opened',
  'armed',
  'wielding',
  'brandishing',
  'stabbed',
  'gunman',
  'gunfire',
  'used',
  'carrying',
  'with',
]);

/**
 * How well a participle's condition held ('well equipped' / 'ill-equipped'): the adverbs of each side. A
 * description on one side contradicts one on the other.
 */
export const POLAR_ADVERBS: Readonly<Record<string, 'well' | 'poorly'>> = /* @__PURE__ */ dictionary({
  well: 'well',
  properly: 'well',
  adequately: 'well',
  fully: 'well',
  sufficiently: 'well',
  suitably: 'well',
  ill: 'poorly',
  poorly: 'poorly',
  badly: 'poorly',
  insufficiently: 'poorly',
  inadequately: 'poorly',
  under: 'poorly',
  improperly: 'poorly',
  unsuitably: 'poorly',
});

/** Participles that a condition is said of ('equipped', 'prepared'). */
export const POLAR_PARTICIPLES: ReadonlySet<string> = new Set([
  'equipped',
  'prepared',
  'trained',
  'armed',
  'protected',
  'dressed',
  'clothed',
  'staffed',
  'resourced',
  'maintained',
  'lit',
]);

/**
 * Countries and their demonyms (ISO 3166 names as English news writes them). A demonym before a person noun or a
 * name states nationality; 'X-born' states a birthplace and is left out.
 */
export const NATIONALITIES: Readonly<Record<string, readonly string[]>> = /* @__PURE__ */ dictionary({
  American: ['american', 'u.s.', 'us'],
  Australian: ['australian', 'australia'],
  British: [
    'british',
    'briton',
    'britons',
    'english',
    'englishman',
    'englishwoman',
    'scottish',
    'scot',
    'scotsman',
    'welsh',
    'welshman',
    'uk',
    'u.k.',
  ],
  Canadian: ['canadian', 'canada'],
  'New Zealander': ['new zealander', 'new zealand', 'kiwi'],
  Irish: ['irish', 'irishman', 'irishwoman'],
  French: ['french', 'frenchman', 'frenchwoman'],
  German: ['german'],
  Italian: ['italian'],
  Spanish: ['spanish', 'spaniard'],
  Portuguese: ['portuguese'],
  Dutch: ['dutch', 'dutchman'],
  Belgian: ['belgian'],
  Swiss: ['swiss'],
  Austrian: ['austrian'],
  Swedish: ['swedish', 'swede'],
  Norwegian: ['norwegian'],
  Danish: ['danish', 'dane'],
  Finnish: ['finnish', 'finn'],
  Polish: ['polish', 'pole'],
  Czech: ['czech'],
  Russian: ['russian'],
  Ukrainian: ['ukrainian'],
  Belarusian: ['belarusian'],
  Greek: ['greek'],
  Turkish: ['turkish', 'turk'],
  Israeli: ['israeli'],
  Palestinian: ['palestinian'],
  Lebanese: ['lebanese'],
  Syrian: ['syrian'],
  Iraqi: ['iraqi'],
  Iranian: ['iranian'],
  Afghan: ['afghan'],
  Pakistani: ['pakistani'],
  Indian: ['indian'],
  Bangladeshi: ['bangladeshi'],
  'Sri Lankan': ['sri lankan'],
  Nepali: ['nepali', 'nepalese'],
  Chinese: ['chinese'],
  Japanese: ['japanese'],
  Korean: ['korean', 'south korean', 'north korean'],
  Vietnamese: ['vietnamese'],
  Thai: ['thai'],
  Filipino: ['filipino', 'philippine'],
  Indonesian: ['indonesian'],
  Malaysian: ['malaysian'],
  Singaporean: ['singaporean'],
  Egyptian: ['egyptian'],
  Libyan: ['libyan'],
  Moroccan: ['moroccan'],
  Algerian: ['algerian'],
  Tunisian: ['tunisian'],
  Nigerian: ['nigerian'],
  Kenyan: ['kenyan'],
  Ethiopian: ['ethiopian'],
  Somali: ['somali', 'somalian'],
  'South African': ['south african'],
  Mexican: ['mexican'],
  Brazilian: ['brazilian'],
  Argentine: ['argentine', 'argentinian'],
  Chilean: ['chilean'],
  Colombian: ['colombian'],
  Peruvian: ['peruvian'],
  Venezuelan: ['venezuelan'],
  Cuban: ['cuban'],
  Jamaican: ['jamaican'],
  Saudi: ['saudi'],
  Emirati: ['emirati'],
  Yemeni: ['yemeni'],
  Jordanian: ['jordanian'],
  Georgian: ['georgian'],
  Armenian: ['armenian'],
  Hungarian: ['hungarian'],
  Romanian: ['romanian'],
  Bulgarian: ['bulgarian'],
  Serbian: ['serbian', 'serb'],
  Croatian: ['croatian', 'croat'],
});

/** Nouns for people in general: counts of them are counts of people, whatever the noun ('30 civilians'). */
export const PEOPLE_NOUNS: ReadonlySet<string> = new Set([
  'people',
  'persons',
  'person',
  'civilians',
  'residents',
  'men',
  'women',
  'children',
  'passengers',
  'victims',
  'others',
  'individuals',
  'workers',
  'soldiers',
  'troops',
  'officers',
  'policemen',
  'students',
  'crew',
  'crewmembers',
  'crewmen',
  'members',
  'fighters',
  'militants',
  'pirates',
  'suspects',
  'climbers',
  'tourists',
  'migrants',
  'refugees',
]);

/** Nouns for a person that a demonym or an age is said of ('Australian climber', 'British man'). */
export const PERSON_HEAD_NOUNS: ReadonlySet<string> = new Set([
  'man',
  'woman',
  'boy',
  'girl',
  'person',
  'climber',
  'mountaineer',
  'hiker',
  'tourist',
  'national',
  'citizen',
  'resident',
  'driver',
  'pilot',
  'victim',
  'suspect',
  'soldier',
  'officer',
  'journalist',
  'student',
  'teacher',
  'doctor',
  'nurse',
  'worker',
  'player',
  'coach',
  'actor',
  'actress',
  'singer',
  'mother',
  'father',
  'son',
  'daughter',
  'husband',
  'wife',
  'grandmother',
  'grandfather',
  'brother',
  'sister',
  'friend',
  'girlfriend',
  'boyfriend',
  'partner',
  'neighbor',
  'neighbour',
  'pedestrian',
  'motorist',
  'cyclist',
  'skier',
  'gunman',
  'shooter',
  'mr',
  'mrs',
  'ms',
]);

/**
 * Verbs that say where a person lives ('who lived in South Ozone Park', 'a New Zealander living in Melbourne').
 * With 'NAME, AGE, of PLACE' (the AP Stylebook's hometown convention) and 'a resident of PLACE' they give a
 * person's residence.
 */
export const RESIDENCE_VERBS: ReadonlySet<string> = new Set([
  'live',
  'lives',
  'lived',
  'living',
  'reside',
  'resides',
  'resided',
  'residing',
]);

/**
 * Verbs of a change of place whose result lasts: 'she had moved a mile and a half away five years ago' says where
 * she lives now, so 'years ago' does not put the distance in the past (the result state of a telic verb).
 */
export const RELOCATION_VERBS: ReadonlySet<string> = new Set([
  'moved',
  'relocated',
  'emigrated',
  'immigrated',
  'settled',
]);

/**
 * Demonyms that name a person on their own ('a Briton', 'an Englishman', 'the New Zealander'), lower case: a
 * description of a person like 'the climber'.
 */
export const PERSON_DEMONYMS: ReadonlySet<string> = new Set([
  'briton',
  'englishman',
  'englishwoman',
  'scotsman',
  'welshman',
  'irishman',
  'irishwoman',
  'frenchman',
  'frenchwoman',
  'dutchman',
  'spaniard',
  'new zealander',
  'kiwi',
  'swede',
  'dane',
  'finn',
  'pole',
  'turk',
  'serb',
  'croat',
  'scot',
]);

/**
 * Currencies as news writes them: a symbol or code before the amount ('$1,099', 'US$2 billion', '£7m', 'Rs 500')
 * and a word after it ('5 million pounds', '300 euros'), each with its ISO 4217 code. A dollar sign alone is the
 * US dollar (AP Stylebook: other dollars are written 'A$', 'C$', 'NZ$').
 */
export const CURRENCY_BEFORE: Readonly<Record<string, string>> = /* @__PURE__ */ dictionary({
  $: 'USD',
  us$: 'USD',
  usd: 'USD',
  a$: 'AUD',
  aud: 'AUD',
  c$: 'CAD',
  cad: 'CAD',
  nz$: 'NZD',
  nzd: 'NZD',
  hk$: 'HKD',
  '£': 'GBP',
  gbp: 'GBP',
  '€': 'EUR',
  eur: 'EUR',
  '¥': 'JPY',
  '₹': 'INR',
  rs: 'INR',
  inr: 'INR',
  '₽': 'RUB',
  '₴': 'UAH',
  chf: 'CHF',
});

export const CURRENCY_AFTER: Readonly<Record<string, string>> = /* @__PURE__ */ dictionary({
  dollars: 'USD',
  pounds: 'GBP',
  sterling: 'GBP',
  euros: 'EUR',
  euro: 'EUR',
  rupees: 'INR',
  yen: 'JPY',
  yuan: 'CNY',
  renminbi: 'CNY',
  roubles: 'RUB',
  rubles: 'RUB',
  hryvnias: 'UAH',
  hryvnia: 'UAH',
  francs: 'CHF',
  pesos: 'MXN',
  rand: 'ZAR',
  naira: 'NGN',
});

/**
 * Multipliers of sums of money beyond the number words ('thousand', 'million', 'billion'): written against the
 * number ('£7m', '$2bn', '$500k') or, in South Asian reporting, lakh and crore ('Rs 500 crore').
 */
export const MONEY_MULTIPLIERS: Readonly<Record<string, number>> = /* @__PURE__ */ dictionary({
  k: 1_000,
  m: 1_000_000,
  mn: 1_000_000,
  mln: 1_000_000,
  bn: 1_000_000_000,
  b: 1_000_000_000,
  tn: 1_000_000_000_000,
  lakh: 100_000,
  lakhs: 100_000,
  crore: 10_000_000,
  crores: 10_000_000,
});

/**
 * What a sum of money is, from the words of its clause (general vocabulary of business, court and crime
 * reporting): a price, bail, a fine, a ransom, damage, a payment, a deal's value, a prize or grant, a salary, a
 * budget, compensation, a sum raised.
 */
export const MONEY_WORDS: Readonly<Record<string, string>> = /* @__PURE__ */ dictionary({
  cost: 'price',
  costs: 'price',
  costing: 'price',
  priced: 'price',
  price: 'price',
  prices: 'price',
  retail: 'price',
  retails: 'price',
  bail: 'bail',
  bond: 'bail',
  fine: 'fine',
  fined: 'fine',
  penalty: 'fine',
  ransom: 'ransom',
  damage: 'damage',
  damages: 'damage',
  losses: 'damage',
  paid: 'paid',
  pay: 'paid',
  payment: 'paid',
  fee: 'paid',
  worth: 'value',
  valued: 'value',
  valuation: 'value',
  deal: 'deal',
  contract: 'deal',
  extension: 'deal',
  prize: 'prize',
  award: 'prize',
  grant: 'prize',
  reward: 'prize',
  salary: 'salary',
  earns: 'salary',
  wage: 'salary',
  budget: 'budget',
  spent: 'budget',
  spending: 'budget',
  compensation: 'compensation',
  settlement: 'compensation',
  raised: 'raised',
  funding: 'raised',
  invested: 'raised',
  investment: 'raised',
});

/**
 * Irregular past forms of verbs that news uses for what happened at a time or on a day ('the attackers fled at
 * 9:15', 'the fighting spread on Monday'): the regular ones end in -ed and are read as such, and those that report
 * the event's onset ('struck', 'broke out') are in ONSET_VERBS.
 */
export const IRREGULAR_PAST: ReadonlySet<string> = new Set([
  'shot',
  'took',
  'fled',
  'sank',
  'blew',
  'caught',
  'drove',
  'flew',
  'held',
  'ran',
  'stole',
  'tore',
  'swept',
  'burst',
  'spread',
  'met',
  'left',
  'came',
  'went',
  'rose',
  'fought',
  'sent',
  'set',
  'won',
  'lost',
  'made',
  'gave',
  'spoke',
  'woke',
  'overtook',
  'withdrew',
]);

/**
 * Verbs of the procedure that follows an event in crime, court and accident reporting: police identify the dead,
 * prosecutors charge, a court arraigns, convicts and sentences, a suspect appears in court. A lede often leads
 * with the newest of these ('was charged Friday with murder'), so the day it names is that step's, never the day
 * of the event itself (which another outlet's lede gives: 'was killed Wednesday night'). General vocabulary of the
 * criminal process (charge, indictment, arraignment, conviction, sentence) as news reports it.
 */
export const FOLLOW_UP_VERBS: ReadonlySet<string> = new Set([
  'charged',
  'charge',
  'charges',
  'indicted',
  'arraigned',
  'identified',
  'convicted',
  'sentenced',
  'appear',
  'appeared',
  'appears',
  'testified',
  'pleaded',
  'pled',
  'buried',
  'mourned',
  'remembered',
]);

/**
 * Words that put what follows in a clause in the future or in an expectation ('is expected to be charged by noon
 * on Friday', 'will be televised on Sunday', 'is scheduled to appear Monday'): a day or time after them is a
 * coming occasion, not the one the story reports. The adjectives of a coming event ('with a playoff looming on
 * Sunday', 'the upcoming vote on Monday', 'his impending trial') mark it too.
 */
export const AHEAD_WORDS: ReadonlySet<string> = new Set([
  'looming',
  'upcoming',
  'impending',
  'forthcoming',
  'will',
  "'ll",
  'expected',
  'expects',
  'scheduled',
  'due',
  'plans',
  'planned',
  'planning',
  'would',
]);

/**
 * Verbs that report that the story's event happened, whichever event it is ('the quake struck at 9:15', 'the
 * blast occurred at', 'the fire broke out on Monday', 'the attack began at'): one predicate, so that outlets that
 * word the onset differently give one time and one day.
 */
export const ONSET_VERBS: ReadonlySet<string> = new Set([
  'struck',
  'hit',
  'occurred',
  'happened',
  'erupted',
  'exploded',
  'detonated',
  'rocked',
  'jolted',
  'shook',
  'started',
  'began',
  'begun',
  'unfolded',
  'broke',
  'sparked',
  'ignited',
  'crashed',
  'collapsed',
]);

/**
 * Nouns of a rate that news states as a percentage ('turnout of 62%', 'unemployment rose to 5.2 per cent'):
 * general vocabulary of election, economic and opinion reporting.
 */
export const RATE_NOUNS: ReadonlySet<string> = new Set([
  'turnout',
  'unemployment',
  'inflation',
  'growth',
  'approval',
  'support',
  'share',
  'rate',
  'majority',
  'margin',
  'interest',
  'tariff',
  'tax',
  'discount',
  'stake',
  'occupancy',
  'literacy',
  'poverty',
]);

/**
 * Words before a speed that make it how fast someone or something went ('driving 70 mph', 'was going 45 mph',
 * 'travelling at 90 km/h', 'clocked at 110 mph', 'at speeds of up to 100 mph').
 */
export const MOTION_WORDS: ReadonlySet<string> = new Set([
  'driving',
  'drove',
  'going',
  'went',
  'travelling',
  'traveling',
  'travelled',
  'traveled',
  'doing',
  'speeding',
  'sped',
  'racing',
  'raced',
  'running',
  'moving',
  'flying',
  'sailing',
  'clocked',
  'reached',
  'reaching',
  'topped',
  'hit',
  'speed',
  'speeds',
  'at',
]);

/** Words near a speed that make it a rule, not a fact of the event ('a 35 mph zone', 'the speed limit of 65 mph'). */
export const SPEED_LIMIT_WORDS: ReadonlySet<string> = new Set(['limit', 'limits', 'zone', 'posted']);

/** Words before a speed that make it the wind's ('maximum sustained winds of 120 mph') or its gusts'. */
export const WIND_WORDS: Readonly<Record<string, string>> = /* @__PURE__ */ dictionary({
  wind: 'wind speed',
  winds: 'wind speed',
  gust: 'gust speed',
  gusts: 'gust speed',
  gusting: 'gust speed',
});

/**
 * How a blood alcohol concentration is written ('blood alcohol level', 'blood-alcohol content', 'BAC'), with
 * the nouns that may close it; its value is the US and Canadian one, grams per 100 millilitres written as a
 * decimal ('0.41', '.14', '0.08 percent').
 */
export const BLOOD_ALCOHOL_NOUNS: ReadonlySet<string> = new Set(['level', 'content', 'concentration', 'reading']);

/** Verbs of violence done to a person a number of times ('shot three times', 'stabbed 20 times', 'hit twice'). */
export const REPEATED_HARM_VERBS: ReadonlySet<string> = new Set([
  'shot',
  'stabbed',
  'struck',
  'hit',
  'punched',
  'kicked',
  'slashed',
  'beaten',
]);

/** Adverbs of how many times ('once', 'twice', 'thrice'). */
export const TIMES_ADVERBS: Readonly<Record<string, number>> = /* @__PURE__ */ dictionary({
  once: 1,
  twice: 2,
  thrice: 3,
});

/** What is fired: 'fired' counts only these ('fired 10 shots'; not 'fired after 52 games', a coach's dismissal). */
export const PROJECTILE_NOUNS: ReadonlySet<string> = new Set([
  'shot',
  'round',
  'bullet',
  'shell',
  'missile',
  'rocket',
  'grenade',
  'volley',
  'salvo',
  'cartridge',
  'dart',
  'arrow',
]);
