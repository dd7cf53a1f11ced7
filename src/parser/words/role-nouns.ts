import { list, type PerLanguage } from './languages.ts'

/**
 * Nouns that name a role, per language, so that a title line is recognised in any of the
 * posting languages. Plain words match as whole words; a word written `*stem` also ends a
 * compound ("Softwareentwickler", "Systemadministrator", "Teamleiter"), which is how German
 * and Dutch build most role titles. Plurals and feminine forms are listed where they differ
 * by more than a gender suffix (those are handled by gender-tags.ts).
 */
export const ROLE_NOUNS: PerLanguage<string> = {
  en: list(`
    engineer, engineers, developer, developers, programmer, programmers, architect,
    architects, scientist, scientists, analyst, analysts, designer, designers, manager,
    managers, director, directors, lead, leads, leader, leaders, head of, administrator,
    administrators, admin, admins, specialist, specialists, consultant, consultants,
    researcher, researchers, intern, interns, internship, technician, technicians, officer,
    officers, owner, owners, sre, devops, tester, testers, writer, writers, strategist,
    strategists, coordinator, coordinators, vp, vice president, president, cto, ceo, cfo,
    coo, cio, ciso, recruiter, recruiters, editor, editors, expert, experts, apprentice,
    apprentices, apprenticeship, trainee, trainees, fellow, fellows, partner, partners,
    associate, associates, accountant, accountants, marketer, marketers, operator,
    operators, mathematician, mathematicians, statistician, statisticians, economist,
    economists, producer, producers, artist, artists, animator, animators, evangelist,
    evangelists, advocate, advocates, support, swe, swes, sde, sdes, sres, mle, mles, sdet,
    hacker, hackers, co-founder,
    co-founders, cofounder, cofounders, chief of staff, sdr, sdrs, bdr, bdrs, account executive,
    account executives, account exec, account execs, phd position, phd positions, phd student, phd students, phd candidate,
    postdoc, postdocs, sysadmin, sysadmins, copywriter, copywriters, underwriter,
    underwriters, neuroscientist, neuroscientists
  `),
  de: list(`
    *entwickler, *entwicklerin, *entwickler:in, *ingenieur, *ingenieurin, *architekt,
    *architektin, *berater, *beraterin, *administrator, *administratorin, *leiter,
    *leiterin, *programmierer, *programmiererin, *informatiker, *informatikerin, *analyst,
    *analystin, *spezialist, *spezialistin, *techniker, *technikerin, *wissenschaftler,
    *wissenschaftlerin, *manager, *managerin, *referent, *referentin, *sachbearbeiter,
    *mitarbeiter, *mitarbeiterin, *betreuer, *tester, *designer, *designerin, *gestalter,
    *gestalterin, *experte, *expertin, werkstudent, werkstudentin, praktikant,
    praktikantin, praktikum, auszubildender, auszubildende, ausbildung, trainee, teamlead,
    abteilungsleiter, geschäftsführer, geschäftsführerin, fachinformatiker,
    fachinformatikerin, mitgründer, mitgründerin, doktorand, doktorandin, *elektroniker,
    *elektronikerin, *mechatroniker, *mechatronikerin, *monteur, *monteurin, *kaufmann,
    *kauffrau, *koordinator, *koordinatorin, *assistent, *assistentin, *fachkraft,
    *planer, *planerin, *konstrukteur, *konstrukteurin, *controller, *controllerin,
    *buchhalter, *buchhalterin, *redakteur, *redakteurin, *trainer, *trainerin,
    *betreuerin, *sachbearbeiterin, teamleitung, projektleitung, abteilungsleitung,
    bereichsleitung, gruppenleitung, standortleitung, entwicklungsleitung
  `),
  fr: list(`
    développeur, développeuse, développeurs, developpeur, développeur·euse, ingénieur,
    ingénieure, ingénieurs, ingenieur, architecte, architectes, analyste, analystes,
    consultant, consultante, consultants, chef de projet, cheffe de projet, cheffe,
    responsable, directeur, directrice, technicien, technicienne, administrateur,
    administratrice, programmeur, programmeuse, concepteur, conceptrice, expert, experte,
    stagiaire, alternant, alternante, alternance, apprenti, apprentie, chercheur,
    chercheuse, scientifique, gestionnaire, référent, référente, intégrateur, intégratrice,
    testeur, testeuse, designer, product owner, data scientist, cofondateur,
    cofondatrice, doctorant, doctorante, chargé de, chargée de, coordinateur,
    coordinatrice, formateur, formatrice, rédacteur, rédactrice, comptable
  `),
  es: list(`
    desarrollador, desarrolladora, desarrolladores, ingeniero, ingeniera, ingenieros,
    programador, programadora, programadores, arquitecto, arquitecta, analista, analistas,
    consultor, consultora, responsable, director, directora, técnico, administrador,
    administradora, especialista, especialistas, becario, becaria, pasante, practicante,
    prácticas, investigador, investigadora, científico, científica, diseñador, diseñadora,
    líder, gerente, coordinador, coordinadora, desenvolvedor, cofundador, cofundadora,
    doctorando, doctoranda, jefe de proyecto, jefa de proyecto, jefe de equipo, técnica,
    asistente, redactor, redactora, contable
  `),
  pt: list(`
    desenvolvedor, desenvolvedora, desenvolvedores, programador, programadora, engenheiro,
    engenheira, engenheiros, arquiteto, arquiteta, analista, analistas, consultor,
    consultora, gerente, coordenador, coordenadora, diretor, diretora, técnico,
    administrador, administradora, especialista, estagiário, estagiária, estágio,
    pesquisador, pesquisadora, cientista, designer, líder, tech lead, cofundador,
    cofundadora, doutorando, doutoranda, técnica, assistente, gestor, gestora, supervisor,
    supervisora
  `),
  it: list(`
    sviluppatore, sviluppatrice, sviluppatori, programmatore, programmatrice, ingegnere,
    ingegneri, architetto, analista, analisti, consulente, consulenti, responsabile,
    direttore, direttrice, tecnico, amministratore, specialista, stagista, tirocinante,
    tirocinio, ricercatore, ricercatrice, progettista, sistemista, esperto, esperta,
    cofondatore, cofondatrice, dottorando, dottoranda, addetto, addetta, impiegato,
    impiegata, assistente, tecnica, capo progetto, coordinatore, coordinatrice,
    funzionario, funzionaria, istruttore, istruttrice
  `),
  nl: list(`
    *ontwikkelaar, *ontwikkelaars, *programmeur, *architect, *beheerder, *adviseur,
    *consultant, *analist, *specialist, *engineer, *developer, *tester, *manager,
    *medewerker, *medewerkster, *coördinator, *coordinator, *monteur, *assistent, stagiair, stagiaire, afstudeerstage, leidinggevende, teamleider,
    onderzoeker, ontwerper, directeur, werkstudent, medeoprichter, promovendus
  `),
  pl: list(`
    programista, programistka, programiści, inżynier, inżynierka, inżynierowie, deweloper,
    developer, architekt, architektka, analityk, analityczka, konsultant, konsultantka,
    kierownik, kierowniczka, dyrektor, dyrektorka, specjalista, specjalistka,
    administrator, administratorka, tester, testerka, stażysta, stażystka, praktykant,
    praktykantka, staż, lider, liderka, projektant, projektantka, badacz, ekspert,
    ekspertka, współzałożyciel, współzałożycielka, doktorant, doktorantka, koordynator,
    koordynatorka, asystent, asystentka, technik, menedżer, księgowy, księgowa, opiekun
  `),
}
