import { list, type PerLanguage } from './languages.ts'

/**
 * A job board's link for employers to advertise, in the eight languages: a verb and what is
 * advertised, in either order ("Post a job", "Stellenanzeige aufgeben", "Publicar aviso
 * gratis"), with "for free" after them or not. Lower case.
 */
export const POST_A_JOB: PerLanguage<{
  verbs: readonly string[]
  ads: readonly string[]
  free: readonly string[]
}> = {
  en: [
    {
      verbs: list('post, advertise, list, publish, place'),
      ads: list(
        'a job, jobs, your job, your jobs, a job ad, job ads, a vacancy, vacancies, a role, a position',
      ),
      free: list('for free, free'),
    },
  ],
  de: [
    {
      verbs: list('aufgeben, schalten, inserieren, ausschreiben, veröffentlichen'),
      ads: list(
        'stellenanzeige, stellenanzeigen, anzeige, anzeigen, job, jobs, stelle, stellen, stellenangebot, inserat',
      ),
      free: list('kostenlos, gratis'),
    },
  ],
  fr: [
    {
      verbs: list('publier, déposer, diffuser, publiez, déposez, diffusez'),
      ads: list(
        "une offre, une annonce, offre, offres, annonce, annonces, vos offres, votre offre, une offre d'emploi",
      ),
      free: list('gratuitement, gratuite, gratuit'),
    },
  ],
  es: [
    {
      verbs: list('publicar, publica, publicá, anunciar, anuncia, anunciá, subir'),
      ads: list(
        'aviso, avisos, un aviso, tu aviso, oferta, ofertas, una oferta, tu oferta, empleo, empleos, vacante, vacantes, anuncio, un anuncio',
      ),
      free: list('gratis, gratuitamente'),
    },
  ],
  pt: [
    {
      verbs: list('publicar, publique, anunciar, anuncie, divulgar, divulgue'),
      ads: list('vaga, vagas, uma vaga, sua vaga, anúncio, um anúncio, oferta, ofertas'),
      free: list('grátis, gratis, gratuitamente'),
    },
  ],
  it: [
    {
      verbs: list('pubblica, pubblicare, inserisci, inserire'),
      ads: list(
        "offerte, offerta, un'offerta, un annuncio, annuncio, annunci, offerta di lavoro, offerte di lavoro",
      ),
      free: list('gratis, gratuitamente'),
    },
  ],
  nl: [
    {
      verbs: list('plaats, plaatsen, adverteer, adverteren'),
      ads: list('vacature, een vacature, vacatures, je vacature, uw vacature'),
      free: list('gratis'),
    },
  ],
  pl: [
    {
      verbs: list('dodaj, opublikuj, publikuj'),
      ads: list('ogłoszenie, ogłoszenia, ofertę, oferty, ofertę pracy'),
      free: list('za darmo, bezpłatnie, darmowo'),
    },
  ],
}
