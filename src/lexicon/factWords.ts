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
export const FALL_WORDS: ReadonlySet<string> = /* @__PURE__ */ new Set([
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
export const DISTANCE_AFTER: ReadonlySet<string> = /* @__PURE__ */ new Set(['away', 'off', 'distant']);

/** Words after a length that make it a depth or a height ('10 km deep', '3,000 metres high'). */
export const DEPTH_AFTER: ReadonlySet<string> = /* @__PURE__ */ new Set(['deep', 'below', 'underground', 'beneath']);
export const HEIGHT_AFTER: ReadonlySet<string> = /* @__PURE__ */ new Set(['high', 'tall', 'above']);

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
export const CONVEYANCE_NOUNS: ReadonlySet<string> = /* @__PURE__ */ new Set([
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
export const VEHICLE_NOUNS: ReadonlySet<string> = /* @__PURE__ */ new Set([
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
export const CHARGE_CUES: ReadonlySet<string> = /* @__PURE__ */ new Set([
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
export const WEAPON_CUES: ReadonlySet<string> = /* @__PURE__ */ new Set([
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
export const POLAR_PARTICIPLES: ReadonlySet<string> = /* @__PURE__ */ new Set([
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
 * Verbs that say where a person lives ('who lived in South Ozone Park', 'a New Zealander living in Melbourne').
 * With 'NAME, AGE, of PLACE' (the AP Stylebook's hometown convention) and 'a resident of PLACE' they give a
 * person's residence.
 */
export const RESIDENCE_VERBS: ReadonlySet<string> = /* @__PURE__ */ new Set([
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
export const RELOCATION_VERBS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'moved',
  'relocated',
  'emigrated',
  'immigrated',
  'settled',
]);

/**
 * Irregular past forms of verbs that news uses for what happened at a time or on a day ('the attackers fled at
 * 9:15', 'the fighting spread on Monday'): the regular ones end in -ed and are read as such, and those that report
 * the event's onset ('struck', 'broke out') are in ONSET_VERBS.
 */
export const IRREGULAR_PAST: ReadonlySet<string> = /* @__PURE__ */ new Set([
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
export const FOLLOW_UP_VERBS: ReadonlySet<string> = /* @__PURE__ */ new Set([
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
export const AHEAD_WORDS: ReadonlySet<string> = /* @__PURE__ */ new Set([
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
export const ONSET_VERBS: ReadonlySet<string> = /* @__PURE__ */ new Set([
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
export const RATE_NOUNS: ReadonlySet<string> = /* @__PURE__ */ new Set([
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
export const MOTION_WORDS: ReadonlySet<string> = /* @__PURE__ */ new Set([
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
export const SPEED_LIMIT_WORDS: ReadonlySet<string> = /* @__PURE__ */ new Set(['limit', 'limits', 'zone', 'posted']);

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
export const BLOOD_ALCOHOL_NOUNS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'level',
  'content',
  'concentration',
  'reading',
]);

/** Verbs of violence done to a person a number of times ('shot three times', 'stabbed 20 times', 'hit twice'). */
export const REPEATED_HARM_VERBS: ReadonlySet<string> = /* @__PURE__ */ new Set([
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
export const PROJECTILE_NOUNS: ReadonlySet<string> = /* @__PURE__ */ new Set([
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
