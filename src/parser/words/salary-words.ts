import type { Salary } from '../../model/posting.ts'
import { list, type PerLanguage } from './languages.ts'

/**
 * Words that say a figure is this role's pay, per language. A money figure on a line with
 * one of them, or under a pay heading, is read as pay; elsewhere it needs a range or a period.
 */
export const PAY_WORDS: PerLanguage<string> = {
  en: list(`salary, salaries, compensation, comp, pay, paid, base, base pay, ote, on-target, ctc,
    rate, day rate, range, salary range, pay range, per annum, gross, earn, earning, package,
    total comp, tc, cash, wage, wages, remuneration, equity, rsu, rsus, stock options`),
  de: list(`gehalt, *gehalt, jahresgehalt, bruttojahresgehalt, monatsgehalt, vergütung, verdienst,
    gehaltsspanne, gehaltsrahmen, brutto, vergütet, stundensatz, tagessatz, lohn`),
  fr: list(`salaire, rémunération, rémunéré, brut, brut annuel, package, fourchette,
    tjm, taux journalier, prétentions salariales`),
  es: list(`salario, sueldo, remuneración, retribución, bruto, bruto anual, banda salarial,
    rango salarial, compensación, pago`),
  pt: list(`salário, remuneração, faixa salarial, bruto, pagamento, compensação`),
  it: list(`stipendio, retribuzione, ral, compenso, lordo, lordi, range retributivo`),
  nl: list(`salaris, salarisindicatie, bruto, beloning, maandsalaris, jaarsalaris, uurtarief`),
  pl: list(`wynagrodzenie, pensja, stawka, widełki, brutto, netto, b2b, uop, umowa o pracę`),
}

/** Words for how often the pay is counted, per language; the first one after a figure wins. */
export const PERIOD_WORDS: Record<Salary['period'], PerLanguage<string>> = {
  hour: {
    en: list(`/h, /hr, /hour, per hour, an hour, a hour, hourly, p/h, ph`),
    de: list(`/std, pro stunde, je stunde, stündlich, stundensatz, die stunde`),
    fr: list(`/heure, par heure, de l'heure, horaire`),
    es: list(`/hora, por hora, la hora`),
    pt: list(`/hora, por hora`),
    it: list(`/ora, all'ora, orario, l'ora`),
    nl: list(`/uur, per uur, uurtarief`),
    pl: list(`/godz, za godzinę, na godzinę, godzinowa, /h`),
  },
  day: {
    en: list(`/day, /d, per day, a day, daily, day rate, per diem`),
    de: list(`/tag, pro tag, je tag, tagessatz`),
    fr: list(`/jour, /j, par jour, tjm, journalier`),
    es: list(`/día, /dia, por día, por dia, al día, diario`),
    pt: list(`/dia, por dia, diária`),
    it: list(`/giorno, al giorno, giornaliero, giornaliera`),
    nl: list(`/dag, per dag, dagtarief`),
    pl: list(`/dzień, za dzień, dziennie, dniówka, /md, md`),
  },
  month: {
    en: list(`/month, /mo, /mth, per month, a month, monthly, pm, p.m.`),
    de: list(`/monat, pro monat, im monat, monatlich, monatsgehalt, mtl, mtl.`),
    fr: list(`/mois, par mois, mensuel, mensuels, mensuelle, brut mensuel`),
    es: list(`/mes, por mes, al mes, mensual, mensuales`),
    pt: list(`/mês, /mes, por mês, por mes, ao mês, mensal, mensais`),
    it: list(`/mese, al mese, mensile, mensili`),
    nl: list(`/maand, per maand, p/m, maandsalaris, bruto per maand`),
    pl: list(`/mies, /mies., /miesiąc, miesięcznie, na miesiąc, mies., mies`),
  },
  year: {
    en: list(`/year, /yr, /y, /annum, per year, a year, per annum, annual, annually, yearly,
      p.a., pa, /pa`),
    de: list(`/jahr, pro jahr, im jahr, jährlich, jahresgehalt, p.a., brutto p.a.`),
    fr: list(`/an, par an, annuel, annuels, annuelle, brut annuel, k€/an`),
    es: list(`/año, por año, al año, anual, anuales, bruto anual`),
    pt: list(`/ano, por ano, ao ano, anual, anuais`),
    it: list(`/anno, all'anno, annuo, annui, annuale, ral`),
    nl: list(`/jaar, per jaar, jaarlijks, jaarsalaris`),
    pl: list(`/rok, rocznie, na rok, rok`),
  },
}

