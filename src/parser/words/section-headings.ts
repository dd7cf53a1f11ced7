import { list, type PostingLanguage } from './languages.ts'

type HeadingKind =
  | 'responsibilities'
  | 'requirements'
  | 'niceToHave'
  | 'benefits'
  | 'hiringProcess'
  | 'about'
  | 'logistics'
  | 'stack'

/**
 * Section headings of postings in the languages other than English (English headings, with
 * their many optional words, are the HEADING_STRONG patterns). A heading opens its kind when
 * the heading line holds one of these phrases; case and a trailing colon do not matter, and a
 * space also matches a hyphen. Phrases are whole words ("Profil" never matches "Profilierung").
 */
export const SECTION_HEADINGS: Record<
  Exclude<PostingLanguage, 'en'>,
  Record<HeadingKind, string[]>
> = {
  de: {
    responsibilities:
      list(`Projektbeschreibung, Dein Praktikum, Ihr Praktikum, Das Praktikum, Deine Ausbildung, Ihre Ausbildung, Aufgaben, Deine Aufgaben, Ihre Aufgaben, Aufgabengebiet,
        Tätigkeiten, Deine Tätigkeiten, Was dich erwartet, Was Sie erwartet, Was erwartet dich,
        Was erwartet Sie, Deine Rolle, Ihre Rolle, Die Rolle, Die Stelle, Stellenbeschreibung,
        Verantwortlichkeiten, Dein Job, Deine Mission, Was du tust, Was du bewegst, Das machst du,
        Das erwartet dich, Dein Verantwortungsbereich, Ihr Verantwortungsbereich`),
    requirements: list(`Ihr Profil, Dein Profil, Profil, Anforderungen, Anforderungsprofil,
        Was du mitbringst, Was Sie mitbringen, Das bringst du mit, Das bringen Sie mit,
        Qualifikationen, Deine Qualifikationen, Ihre Qualifikationen, Was wir erwarten,
        Was wir suchen, Wen wir suchen, Voraussetzungen, Deine Skills, Dein Know-how,
        Kenntnisse, Das zeichnet dich aus, Was dich auszeichnet`),
    niceToHave: list(`Wünschenswert, Von Vorteil, Idealerweise, Pluspunkte, Nice to have,
        Ein Plus`),
    benefits: list(`Wir bieten, Was wir bieten, Was wir dir bieten, Was wir Ihnen bieten,
        Unser Angebot, Das bieten wir, Das bieten wir dir, Deine Vorteile, Ihre Vorteile,
        Vorteile, Benefits, Warum wir, Warum du zu uns passt, Unsere Benefits, Wir bieten dir,
        Wir bieten Ihnen`),
    hiringProcess: list(`Bewerbungsprozess, Bewerbung, So bewirbst du dich, Interessiert,
        Nächste Schritte, Dein Weg zu uns, Ablauf, Kontakt, Haben wir dein Interesse geweckt,
        Haben wir Ihr Interesse geweckt`),
    about: list(`Über uns, Wer wir sind, Unternehmen, Das Unternehmen, Unser Team,
        Das Team, Unsere Mission, Unsere Werte, Über das Unternehmen, Unternehmensprofil`),
    logistics: list(`Standort, Arbeitsort, Einsatzort, Arbeitszeit, Arbeitsmodell,
        Rahmenbedingungen, Eckdaten, Gehalt`),
    stack:
      list(`Tech Stack, Technologien, Unser Tech Stack, Unsere Technologien, Geforderte Technologien, Benötigte Technologien,
        Werkzeuge, Tools`),
  },
  fr: {
    responsibilities:
      list(`Description du projet, Ton stage, Votre stage, Le stage, Ton alternance, Votre alternance, L'alternance, Missions, Vos missions, Tes missions, Tes missions principales,
        Vos missions principales, Missions principales, Ta mission, Votre mission, Le poste,
        Description du poste, Descriptif du poste, Responsabilités, Vos responsabilités,
        Ce que vous ferez, Ce que tu feras, Ton rôle, Votre rôle, Le rôle, Au quotidien,
        Vos activités, Activités principales, La fonction, Votre fonction,
        Description de la fonction, Le job, Votre job`),
    requirements: list(`Profil recherché, Profil, Votre profil, Ton profil, Compétences,
        Compétences requises, Qualifications, Prérequis, Ce que nous recherchons,
        Ce que l'on recherche, Ce qu’on recherche, Ce que nous cherchons, Ce que l'on cherche,
        Ce qu’on cherche, Exigences, Formation, Expérience,
        Savoir-faire, Savoir-être, Vous êtes, Tu es`),
    niceToHave: list(`Atouts, Un plus, Serait un plus, Les plus, Bonus, Idéalement`),
    benefits: list(`Avantages, Nos avantages, Ce que nous offrons, Ce que nous proposons,
        Ce que l'on offre, Ce qu’on t’offre, Pourquoi nous rejoindre, Pourquoi nous choisir,
        Nous offrons, Nous proposons, Rémunération et avantages, Les avantages, Notre offre,
        Nous vous offrons, Ce que nous vous offrons`),
    hiringProcess: list(`Processus de recrutement, Déroulement du recrutement,
        Process de recrutement, Étapes du recrutement, Comment postuler, Candidature,
        Pour postuler`),
    about: list(`À propos, À propos de nous, Qui sommes-nous, Qui sommes nous,
        L'entreprise, L’entreprise, Notre entreprise, Notre équipe, L'équipe, L’équipe,
        Notre mission, Nos valeurs, La société, Présentation de l'entreprise, Entreprise,
        Société`),
    logistics: list(`Localisation, Lieu de travail, Lieu, Conditions, Informations pratiques,
        Modalités, Type de contrat, Contrat, Salaire`),
    stack:
      list(`Stack technique, Notre stack, Environnement technique, Technologies, Technologies requises,
        Outils, Stack`),
  },
  es: {
    responsibilities:
      list(`Descripción del proyecto, Tus prácticas, Tu beca, Las prácticas, Responsabilidades, Funciones, Tus funciones, Tareas,
        Tus responsabilidades, Qué harás, Lo que harás, Que harás, Tu rol, El rol, El puesto,
        Descripción del puesto, Descripción del empleo, Misión, Tu misión, Tu día a día`),
    requirements: list(`Requisitos, Requerimientos, Requisitos mínimos, Perfil,
        Tu perfil, Perfil buscado, Qué buscamos, Lo que buscamos, Que buscamos,
        Qué necesitas, Lo que necesitas, Experiencia, Conocimientos, Habilidades,
        Competencias, Formación, Requisitos del puesto`),
    niceToHave: list(`Deseable, Deseables, Se valorará, Valorable, Valoraremos, Es un plus,
        Puntos extra, Requisitos deseables`),
    benefits:
      list(`Beneficios, Qué ofrecemos, Lo que ofrecemos, Que ofrecemos, Ofrecemos, Nuestra oferta,
        Te ofrecemos, Nuestros beneficios, Por qué unirte, Ventajas`),
    hiringProcess: list(`Proceso de selección, Proceso, Cómo aplicar, Como aplicar,
        Postulación, Pasos del proceso`),
    about: list(`Sobre nosotros, Quiénes somos, Quienes somos, Acerca de nosotros,
        La empresa, Nuestra empresa, Nuestro equipo, El equipo, Nuestra misión,
        Nuestros valores, Empresa`),
    logistics: list(`Ubicación, Lugar de trabajo, Modalidad, Jornada, Condiciones,
        Tipo de contrato, Salario`),
    stack: list(
      `Stack tecnológico, Tecnologías, Herramientas, Nuestro stack, Tecnologías requeridas`,
    ),
  },
  pt: {
    responsibilities:
      list(`Descrição do projeto, Seu estágio, Teu estágio, O estágio, Responsabilidades, Atividades, Suas atividades, Atribuições,
        O que você vai fazer, O que você fará, Funções, Sua missão, Descrição da vaga,
        Sobre a vaga, A vaga, Seu dia a dia, Desafios, Seus desafios,
        O que vais fazer, O que irás fazer, O que farás, As tuas responsabilidades,
        As tuas funções, O teu dia a dia, A tua missão, O teu papel, O seu papel, A função`),
    requirements: list(`Requisitos, Requisitos obrigatórios, Qualificações, Perfil,
        O que buscamos, O que esperamos, O que procuramos, Experiência, Conhecimentos,
        Habilidades, Competências, Formação, O teu perfil, O seu perfil, Perfil procurado,
        O que precisas, O que procuramos em ti`),
    niceToHave: list(`Diferenciais, Desejável, Desejáveis, Será um diferencial,
        Requisitos desejáveis, Seria um plus`),
    benefits: list(`Benefícios, O que oferecemos, Oferecemos, Vantagens,
        Nossos benefícios, Por que trabalhar conosco, Nossa oferta`),
    hiringProcess: list(`Processo seletivo, Etapas do processo, Como se candidatar,
        Processo de seleção`),
    about: list(`Sobre nós, Quem somos, A empresa, Sobre a empresa, Nosso time,
        Nossa equipe, Nossa missão, Nossos valores, Empresa`),
    logistics: list(`Localização, Local de trabalho, Modelo de trabalho, Regime de contratação,
        Jornada, Salário`),
    stack: list(
      `Stack, Tecnologias, Ferramentas, Nossa stack, Tecnologias requeridas, Tecnologias exigidas`,
    ),
  },
  it: {
    responsibilities:
      list(`Descrizione del progetto, Il tuo stage, Lo stage, Il tuo tirocinio, Il tirocinio, Responsabilità, Mansioni, Le tue mansioni, Attività,
        Cosa farai, Di cosa ti occuperai, Ruolo, Il ruolo, Descrizione del ruolo,
        La posizione, Descrizione della posizione, Compiti, La tua missione`),
    requirements: list(`Requisiti, Requisiti richiesti, Profilo, Profilo ricercato,
        Il tuo profilo, Cosa cerchiamo, Competenze, Competenze richieste, Esperienza,
        Conoscenze, Qualifiche, Formazione`),
    niceToHave: list(`Costituisce un plus, Sarà un plus, Gradito, Graditi, Preferibile,
        Requisiti preferenziali, Titoli preferenziali, Nice to have`),
    benefits: list(`Cosa offriamo, Offriamo, Benefit, Vantaggi, Perché lavorare con noi,
        Perché unirti a noi, La nostra offerta`),
    hiringProcess: list(`Processo di selezione, Come candidarsi, Candidatura, Iter di selezione`),
    about: list(`Chi siamo, Su di noi, L'azienda, L’azienda, Azienda, Il team,
        Il nostro team, La nostra missione, I nostri valori`),
    logistics: list(`Sede, Sede di lavoro, Luogo di lavoro, Modalità di lavoro, Contratto,
        Tipologia di contratto, Retribuzione, Orario`),
    stack: list(`Stack tecnologico, Tecnologie, Strumenti, Il nostro stack, Tecnologie richieste`),
  },
  nl: {
    responsibilities:
      list(`Projectomschrijving, Projectbeschrijving, Jouw stage, Je stage, De stage, Jouw afstudeeropdracht, Wat ga je doen, Wat ga jij doen, Wat je gaat doen, Taken,
        Jouw taken, Functieomschrijving, Over de functie, De functie, Je rol, Jouw rol,
        Verantwoordelijkheden, Wat je doet, Jouw uitdaging, De uitdaging,
        Functieinhoud, Jouw functie`),
    requirements: list(`Wat vragen wij, Wat vragen we, Wat we vragen, Wie ben jij, Wie ben je,
        Functie-eisen, Functieeisen, Eisen, Profiel, Jouw profiel, Wat breng je mee,
        Wat neem je mee, Wat heb je nodig, Vereisten, Kwalificaties, Ervaring`),
    niceToHave: list(`Pré, Een pré, Pluspunten, Mooi meegenomen, Nice to have`),
    benefits: list(`Wat bieden wij, Wat bieden we, Wat wij bieden, Wij bieden,
        Arbeidsvoorwaarden, Wat krijg je, Wat krijg je ervoor terug, Ons aanbod,
        Wat wij jou bieden, Aanbod, Wij bieden jou, Wat mag je verwachten`),
    hiringProcess: list(`Sollicitatieprocedure, Sollicitatieproces, Solliciteren,
        Interesse, Procedure`),
    about: list(`Over ons, Wie zijn wij, Wie zijn we, Het bedrijf, Over het bedrijf,
        Ons team, Het team, Onze missie, Bedrijf, Organisatie`),
    logistics: list(`Locatie, Werklocatie, Standplaats, Salaris, Dienstverband`),
    stack: list(`Tech stack, Technologieën, Tools, Onze stack, Vereiste technologieën`),
  },
  pl: {
    responsibilities:
      list(`Opis projektu, Twój staż, Twoje praktyki, Staż, Obowiązki, Twoje obowiązki, Zakres obowiązków, Zadania,
        Twoje zadania, Czym będziesz się zajmować, Czym będziesz się zajmował, Opis stanowiska,
        Twoja rola, Rola, Projekt, Opis projektu`),
    requirements: list(`Wymagania, Nasze wymagania, Oczekujemy, Czego oczekujemy,
        Kogo szukamy, Twój profil, Profil kandydata, Wymagane umiejętności, Kwalifikacje,
        Doświadczenie, Umiejętności`),
    niceToHave: list(`Mile widziane, Dodatkowym atutem będzie, Atutem będzie, Atuty,
        Nice to have`),
    benefits: list(`Oferujemy, Co oferujemy, Benefity, Nasza oferta, Zapewniamy, Dlaczego my,
        Co zyskujesz`),
    hiringProcess: list(`Proces rekrutacji, Proces rekrutacyjny, Etapy rekrutacji,
        Jak aplikować, Rekrutacja`),
    about: list(`O nas, O firmie, Firma, Nasza firma, Kim jesteśmy, Nasz zespół, Zespół,
        Nasza misja`),
    logistics: list(`Lokalizacja, Miejsce pracy, Forma zatrudnienia, Wynagrodzenie,
        Tryb pracy, Rodzaj umowy`),
    stack: list(
      `Stack technologiczny, Technologie, Narzędzia, Nasz stack, Wymagane technologie, Technologie wymagane`,
    ),
  },
}
