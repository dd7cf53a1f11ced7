import { list, type PerLanguage } from './languages.ts'

/**
 * Articles, prepositions and conjunctions: a sentence never ends on one of them, so a line
 * that does ("… are expected on site at the" over "Madison, WI engineering center …") was
 * broken at the page's width. Lower case, whole words.
 */
export const WORDS_BEFORE_MORE: PerLanguage<string> = {
  en: list(
    'the, a, an, at, of, in, on, to, for, with, from, by, and, or, into, than, via, our, your',
  ),
  de: list(
    'der, die, das, den, dem, des, ein, eine, einen, einem, einer, und, oder, mit, von, zu, im, am, bei, für, auf, unser, unsere, unserem',
  ),
  fr: list(
    'le, la, les, un, une, des, du, de, à, au, aux, et, ou, en, pour, par, sur, avec, dans, notre, nos',
  ),
  es: list('el, la, los, las, un, una, de, del, al, y, en, con, por, para, nuestro, nuestra'),
  pt: list(
    'o, os, as, um, uma, de, do, da, dos, das, em, no, na, nos, nas, e, ou, com, por, para, nosso, nossa',
  ),
  it: list(
    'il, lo, la, gli, le, un, uno, una, di, del, della, al, e, in, con, per, su, da, nel, nella, nostro, nostra',
  ),
  nl: list('de, het, een, en, of, in, op, met, van, voor, aan, bij, ons, onze'),
  pl: list('i, w, z, na, do, od, za, ze, we, oraz, lub, nasz, nasza, naszym'),
}