/** Between the two ends of a range: dashes and the word each language uses. */
export const RANGE_WORDS = list(`to, bis, à, a, do, tot, al, até, and, und, et, e, y, i, en`)

/** Before a single figure that is the bottom of the range ("ab 80.000 €", "from $120k"). */
export const FROM_WORDS = list(`from, starting at, starting from, ab, à partir de, a partir de,
  desde, vanaf, od, minimum, min, min., mindestens, au moins, al menos, pelo menos, almeno`)

/**
 * Earlier in the sentence of a single figure, a floor the pay starts at ("the minimum salary
 * for this role is £45,000", "ein kollektivvertragliches Mindestgehalt von € 3.600"): the
 * bottom of the range, with no top.
 */
export const MINIMUM_PAY_WORDS: PerLanguage<string> = {
  en: list(`minimum salary, minimum pay, minimum base, minimum base salary, minimum annual,
    salary floor, pay floor`),
  de: list(`mindestgehalt, mindestlohn, mindestentgelt, *mindestgehalt, mindestbruttogehalt`),
  fr: list(`salaire minimum, salaire minimal, rémunération minimum, rémunération minimale`),
  es: list(`salario mínimo, sueldo mínimo, retribución mínima`),
  pt: list(`salário mínimo, remuneração mínima`),
  it: list(`stipendio minimo, retribuzione minima, ral minima`),
  nl: list(`minimumsalaris, minimaal salaris, minimumloon`),
  pl: list(`minimalne wynagrodzenie, wynagrodzenie minimalne, minimalna pensja`),
}

/** Before a single figure that is the top of the range ("up to £70,000"). */
export const UP_TO_WORDS = list(`up to, bis zu, jusqu'à, jusqu’à, hasta, até, fino a, tot, do,
  maximal, max, max.`)

/** What a word after a pay figure does to it: multiplies it, and may say its period or currency. */
export type PayMultiplier = {
  factor: number
  /** "28 LPA" is lakh per annum: a year's pay. */
  period?: Salary['period']
  /** Lakh and crore are the Indian numbering system: with no currency written, rupees. */
  currency?: string
}

const thousand: PayMultiplier = { factor: 1_000 }
const lakh: PayMultiplier = { factor: 100_000, currency: 'INR' }
const crore: PayMultiplier = { factor: 10_000_000, currency: 'INR' }

/**
 * After a number, these make it bigger: "45k", "15 tys.", "R$ 8 mil", "₹18 L", "28 LPA",
 * "1.2 crore". Keys are lower case.
 */
export const PAY_MULTIPLIERS: Readonly<Record<string, PayMultiplier>> = {
  k: thousand,
  tys: thousand,
  'tys.': thousand,
  mil: thousand,
  tsd: thousand,
  'tsd.': thousand,
  // Alone, "L" and "cr" are too short to say rupees by themselves ("5 L", "10 cr").
  l: { factor: 100_000 },
  lakh: lakh,
  lakhs: lakh,
  lac: lakh,
  lacs: lakh,
  lpa: { ...lakh, period: 'year' },
  cr: { factor: 10_000_000 },
  // "¥9M - ¥13M": millions, where a currency says the figure is money.
  m: { factor: 1_000_000 },
  crore: crore,
  crores: crore,
}

/**
 * Pay words that name the currency themselves: Italy's RAL (retribuzione annua lorda) is in
 * euros and by the year ("RAL 40-50k", with no symbol).
 */
export const PAY_WORD_CURRENCY: Readonly<
  Record<string, { currency: string; period: Salary['period'] }>
> = {
  ral: { currency: 'EUR', period: 'year' },
}

/** After a number, these make it a company figure, never pay ("$20B+", "raised $50M"). */
export const LARGE_NUMBER_WORDS = list(`m, mm, mn, mln, mio, million, millions, millionen,
  millones, milhões, milioni, miljoen, milionów, b, bn, billion, billions, mrd, milliarden,
  milliards, t, tn, trillion, trillions`)

