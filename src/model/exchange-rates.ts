/**
 * The exchange rates pay is converted with: euro foreign exchange reference rates of the
 * European Central Bank (units of each currency per 1 euro), as published for the day in
 * `RATES_DATE`. Shipped with the build, so a yearly figure never needs the network; update
 * the table (and its date) when the figures drift. Currencies missing here are not
 * converted: a role paying in one states pay but has no yearly figure to compare.
 */
export const RATES_DATE = '2024-12-31'

export const EUR_RATES: Readonly<Record<string, number>> = {
  EUR: 1,
  USD: 1.0389,
  JPY: 163.06,
  BGN: 1.9558,
  CZK: 25.185,
  DKK: 7.4578,
  GBP: 0.82918,
  HUF: 411.35,
  PLN: 4.275,
  RON: 4.9743,
  SEK: 11.459,
  CHF: 0.9412,
  ISK: 143.9,
  NOK: 11.795,
  TRY: 36.7372,
  AUD: 1.6772,
  BRL: 6.4253,
  CAD: 1.4948,
  CNY: 7.5833,
  HKD: 8.0686,
  IDR: 16820.88,
  ILS: 3.787,
  INR: 88.9335,
  KRW: 1532.15,
  MXN: 21.5504,
  MYR: 4.6454,
  NZD: 1.8532,
  PHP: 60.195,
  SGD: 1.4164,
  THB: 35.676,
  ZAR: 19.6188,
}

/** Currencies a minimum pay can be given in, most asked for first. */
export const PAY_FILTER_CURRENCIES = [
  'EUR',
  'USD',
  'GBP',
  'CHF',
  'CAD',
  'AUD',
  'PLN',
  'SEK',
  'NOK',
  'DKK',
  'CZK',
  'INR',
  'BRL',
  'JPY',
  'SGD',
] as const
