/**
 * Legal forms a company's name may end with, as companies write them: the eight posting
 * languages' countries and the others postings often name (Nordic, UK, US). One list for
 * the parser (a name written with its form in prose; the form taken off a company's name)
 * and the eval (a label and a record compared without it).
 *
 * `inProse`: the form, written with this case, marks a company's name in running text
 * ("die Amselfeld Systeme GmbH"). Forms that are also words or common capitals ("Co",
 * "Corp", "Limited", "AS", "AB") only come off the end of a name already known to be one.
 */
export type LegalForm = { readonly written: string; readonly inProse: boolean }

export const LEGAL_FORMS: readonly LegalForm[] = [
  // Germany, Austria, Switzerland
  { written: 'GmbH & Co. KGaA', inProse: true },
  { written: 'GmbH & Co. KG', inProse: true },
  { written: 'SE & Co. KGaA', inProse: true },
  { written: 'AG & Co. KG', inProse: true },
  { written: 'UG (haftungsbeschränkt)', inProse: true },
  { written: 'GmbH', inProse: true },
  { written: 'gGmbH', inProse: true },
  { written: 'AG', inProse: true },
  { written: 'SE', inProse: true },
  { written: 'KGaA', inProse: true },
  { written: 'KG', inProse: true },
  { written: 'UG', inProse: true },
  { written: 'e.V.', inProse: true },
  // a registered cooperative (eingetragene Genossenschaft)
  { written: 'eG', inProse: true },
  // France, Belgium, Luxembourg
  { written: 'S.A.S.U.', inProse: true },
  { written: 'S.A.S.', inProse: true },
  { written: 'SASU', inProse: true },
  { written: 'SAS', inProse: true },
  { written: 'SARL', inProse: true },
  { written: 'S.à r.l.', inProse: true },
  { written: 'Sàrl', inProse: true },
  { written: 'BVBA', inProse: true },
  { written: 'S.A.', inProse: true },
  { written: 'SA', inProse: false },
  // Mexico and the rest of Latin America
  { written: 'S.A.P.I. de C.V.', inProse: true },
  { written: 'S. de R.L. de C.V.', inProse: true },
  { written: 'S.A. de C.V.', inProse: true },
  { written: 'SA de CV', inProse: true },
  { written: 'S. de R.L.', inProse: true },
  { written: 'S.A.C.', inProse: true },
  { written: 'E.I.R.L.', inProse: true },
  // Spain, Portugal, Brazil
  { written: 'S.L.U.', inProse: true },
  { written: 'S.L.', inProse: true },
  { written: 'SLU', inProse: true },
  { written: 'SL', inProse: false },
  { written: 'Ltda.', inProse: true },
  { written: 'Unipessoal Lda.', inProse: true },
  { written: 'Lda.', inProse: true },
  { written: 'S/A', inProse: true },
  // Italy
  { written: 'S.r.l.', inProse: true },
  { written: 'S.p.A.', inProse: true },
  { written: 'S.r.l.s.', inProse: true },
  { written: 'S.n.c.', inProse: true },
  { written: 'SRL', inProse: true },
  { written: 'SpA', inProse: true },
  // Netherlands, Belgium
  { written: 'B.V.', inProse: true },
  { written: 'N.V.', inProse: true },
  { written: 'BV', inProse: true },
  { written: 'NV', inProse: false },
  // Poland
  { written: 'Sp. z o.o.', inProse: true },
  { written: 'S.K.A.', inProse: true },
  { written: 'sp.j.', inProse: true },
  { written: 'sp.k.', inProse: true },
  // Czechia, Slovakia
  { written: 's.r.o.', inProse: true },
  { written: 'a.s.', inProse: true },
  // Baltic countries
  { written: 'OÜ', inProse: true },
  { written: 'UAB', inProse: true },
  { written: 'SIA', inProse: false },
  // Nordic countries
  { written: 'Oyj', inProse: true },
  { written: 'Oy', inProse: true },
  { written: 'AB', inProse: false },
  { written: 'ApS', inProse: true },
  { written: 'A/S', inProse: true },
  { written: 'ASA', inProse: false },
  { written: 'AS', inProse: false },
  // English-speaking countries
  { written: 'Pty Ltd', inProse: true },
  // Singapore, Malaysia, Vietnam, and East Asia's "Co., Ltd."
  { written: 'Pte. Ltd.', inProse: true },
  { written: 'Pte Ltd', inProse: true },
  { written: 'Sdn. Bhd.', inProse: true },
  { written: 'Sdn Bhd', inProse: true },
  { written: 'Co., Ltd.', inProse: true },
  { written: 'JSC', inProse: true },
  // India
  { written: 'Pvt. Ltd.', inProse: true },
  { written: 'Pvt Ltd', inProse: true },
  { written: 'Private Limited', inProse: false },
  { written: 'Inc.', inProse: true },
  { written: 'Ltd.', inProse: true },
  { written: 'LLC', inProse: true },
  { written: 'LLP', inProse: true },
  { written: 'PLC', inProse: true },
  { written: 'Limited', inProse: false },
  { written: 'Corporation', inProse: false },
  { written: 'Corp.', inProse: false },
  { written: 'Co.', inProse: false },
  // Forms written out in full, as a public register gives them
  { written: 'spółka z ograniczoną odpowiedzialnością', inProse: false },
  { written: 'spółka akcyjna', inProse: false },
  { written: 'spółka jawna', inProse: false },
  { written: 'spółka komandytowa', inProse: false },
  { written: 'Gesellschaft mit beschränkter Haftung', inProse: false },
  { written: 'société par actions simplifiée', inProse: false },
  { written: 'société à responsabilité limitée', inProse: false },
  { written: 'Sociedad Limitada', inProse: false },
  { written: 'Sociedad Anónima', inProse: false },
  { written: 'Sociedade Anónima', inProse: false },
  { written: 'Sociedade Anônima', inProse: false },
  { written: 'società a responsabilità limitata', inProse: false },
  { written: 'società per azioni', inProse: false },
  { written: 'besloten vennootschap', inProse: false },
]