/**
 * Words near a figure that make it something other than this role's pay: company figures
 * (funding, revenue, valuation, users, headcount, volume processed) and perks with a price
 * (budgets, allowances, stipends, bonuses for referrals, insurance cover).
 */
export const NOT_PAY_WORDS: PerLanguage<string> = {
  en: list(`budget, allowance, stipend, voucher, raised, raise, raising, funding, funded,
    revenue, revenues, valuation, valued, worth, discount, credit, credits, grant, contracts,
    customers, clients, users, members, patients, students, employees, people, downloads,
    transactions, processed, process, processing, invested, investment, investors, series,
    round, arr, mrr, gmv, education, training, learning, wellness, wellbeing,
    equipment, home office, relocation bonus, sign-on, signing, referral, assets, aum,
    under management, volume, payments, loans, tam, exceeding, donated,
    savings, saved, prize, bounty, per seat, subscription, pricing, spend, spent, ebitda, profitable, backed, capital, fund, deals, gift,
    insurance, insured, coverage, cover, sum assured`),
  de: list(`*budget, *zuschuss, umsatz, finanzierung, finanzierungsrunde, investition,
    bewertung, kunden, nutzer, mitarbeitende, mitarbeiter, weiterbildung, fortbildung,
    jobrad, gutschein, gutscheine, zuschuss, transaktionen, *versicherung`),
  fr: list(`budget, chiffre d'affaires, levée, levé, financement, valorisation, clients,
    utilisateurs, salariés, collaborateurs, formation, prime de cooptation, tickets restaurant,
    transactions, assurance, mutuelle`),
  es: list(`presupuesto, facturación, ronda, financiación, financiamiento, valoración,
    clientes, usuarios, empleados, formación, transacciones, seguro`),
  pt: list(`orçamento, faturamento, rodada, investimento, avaliação, clientes, usuários,
    funcionários, colaboradores, auxílio, vale, transações, seguro, plano de saúde`),
  it: list(`budget, fatturato, round, finanziamento, valutazione, clienti, utenti,
    dipendenti, formazione, buoni pasto, transazioni, assicurazione`),
  nl: list(`budget, omzet, financiering, investering, waardering, klanten, gebruikers,
    medewerkers, opleidingsbudget, vergoeding, transacties, *verzekering`),
  pl: list(`budżet, przychód, przychody, finansowanie, inwestycja, wycena, klientów,
    użytkowników, pracowników, dofinansowanie, szkolenia, transakcji, ubezpieczenie`),
}

/**
 * Currencies whose pay is stated by the month where the period goes unsaid (Poland, Brazil,
 * Czechia, Romania, Hungary), with the highest monthly figure to read so: "15 000 - 19 000
 * zł" is a month's pay, as a Polish reader takes it; above it a figure is a year's.
 */
export const MONTHLY_PAY_UP_TO: Readonly<Record<string, number>> = {
  PLN: 60_000,
  BRL: 50_000,
  CZK: 250_000,
  RON: 40_000,
  HUF: 3_000_000,
}

/**
 * The biggest yearly pay read at face value, per currency (about a million US dollars, in
 * round figures); above it a figure is a company's. Currencies not listed take the default.
 */
export const MAX_YEARLY_PAY: Readonly<Record<string, number>> & { default: number } = {
  default: 2_000_000,
  SEK: 12_000_000,
  NOK: 12_000_000,
  DKK: 8_000_000,
  CZK: 25_000_000,
  HUF: 400_000_000,
  INR: 90_000_000,
  JPY: 160_000_000,
  CNY: 8_000_000,
  HKD: 8_000_000,
  TWD: 35_000_000,
  KRW: 1_500_000_000,
  IDR: 16_000_000_000,
  VND: 25_000_000_000,
  THB: 35_000_000,
  MXN: 20_000_000,
  ARS: 1_000_000_000,
  CLP: 1_000_000_000,
  COP: 4_000_000_000,
  UYU: 40_000_000,
  ZAR: 20_000_000,
  UAH: 40_000_000,
  NGN: 1_500_000_000,
  KES: 130_000_000,
  EGP: 50_000_000,
  MYR: 5_000_000,
  PEN: 4_000_000,
  BRL: 6_000_000,
  PLN: 4_000_000,
  RON: 5_000_000,
}
