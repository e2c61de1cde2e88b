import { dictionary } from './dictionary.js';
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
