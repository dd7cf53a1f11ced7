import { describe, expect, it } from 'vitest'
import { parsePosting, parsePostings } from './index.ts'
import { readDocument } from './document.ts'

function read(text: string) {
  const result = parsePosting(text, { file: 'doc.txt' })
  if (!result.ok) throw new Error(result.error)
  return result.posting
}

describe("a document's table copied as text, its cells split by tabs", () => {
  const text = [
    'HARROWGATE INSURANCE',
    'Job description (final)',
    '',
    'Position details',
    'Job title\tPlatform Engineer',
    'Department\tTechnology',
    'Location\tLeeds or Manchester',
    'Work arrangement\tHybrid, 2 days in office',
    'Employment type\tPermanent',
    '',
    'About the role',
    'You will run our Kubernetes clusters on AWS with Terraform.',
  ].join('\n')

  it('reads a row whose first cell is a fact box label as that field', () => {
    const posting = read(text)
    expect(posting.title).toBe('Platform Engineer')
    expect(posting.locations.map((l) => l.city)).toEqual(['Leeds', 'Manchester'])
    expect(posting.workMode).toBe('hybrid')
    expect(posting.officeDaysPerWeek).toBe(2)
  })

  it('leaves a row of other cells as it is', () => {
    const posting = read(`${text}\n\nSchedule\nMonday\t9:00–17:00\n`)
    expect(posting.title).toBe('Platform Engineer')
  })

  it('reads a position description: the running header’s cells apart, "Position title" as the title', () => {
    const posting = read(
      [
        'Tallowmere Water Ltd\tPOSITION DESCRIPTION',
        'ABN 12 345 678 901\tDigital Services',
        '',
        'Position Description',
        '',
        'Position title\tLead Data Engineer – Asset Analytics',
        'Business unit\tDigital Services',
        'Location\tPerth, Western Australia',
        '',
        '1.\tAbout Tallowmere Water',
        'Tallowmere Water supplies drinking water to 300,000 homes. You will build our pipelines in Python and Databricks.',
      ].join('\n'),
    )
    expect(posting.company).toBe('Tallowmere Water')
    expect(posting.title).toBe('Lead Data Engineer – Asset Analytics')
    expect(posting.locations.map((l) => l.city)).toEqual(['Perth'])
  })
})

describe("a page's property table copied as text, its columns aligned with spaces", () => {
  const text = [
    'Kestrel Robotics / Open roles / Platform Engineer',
    '',
    'Platform Engineer',
    '',
    'Status          Open',
    'Location        Leeds, UK — on-site',
    'Employment      Full-time',
    '',
    'About the role',
    'You will run our Kubernetes clusters on AWS with Terraform, from our Leeds office.',
  ].join('\n')

  it('reads a row whose first column is a fact box label as that field', () => {
    const posting = read(text)
    expect(posting.title).toBe('Platform Engineer')
    // The listing's own status is no company; the trail above starts at the site's owner.
    expect(posting.company).toBe('Kestrel Robotics')
    expect(posting.locations.map((l) => [l.city, l.country])).toEqual([['Leeds', 'GB']])
    expect(posting.workMode).toBe('onsite')
  })

  it('leaves two words a single space apart as they are', () => {
    const posting = read(text.replace('Location        ', 'Location '))
    expect(posting.locations.map((l) => l.city)).not.toContain('Location Leeds')
  })
})

describe('a forum thread page copied whole, the posting its first comment', () => {
  const page = [
    'Hacker News new | past | comments | ask | show | jobs | submit\tlogin',
    '',
    'Ask HN: Who is hiring? (March 2026)',
    '312 points by whoishiring 3 days ago | hide | past | favorite | 540 comments',
    '',
    'Please state the location and include REMOTE for remote work, REMOTE (US) or similar if the country is restricted, and ONSITE when remote work is not an option.',
    '',
    'mkarlsson 2 days ago | prev | next [–]',
    '',
    'Brightkelp | Senior Backend Engineer | Stockholm, Sweden | ONSITE | Full-time',
    '',
    'We build route planning for ferry operators. Our stack is Kotlin, PostgreSQL and Kafka. Apply at jobs@brightkelp.example',
    '',
    'reply',
    '',
    '  tparis 1 day ago | parent | next [–]',
    '',
    '  Is remote from Lisbon possible?',
    '',
    'lweber 2 days ago | prev | next [–]',
    '',
    'Quillstone | Staff Engineer | REMOTE (US) | $210k',
  ].join('\n')

  it("reads the first comment, not the thread's instructions nor the comments after it", () => {
    const posting = read(page)
    expect(posting.company).toBe('Brightkelp')
    expect(posting.title).toBe('Senior Backend Engineer')
    expect(posting.locations.map((l) => [l.city, l.country])).toEqual([['Stockholm', 'SE']])
    expect(posting.workMode).toBe('onsite')
    expect(posting.stack.map((s) => s.name)).toEqual(['Kotlin', 'PostgreSQL', 'Kafka'])
  })

  it('reads it the same when each comment header keeps its vote arrow', () => {
    const arrows = page
      .replace('mkarlsson 2 days', '▲ mkarlsson 2 days')
      .replace('lweber 2 days', '▲ lweber 2 days')
      .replace('Ask HN:', '▲ Ask HN:')
    const posting = read(arrows)
    expect(posting.company).toBe('Brightkelp')
    expect(posting.title).toBe('Senior Backend Engineer')
    expect(posting.workMode).toBe('onsite')
  })
})

describe('an e-mail pasted with its header', () => {
  const mail = [
    'From: Petra Lindqvist <petra@nordmoor.example>',
    'To: jobs@lists.example.org',
    'Subject: [Nordic-Jobs] Job opening: Site Reliability Engineer',
    'Date: Tue, 3 Mar 2026 10:12:00 +0100',
    '',
    'Hi all,',
    '',
    'Nordmoor AB is hiring a Site Reliability Engineer for our Uppsala office (hybrid, 3 days a week on site).',
    'You will run Kubernetes and Prometheus.',
  ].join('\n')

  it("takes the subject as the title, without the list's tag and the announcement", () => {
    const posting = read(mail)
    expect(posting.title).toBe('Site Reliability Engineer')
    expect(posting.company).toBe('Nordmoor')
  })

  it('reads a header in the posting languages', () => {
    const german = mail
      .replace('From:', 'Von:')
      .replace('To:', 'An:')
      .replace('Subject: [Nordic-Jobs] Job opening:', 'Betreff: Stellenangebot:')
      .replace('Date:', 'Datum:')
    expect(read(german).title).toBe('Site Reliability Engineer')
  })
})

describe('a title announced as a job', () => {
  it.each([
    ['Vacature: Data Engineer', 'Data Engineer'],
    ['[HIRING] Backend Developer', 'Backend Developer'],
    ['Vaga de Desenvolvedor Java', 'Desenvolvedor Java'],
    ['Re: Fwd: Offre d’emploi : Développeur Python', 'Développeur Python'],
    // A document's own heading over the role it describes.
    ['Job description: Senior Backend Engineer', 'Senior Backend Engineer'],
    ['Fiche de poste : Développeur Python', 'Développeur Python'],
    ['Functieomschrijving: Data Engineer', 'Data Engineer'],
    // The announcement goes on as a phrase: the role it names.
    [
      "We're hiring: a Senior Compiler Engineer to work on Tessellate full-time #2871",
      'Senior Compiler Engineer',
    ],
  ])('%s', (line, title) => {
    const posting = read(
      `${line}\nHarrowgate Ltd\n\nWe build logistics software in Python and Go.\nApply at jobs@harrowgate.example`,
    )
    expect(posting.title).toBe(title)
  })
})

describe('a title whose bracket is a remark of the poster', () => {
  it.each([
    [
      "Role: Senior Analytics Engineer (Data team, reports to me – I'm the Director of Data)",
      'Senior Analytics Engineer',
    ],
    ['Role: Platform Engineer (you’ll work with our SRE guild)', 'Platform Engineer'],
    // A place's code in capitals is no pronoun: the bracket stays, as the title writes it.
    ['Role: Staff Engineer (Portland, ME)', 'Staff Engineer (Portland, ME)'],
    ['Role: Data Engineer (Python, dbt)', 'Data Engineer (Python, dbt)'],
  ])('%s', (line, title) => {
    const posting = read(
      `${line}\nHarrowgate Ltd\n\nWe build logistics software in Python and Go.\nApply at jobs@harrowgate.example`,
    )
    expect(posting.title).toBe(title)
  })
})

describe('a forwarded e-mail quoting the message it passes on', () => {
  const mail = [
    'From: Tomás Ruiz <tomas@example.org>',
    'To: Ines Kovac <ines@example.net>',
    'Date: Mon, 9 Mar 2026 09:02:00 +0000',
    'Subject: Fwd: Lanternfish is hiring',
    '',
    'Thought of you for this one!',
    '',
    '---------- Forwarded message ---------',
    'From: Mara Quinn <mara@lanternfish.example>',
    'Date: Fri, 6 Mar 2026 at 17:40',
    'Subject: Lanternfish is hiring',
    'To: Tomás Ruiz <tomas@example.org>',
    '',
    'Role: Backend Engineer',
    'Where: Cork, Ireland',
    '',
    'Lanternfish builds tide forecasting tools. We write Rust and run on AWS.',
  ].join('\n')

  it('leaves out both headers and reads the "Where:" line as the place', () => {
    const posting = read(mail)
    expect(posting.title).toBe('Backend Engineer')
    expect(posting.locations.map((l) => [l.city, l.country])).toEqual([['Cork', 'IE']])
    expect(posting.stack.map((s) => s.name)).toEqual(['Rust', 'AWS'])
  })
})

describe('a place field whose value goes on into prose', () => {
  it.each([
    '**Where:** In-studio at our Collingwood space, Melbourne VIC. This is an on-site role.',
    'Location: Melbourne VIC. We play-test together every Friday.',
    'Location: Melbourne (Cremorne). We play-test together every Friday.',
  ])('reads the place in its first sentence: %s', (line) => {
    const posting = read(
      `Pixelbarrow Games is hiring a Gameplay Programmer.\n\n${line}\n\nApply at jobs@pixelbarrow.example`,
    )
    expect(posting.locations.map((l) => [l.city, l.country])).toEqual([['Melbourne', 'AU']])
  })

  it('keeps a town written with an abbreviation whole', () => {
    const posting = read(
      'Pixelbarrow Games is hiring a Gameplay Programmer.\n\nLocation: St. Louis, MO\n\nApply at jobs@pixelbarrow.example',
    )
    expect(posting.locations.map((l) => [l.city, l.country])).toEqual([['St. Louis', 'US']])
  })
})

describe('a post copied from a social feed, under its author', () => {
  it.each([
    ['Sanne de Vries • 2e', 'Engineering Manager Data | Energietransitie | Mama van twee'],
    ['Jane Doe • 3rd+', 'Engineering Manager, Data | Climate | Mum of two'],
  ])('takes neither the author nor the headline as the role (%s)', (author, headline) => {
    const posting = read(
      `${author}\n${headline}\n1 d • 🌐\n\nVacature in mijn eigen team!\n\nBij Groenhaven bouwen we software voor energiecoöperaties. We zoeken een Medior Data Engineer.\n\nWat vragen we?\n- SQL en Python\n- Snowflake en dbt\n`,
    )
    expect(posting.title).toBe('Medior Data Engineer')
  })
})

describe('a recruiter’s feed post, the reader’s degree of connection on its own line', () => {
  it('takes neither the feed’s heading, the author, "JE RECRUTE" nor the footer’s links as the company', () => {
    const posting = read(
      `Accueil\nRéseau\nEmplois\nMessagerie\n\nPublication du fil d'actualité\nInès Marchal\n2e\nChargée de recrutement Tech chez Orvanne Talents | Je connecte les devs nantais\n2 j • 🌐\nSuivre\n\n🚀 JE RECRUTE | Développeur Backend Go (H/F) – Nantes 📍\n\nPour mon client, une PME nantaise, je cherche un·e dev Go.\n\n👉 Le poste\nVous concevez des API en Go sur PostgreSQL.\n\nÀ propos\nAccessibilité\nConditions générales\n`,
    )
    expect(posting.company).toBe('Orvanne Talents')
    expect(posting.title).toBe('Développeur Backend Go')
    expect(posting.locations.map((l) => l.city)).toEqual(['Nantes'])
  })
})

describe("a board's field and its count, which no feed's author and degree are", () => {
  it('keeps the title, company and town above "Vacantes" over "1"', () => {
    const posting = read(
      `Empleo\nEmpresas\n\nInicio > Empleo en Málaga > Informática\n\nProgramador/a Python Junior\nBodegas Sierra Blanca S.L.\nRonda, Málaga\nHace 3 días · 12 inscritos\n\nSalario\n1.500 € - 1.700 € brutos/mes\nVacantes\n1\n\nDescripción de la oferta\nMantenimiento de nuestra tienda online en Python y Django, presencial en Ronda.\n`,
    )
    expect(posting.title).toBe('Programador Python Junior')
    expect(posting.company).toBe('Bodegas Sierra Blanca')
    expect(posting.locations.map((l) => l.city)).toContain('Ronda')
  })
})

describe("a post's age and edit mark under its author's headline", () => {
  it('takes neither "3 j • Modifié" nor the author as the company, and reads the pinned town', () => {
    const posting = read(
      `Léa Fontanel • 1er\nCo-fondatrice & CTO chez Brindille Santé | Rééducation connectée\n3 j • Modifié • 🌐\n\n🚀 Deux postes ouverts chez Brindille Santé :\n\n👉 Lead Developer Backend (H/F)\n\nTu encadres une équipe de 3 devs. Notre stack : Python / Django et PostgreSQL.\n\n📍 Lyon 7e (à 5 min de la gare), en hybride : 3 jours par semaine au bureau, 2 en télétravail.\n`,
    )
    expect(posting.company).toBe('Brindille Santé')
    expect(posting.title).toBe('Lead Developer Backend')
    expect(posting.locations.map((l) => [l.city, l.country])).toEqual([['Lyon', 'FR']])
    expect([posting.workMode, posting.officeDaysPerWeek]).toEqual(['hybrid', 3])
  })
  it('takes no "6 hr. ago" beside a forum\'s name as the company', () => {
    const posting = read(
      `r/devjobsEU • 6 hr. ago\nk_weber\n\n[Hiring] Platform Engineer | Köln, hybrid | €72–88k\n\nWe run the energy platform of Wärmeland: Go services on Kubernetes.\n`,
    )
    expect(posting.company).not.toBe('6 hr. ago')
  })
})

describe('a PDF job description copied as text, its lines broken at the page width', () => {
  const text = `Kestrelmoor Freight B.V.
Job description: Senior Backend Engineer

1. About us

We plan the routes of some 4.000 trucks a day across the Benelux for shippers and ware-
houses, and we are about 90 people, of which 30 in Product and Engineering teams.

2. The role

•   Design and maintain the backend services of our planning product in Kotlin (Spring
    Boot), used by planners and by customer integrations every day;
•   Improve our event streams on Apache Kafka and the data model in Post-
    greSQL, together with the data scientist of the team;

3. Who we are looking for

•   Several years of backend development on the JVM, and Kubernetes in production;
`
  it('joins a hyphenated word and a wrapped bullet back, and reads numbered headings', () => {
    const posting = read(text)
    expect(posting.stack.map((s) => s.name)).toEqual(
      expect.arrayContaining(['Kotlin', 'Spring Boot', 'Kafka', 'PostgreSQL', 'Kubernetes']),
    )
    expect(posting.sections.about.join(' ')).toContain('shippers and warehouses, and')
    expect(posting.sections.responsibilities).toHaveLength(2)
    expect(posting.sections.requirements).toHaveLength(1)
  })
})

describe('a document exported as Markdown, its fact table kept as one', () => {
  const text = `![Ashcombe Mills logo](logo.png)

# **Job Description – Platform Engineer**

| Job title | Platform Engineer |
| :---- | :---- |
| **Level** | Mid-level (Band D) |
| **Location** | Derby or Nottingham |
| **Working pattern** | Hybrid – 2 days per week in office |

## About the role

You will run our Kubernetes clusters on AWS with Terraform, for the mills' ordering systems.
`
  it('reads each row whose first cell is a label as that field', () => {
    const posting = read(text)
    expect(posting.title).toBe('Platform Engineer')
    expect(posting.seniority).toBe('mid')
    expect(posting.locations.map((l) => l.city)).toEqual(['Derby', 'Nottingham'])
    expect(posting.officeDaysPerWeek).toBe(2)
  })
})

describe("a level field below a board's header", () => {
  it.each([
    ['Experience level: Mid-Level', 'mid'],
    ['Minimum Experience\nSenior', 'senior'],
  ])('reads "%s"', (field, level) => {
    const text = `Data Analyst
Sunbarrow Outdoor · Boulder, CO

About the role
You will build the dashboards our buying team reads every morning, in SQL and Looker.

Requirements
- Three years of analytics work in retail or e-commerce.

${field}
`
    expect(read(text).seniority).toBe(level)
  })

  it('reads no level from years of experience', () => {
    const text = `Data Analyst
Sunbarrow Outdoor · Boulder, CO

About the role
You will build the dashboards our buying team reads every morning, in SQL and Looker.

Experience: 3+ years
`
    expect(read(text).seniority).toBeNull()
  })
})

describe("a newsletter's links around its content", () => {
  it.each([
    'View this email in your browser',
    'Diese E-Mail im Browser anzeigen',
    'Voir la version en ligne',
    'Ver este correo en tu navegador',
    'Bekijk deze e-mail in je browser',
    'Wyświetl w przeglądarce',
  ])('"%s" above it is no company', (link) => {
    const posting = read(
      `${link}\n\nMarlowe Grid\nIssue 12 · News from the team\n\nWe are hiring a Senior Backend Engineer in Dublin to build our battery scheduling services in Go and PostgreSQL. Hybrid, two days a week in the office.\n\nReply to this email to apply.\n\nUnsubscribe · Update your preferences`,
    )
    expect(posting.company).toBe('Marlowe Grid')
  })
})

describe("a mail's logo, its alternative text in brackets", () => {
  it('"[Marlowe Grid logo]" names the company above a newsletter\'s own name', () => {
    const posting = read(
      `View this email in your browser\n\n[Marlowe Grid logo]\n\nTHE WEEKLY CHARGE\nIssue 12 · News from the team\n\nWe are hiring a Senior Backend Engineer in Dublin to build our battery scheduling services in Go and PostgreSQL.\n\nReply to this email to apply.`,
    )
    expect(posting.company).toBe('Marlowe Grid')
  })
  it.each(['[Logo Tessaly Pagamentos]', 'Logo de Tessaly Pagamentos', '[Tessaly Pagamentos-Logo]'])(
    '"%s" names the company atop a careers page whose header names none',
    (caption) => {
      const posting = read(
        `${caption}\nInício   Vagas   Sobre nós\nEntrar\n\nPessoa Desenvolvedora Backend Pleno\nRecife - PE | Híbrido | Efetivo\n\nDescrição da vaga\nVocê vai construir nossas APIs em Go e PostgreSQL.`,
      )
      expect(posting.company).toBe('Tessaly Pagamentos')
    },
  )
  it('leaves a role that works on logos to the title', () => {
    const posting = read(
      'Logo Designer\n\nTessaly Pagamentos is hiring a logo designer for our brand team in Recife. You will work in Figma.',
    )
    expect(posting.title).toBe('Logo Designer')
  })
})

describe("a recruiter's signature under the letter's closing", () => {
  it.each([
    ['Kind regards,', 'Senior Recruitment Consultant – Tech & Fintech'],
    ['Met vriendelijke groet,', 'Senior Recruiter – IT'],
    ['Mit freundlichen Grüßen', 'Senior Talent Acquisition Manager – Engineering'],
  ])('"%s" over a name and "%s": the sender\'s title is no second role', (closing, sender) => {
    const result = parsePostings(
      `From: Sanne de Wit <sanne@talentbrug.example>\nTo: Tomasz Zieliński <tomasz@mail.example>\nDate: Tue, 11 Mar 2025 09:42:17 +0100\nSubject: Senior Python Developer – payments scale-up Amsterdam – interested?\n\nHi Tomasz,\n\nOne of my clients, a payments scale-up in Amsterdam, is hiring a Senior Python Developer to build their settlement services in Django and PostgreSQL. Hybrid, two days a week in the office.\n\nWould you be open to a call this week?\n\n${closing}\n\nSanne de Wit\n${sender}\nM +31 6 12 34 56 78`,
      { file: 'mail.txt' },
    )
    if (!result.ok) throw new Error(result.error)
    expect(result.postings.map((p) => p.title)).toEqual(['Senior Python Developer'])
  })
})

describe("a chat channel's messages copied whole, the posting one of them", () => {
  const slack = `# jobs
214 members
Job posts only. One post per company per month, with a salary range.

Yesterday

Marek Nowak  4:51 PM
Anyone know a good Shopify theme freelancer? DM me.
:eyes: 2

Today

Lena Brandt  10:42 AM
Hi all, we're hiring at Feldhase Robotics and I'm the hiring manager, ask me anything.

*Senior Embedded Software Engineer (m/w/d)* – Munich, hybrid
We build weeding robots for organic farms. You will write firmware in C and C++ on STM32 with Zephyr, and the CAN bus code between our Jetson and the boards.
Hybrid: 2 days a week in our Garching office. €80–95k.
:raised_hands: 5`

  it('reads the posting’s message: its title, company and place', () => {
    const posting = read(slack)
    expect([posting.title, posting.company, posting.locations.map((l) => l.city)]).toEqual([
      'Senior Embedded Software Engineer',
      'Feldhase Robotics',
      ['Munich'],
    ])
  })

  it('reads a title between emoji shortcodes (":rotating_light:")', () => {
    const text = slack.replace(
      '*Senior Embedded Software Engineer (m/w/d)* – Munich, hybrid',
      ':rotating_light: *Hiring: Senior Embedded Software Engineer* :rotating_light:\n:round_pushpin: *Location:* Munich (hybrid)',
    )
    expect(read(text).title).toBe('Senior Embedded Software Engineer')
  })

  it('in Discord’s shape, "Name — Today at 10:42"', () => {
    const discord = slack
      .replace('Marek Nowak  4:51 PM', 'Marek Nowak — Yesterday at 16:51')
      .replace('Lena Brandt  10:42 AM', 'Lena Brandt — Today at 10:42')
    expect(read(discord).title).toBe('Senior Embedded Software Engineer')
  })
})

describe('a job description exported from a PDF', () => {
  const pdf = `Halberd Metrology Ltd.                                   JOB DESCRIPTION
Senior Firmware Engineer                                 Rev. B – 03/2025

Requisition #:      HM-0412
Location:           Sheffield (Hybrid)

PURPOSE OF THE ROLE
You will own the firmware of our coordinate measuring probes, written in C on
ARM Cortex-M with FreeRTOS.

KEY RESPONSIBILITIES
\uf0b7 Design and review firmware for new probe heads
\uf0b7 Keep our build in CMake and Jenkins healthy

WORK ENVIRONMENT
This position is hybrid. Engineers in this role are expected on site at the
Attercliffe engineering centre approximately 60% of the working week.

Confidential – Halberd Metrology Ltd.                                Page 1 of 1`

  it('reads its header’s cells, its bullets and its share of the week on site', () => {
    const posting = read(pdf)
    expect({
      title: posting.title,
      company: posting.company,
      mode: posting.workMode,
      days: posting.officeDaysPerWeek,
      stack: posting.stack.map((s) => s.name).sort(),
    }).toEqual({
      title: 'Senior Firmware Engineer',
      company: 'Halberd Metrology',
      mode: 'hybrid',
      days: 3,
      // The firmware's target chip family is a technology the role names.
      stack: ['Arm Cortex-M', 'C', 'CMake', 'FreeRTOS', 'Jenkins'],
    })
  })
})

describe('a chat message that names the role in one run of sentences', () => {
  const message = `# eng-jobs
86 members

Tomás Quirke  9:15 AM
:wave: hiring for my team! Looking for a *Senior iOS Engineer* to rebuild our booking app — all Swift and SwiftUI. Hybrid, in the office Mon–Wed, either Cork or Limerick. We're Harbourlight Travel (~80 ppl, Series A). JD: https://harbourlight.example/jobs/ios — DM me with questions
:eyes: 3`

  it('reads the role, the firm and the towns from the sentences', () => {
    const posting = read(message)
    expect({
      title: posting.title,
      company: posting.company,
      cities: posting.locations.map((l) => l.city),
    }).toEqual({
      title: 'Senior iOS Engineer',
      company: 'Harbourlight Travel',
      cities: ['Cork', 'Limerick'],
    })
  })
})

describe('a Discord server copied whole: its sidebar, then messages dated in full', () => {
  const discord = `Direct Messages
Servers
Indie Devs North
INFORMATION
# rules
# announcements
JOBS
# job-board
# job-chat
GENERAL
# general

# job-board
Paid roles only. Salary range required.

Tarn Whitlow — 03/06/2025 2:02 PM
@Programmers @Students & Grads
**[HIRING] Junior Tools Programmer — Ravelford Games**

We make a cosy farming game and need someone for our level editor, in C# with Unity.

**Studio:** Ravelford Games (12 people)
**Where:** On-site in Leeds, 5 days a week.

Lucas Brandt — 03/06/2025 3:10 PM
@Moderators is it ok to post a contract role that's under 3 months?`

  it('reads the longest message: its title without the studio, the studio as the company', () => {
    const posting = read(discord)
    expect([posting.title, posting.company, posting.locations.map((l) => l.city)]).toEqual([
      'Junior Tools Programmer',
      'Ravelford Games',
      ['Leeds'],
    ])
  })
})

describe('a WhatsApp group copied whole, each message opening with its time and author', () => {
  const chat = `WhatsApp
Leeds Dev Jobs 🐝
Ana R, Tom B, +44 7700 900123, You

TODAY

[09:12, 04/12/2025] Ana R: Morning all, anyone at the meetup on Thursday?
[09:14, 04/12/2025] Tom B: me
[09:47, 04/12/2025] Tom B: ↪ Forwarded
*HIRING – Senior Data Engineer* 🚨

A friend's insurer needs someone to rebuild their pipelines in Python and dbt on Snowflake.

📍 Sheffield
🏢 On-site Mon–Fri, they're strict about it
💷 £70k–£80k

[10:10, 04/12/2025] Ana R: anyone hiring juniors in York?`

  it('reads the longest message: its title, and its on-site week', () => {
    const posting = read(chat)
    expect([posting.title, posting.workMode, posting.officeDaysPerWeek]).toEqual([
      'Senior Data Engineer',
      'onsite',
      5,
    ])
    expect(posting.locations.map((l) => l.city)).not.toContain('York')
  })
})

describe('a Telegram channel copied whole, each post closed by its views and time', () => {
  const channel = `Lavoro Tech Nord
12.400 iscritti

🔎 DATA ENGINEER (Senior) — Milano — full remoto
💰 RAL 55-65k
👁 3,1K  10:12

Inoltrato da Offerte Emilia

🚀 SVILUPPATORE JAVA JUNIOR

🏢 Software house di 40 persone che sviluppa gestionali per la logistica portuale.
📍 Sede: Parma
🏠 Modalità: ibrido, 3 giorni in sede e 2 da remoto
💰 RAL: 28.000 – 32.000 € + welfare aziendale 600 €/anno
🧑‍💻 Sviluppi i nostri gestionali in Java e Spring Boot con PostgreSQL.
👁 1,8K  modificato 14:05

🔎 STAGE UX/UI DESIGNER — Bologna
👁 944  09:47`

  it('reads the longest post: one role, its town, its week and its pay (not the perk)', () => {
    const result = parsePostings(channel, { file: 'doc.txt' })
    if (!result.ok) throw new Error(result.error)
    const [posting, ...others] = result.postings
    expect(others).toEqual([])
    expect([
      posting?.title,
      posting?.company,
      posting?.locations.map((l) => l.city),
      posting?.officeDaysPerWeek,
      posting?.salary?.min,
    ]).toEqual(['SVILUPPATORE JAVA JUNIOR', null, ['Parma'], 3, 28000])
  })
})

describe('several posts of a Telegram channel as its desktop app copies them', () => {
  const channel = `Dev Jobs Balkans, [03.11.2025 09:00]
Today's roles
🔹 Senior Java Developer — Kestrel Bank — remote — €5–6k
🔹 QA Engineer — Sova Apps — Novi Sad — €2.5k

Dev Jobs Balkans, [03.11.2025 11:20]
#ad Learn system design in six weeks 👉 @designcourse_bot

Dev Jobs Balkans, [03.11.2025 13:45]
[Forwarded from Orbita Pay | Careers]
#vacancy #go #backend

Backend Go Developer

Company: Orbita Pay
Format: hybrid in our Zagreb office, 2 days a week
Salary: €3,500 – 4,500 net/month

Orbita Pay routes card payments for online shops in the region.
We are looking for a Go developer for the Merchant API team.

What you will do:
— build new payment methods in Go services on PostgreSQL
— improve our retry logic with the Risk team

We offer:
— a modern office in Zagreb, 5 min from the tram`

  it("reads the longest post, not the digest's first role", () => {
    const posting = read(channel)
    expect([posting.title, posting.company, posting.locations.map((l) => l.city)]).toEqual([
      'Backend Go Developer',
      'Orbita Pay',
      ['Zagreb'],
    ])
  })
})

describe("a recruiter's e-mail whose subject teases the role and its pay", () => {
  it('takes neither "Spannende Position:" into the title nor "bis 90.000 €" for the company', () => {
    const posting = read(
      `Von: Jana Roth <j.roth@talentbruecke.example>\nGesendet: Dienstag, 4. März 2025 09:12\nBetreff: Spannende Position: Senior Data Engineer (m/w/d) – Hamburg – bis 90.000 €\n\nHallo Frau Weber,\n\nich besetze aktuell exklusiv eine Position bei einem Logistiksoftware-Hersteller.\n\nStandort: Hamburg\nIhre Aufgaben: Datenplattform mit Python, dbt und Snowflake.\n\nMit freundlichen Grüßen\nJana Roth\nTalentbrücke Personalberatung GmbH\n`,
    )
    expect(posting.title).toBe('Senior Data Engineer')
    expect(posting.company ?? '').not.toMatch(/\d/)
  })
  it.each([
    ['Exciting opportunity: Lead Platform Engineer', 'Lead Platform Engineer'],
    ['Nouvelle opportunité : Développeur Java', 'Développeur Java'],
    ['Nieuwe kans: Medior Java Developer', 'Medior Java Developer'],
  ])('reads the title after a teaser (%s)', (line, title) => {
    expect(
      read(`${line}\n\nWe build routing software in Java and Kotlin for couriers.\n`).title,
    ).toBe(title)
  })
})

describe("a recruiter's e-mail that hides its client behind how it is funded", () => {
  const email = [
    'From: Ruth Vance <ruth@larchfield-talent.example>',
    'Subject: Lead Backend Engineer | Leeds | £85–95k | Series B fintech',
    '',
    'Hi Sam,',
    '',
    "I'm partnering exclusively with a Series B fintech on a Lead Backend Engineer hire. I can't put the name in writing yet.",
    '',
    'They work in Python and PostgreSQL on AWS. The team is in the Leeds office 3x per week. Unfortunately fully remote isn’t an option for this one.',
    '',
    'Kind regards,',
    'Ruth Vance',
    'Senior Consultant',
    'Larchfield Talent Ltd',
  ].join('\n')

  it('takes no funding stage for the company: the recruiter is all the letter names', () => {
    expect(read(email).company).toBe('Larchfield Talent')
  })

  it('reads the office days, with full remote refused, as hybrid', () => {
    const posting = read(email)
    expect([posting.workMode, posting.officeDaysPerWeek]).toEqual(['hybrid', 3])
  })
})

describe("a newsletter's issue that carries one role", () => {
  it('takes neither the newsletter nor its issue line, and reads "Role — Employer"', () => {
    const posting = read(
      `Empregos Dev Lisboa\nSubscrever\nIniciar sessão\n\nEdição #12: uma vaga backend que vale a pena\nSó uma vaga esta semana, mas das boas.\nJoana Reis\n3 de abr. de 2025\n\nOlá a todos 👋\n\nEsta semana trago só uma vaga, com salário na descrição.\n\n🟢 Engenheiro de Software Sénior (Backend) — Corvina Labs\n📍 100% remoto (só para residentes em Portugal)\n\nA Corvina Labs é uma empresa sediada em Peniche que desenvolve software para lotas. Trabalhas com Kotlin e PostgreSQL.\n`,
    )
    expect([posting.company, posting.title]).toEqual([
      'Corvina Labs',
      'Engenheiro de Software Sénior (Backend)',
    ])
  })
})

describe("a newsletter's e-mail whose subject features one role of several", () => {
  it('reads the subject without its issue number and the other roles it counts', () => {
    const posting = read(
      [
        'Von: Jobpost Nord <post@jobpost-nord.example>',
        'An: Lena Vogt <lena@mailbox.example>',
        'Betreff: 🚀 #57: Senior Data Engineer bei Fjordlicht (hybrid) + 4 weitere Jobs',
        'Datum: Dienstag, 3. März 2026 um 07:30',
        '',
        'Hallo Lena,',
        '',
        'Fjordlicht baut Software für Häfen. Als Senior Data Engineer arbeitest du mit Python und Snowflake, zwei Tage pro Woche in Kiel. Bewirb dich mit deinem Lebenslauf.',
      ].join('\n'),
    )
    expect([posting.company, posting.title]).toEqual(['Fjordlicht', 'Senior Data Engineer'])
  })
})

describe('a forum post whose author names the company in prose', () => {
  it('reads "I lead the platform team at X" with "X\'s platform"', () => {
    const posting = read(
      `[Hiring] Platform Engineer | Köln, hybrid | €72–88k\n\nHi all, I lead the platform team at Wärmeland. We build scheduling software for heat pumps. Wärmeland's platform steers about 60,000 heat pumps.\n\nStack: Go, Kubernetes and Terraform on GCP.\n`,
    )
    expect(posting.company).toBe('Wärmeland')
  })
})

describe('posts copied from social networks and chat apps, with the site around them', () => {
  it('reads a Discord message under its author and its tagged time, the studio after the title', () => {
    const posting = read(`🎮・jobs-board
Paid roles only. Read the pinned template before posting.

ModBot
APP
 — 02/10/2026 9:12 AM
Reminder: keep questions in threads.

FernJay
 [FRN] — 02/10/2026 9:40 AM
[HIRING] Junior Tools Programmer (Godot) — Fernhollow Games
@Programmers @Godot Devs

Hi all! We are a 9-person studio in Tampere making a co-op puzzle game.
Role: Junior Tools Programmer (Godot)
Location: Remote, Europe only
Pay: €2,900–3,300/month
Apply: jobs@fernhollow.example

ModBot
APP
 — 02/10/2026 9:41 AM
Thread created.`)
    expect([posting.title, posting.company, posting.workMode]).toEqual([
      'Junior Tools Programmer (Godot)',
      'Fernhollow Games',
      'remote',
    ])
  })
  it('reads an organisation’s own post on Mastodon, the site’s name above it', () => {
    const posting = read(`Mastodon
Log in  Create account

Brightquill 🪶
@brightquill@social.brightquill.example

We're hiring a Senior Platform Engineer! Brightquill builds case tools for legal aid clinics.
📍 Remote within Canada
🧰 Kubernetes, Terraform, PostgreSQL
Apply: https://brightquill.example/careers/platform

#FediHire #RemoteWork`)
    expect([posting.company, posting.title]).toEqual(['Brightquill', 'Senior Platform Engineer'])
  })
  it('reads a cooperative’s post under a site’s whole menu, its role named in a sentence', () => {
    const posting = read(`Mastodon
Startseite
Erkunden
Live-Feeds
Anmelden
Konto erstellen

← Zurück

Lindgrün 🌱
@lindgruen@sozial.lindgruen.example

Wir stellen ein! 🎉

Wir suchen ab sofort eine*n Backend-Entwickler*in (Python/Django) für unser Team in Kassel.

Lindgrün ist eine Genossenschaft: wir bauen Software für Bürgersolaranlagen.

#FediHire #Python`)
    expect([posting.company, posting.title]).toEqual([
      'Lindgrün',
      'Backend-Entwickler (Python/Django)',
    ])
  })
  it('takes no person’s account for the employer in a thread on X', () => {
    const posting = read(`Post

See new posts
Conversation
Noor Haddad
@noorhaddad_
We're hiring a Founding Product Designer at Pantrypal 🧵

Pantrypal helps small bakeries plan their ovens. We're 9 people.
(1/2)
10:12 AM · Feb 20, 2026

Noor Haddad
@noorhaddad_
The details: 📍 Leeds, in person 4 days/week. Apply: pantrypal.example/jobs
(2/2)`)
    expect([posting.company, posting.title]).toEqual(['Pantrypal', 'Founding Product Designer'])
  })
  it('leaves a posting’s own lines alone when a handle is quoted further down', () => {
    const posting = read(`Senior Robotics Engineer
Quernhall Robotics
Leeds, UK · On-site

We build arms for small farms. You will write the motion planner in C++ and ROS 2.

What you will do
- Own the planner from simulation to the field
- Pair with our hardware team every week

What our last hire said
Tomasz Wren
@tomaszwren
Best team I have worked with.`)
    expect([posting.title, posting.company]).toEqual([
      'Senior Robotics Engineer',
      'Quernhall Robotics',
    ])
  })
  it('reads a WhatsApp chat whose headers put the date before the time', () => {
    const posting = read(`[14/3/2026, 11:50] Ana Ruiz: Os paso esta oferta 👇
[14/3/2026, 11:52] Ana Ruiz: Buscamos un/a *Data Engineer Senior* para Ondaverde Seguros en Madrid.
📍 Madrid – híbrido: 2 días presencial/semana
🔧 Python, SQL y Spark
Escríbeme a ana@ondaverde.example
[14/3/2026, 12:03] Marta G.: ¿Admiten full remoto?
[14/3/2026, 12:05] Ana Ruiz: No, mínimo 2 días en oficina`)
    expect([posting.title, posting.officeDaysPerWeek]).toEqual(['Data Engineer Senior', 2])
  })
  it('takes a workplace network’s name as the site’s, not the employer', () => {
    const posting = read(`Skip to main content
Viva Engage
Search Viva Engage
Fenwater Utilities

Home
Storylines
Communities
Events

Data Guild
Public community · 640 members

Greta Olsen
2 days ago

📢 We're hiring: Junior Data Engineer (Leeds)

Hi all! My team has an opening. Fenwater Utilities runs the water network of three counties,
and we build its data pipelines in Python and SQL on Databricks.

Apply on the careers site: careers.fenwater-utilities.co.uk`)
    expect(posting.company).toBe('Fenwater Utilities')
  })
  it('reads a Skype group copied from the desktop app: the date, a space, the time', () => {
    const posting = read(`[11/03/2026 09:12:47] Sofia Lemos: morning all, meetup tomorrow at 19h 🍕
[11/03/2026 09:13:20] Paulo Reis: 🙌 will be there
[11/03/2026 10:02:18] Carla Neves: Hi everyone, we're hiring and I'd rather hire from this group 😅

Senior Backend Developer @ Marinha Pay (Lisbon)

Marinha Pay runs card payments for small shops in Portugal. You will build our APIs in Kotlin
and Spring Boot on PostgreSQL.

Where: hybrid, 2 days a week in our Lisbon office.
[11/03/2026 10:04:55] Paulo Reis: nice, sharing with a friend
[11/03/2026 10:06:31] Ivo Santos: is fully remote possible? 👀`)
    expect([posting.title, posting.company, posting.officeDaysPerWeek]).toEqual([
      'Senior Backend Developer',
      'Marinha Pay',
      2,
    ])
  })
  it("reads a recruiter's role written over several short messages between the answers", () => {
    const posting =
      read(`[09:02, 2/6/2026] Irene Vidal · Alto Talento: Hola Pablo! Soy Irene, de Alto Talento 👋
[09:02, 2/6/2026] Irene Vidal · Alto Talento: Te escribo por una posición que llevo
[09:03, 2/6/2026] Irene Vidal · Alto Talento: Una aseguradora de Valencia busca un/a Backend Developer Senior
[09:03, 2/6/2026] Irene Vidal · Alto Talento: Stack: Java, Spring Boot y Kafka sobre AWS
[09:04, 2/6/2026] Irene Vidal · Alto Talento: Híbrido: 3 días por semana en la oficina
[09:20, 2/6/2026] Pablo: Hola Irene! Yo ahora trabajo en remoto con Go y Kubernetes desde Bilbao
[09:21, 2/6/2026] Pablo: Cuánto pagan?
[09:30, 2/6/2026] Irene Vidal · Alto Talento: 50-58k brutos al año`)
    expect([posting.title, posting.seniority, posting.workMode, posting.officeDaysPerWeek]).toEqual(
      ['Backend Developer Senior', 'senior', 'hybrid', 3],
    )
    expect(posting.stack.map((s) => s.name)).toEqual(['Java', 'Spring Boot', 'Kafka', 'AWS'])
  })
  it('drops a careers site’s row of actions joined by pipes, however long', () => {
    const posting =
      read(`Back to Search Results   |   Apply for this job online   |   Email this job to a friend   |   Refer this job to a friend   |   Share on your newsfeed
Staff Software Engineer - Cloud Platform
Job Locations
US-OH-Columbus
Overview
At Harlow Mutual, we build the claims platform for 2 million policyholders. You will run our Kubernetes platform on AWS.`)
    expect(posting.company).toBe('Harlow Mutual')
  })
})

describe('a wiki page copied whole: the app’s menu, the page tree, the page’s own lines', () => {
  const page = `Skip to main content
Wikiweave
Home
Recent
Spaces
Apps
Templates
+ Create
Search
Notifications
Help

People Team
Internal Moves
Open Roles
Internal Transfer: Senior Data Engineer (Payments)
Internal Transfer: Product Designer (Onboarding)
Internal Transfer: Engineering Manager (Mobile)
How moves work

People Team / Internal Moves / Open Roles

Internal Transfer: Senior Data Engineer (Payments)
Owned by Aiko Brandt
Last updated: Mar 03, 2026 by Jonas Lind
4 min read
👁 230 views

At Tallowin we run the payments platform for 40,000 shops. This role moves you into the
Payments data team in Porto, in the office two days a week.
We build pipelines with Python, Kafka and Snowflake.`

  it('reads the page’s title, not a menu item, the tree or the page’s owner', () => {
    const posting = read(page)
    expect([posting.title, posting.seniority, posting.company]).toEqual([
      'Senior Data Engineer (Payments)',
      'senior',
      'Tallowin',
    ])
  })
  it('reads a page titled with its tracker key, its counter past the fortieth line', () => {
    const posting = read(`Skip to main content
Wikiweave
Home
Recent
Spaces
Teams
Apps
Create
Search
2
Help
Settings

People Team
Overview
Content
Welcome to the People Team
Handbook
Perks
Training and growth
Moving teams
How a move works
Open Roles
2026
DATA-3107 Analytics Engineer – Data Platform
DATA-3102 Senior Data Scientist – Pricing
OPS-1140 Transport Planner
Archive
Questions from managers
Awards
Space settings
Archived pages

People Team / Moving teams / Open Roles / 2026

DATA-3107 Analytics Engineer – Data Platform

Owned by Aiko Brandt
Last updated: Mar 03, 2026 by Jonas Lind
5 min read
👁 412 people viewed

At Tallowin we run the payments platform for 40,000 shops. This role joins the Data Platform
team in Porto, in the office two days a week. We build models with dbt and Snowflake.`)
    expect([posting.title, posting.company]).toEqual([
      'Analytics Engineer – Data Platform',
      'Tallowin',
    ])
  })
  it('keeps a header that names its level on a line of its own', () => {
    const posting = read(`Werkstudent Data Engineering (m/w/d)
Kranfeld Digital GmbH
Karlsruhe
Werkstudent
Teilzeit, bis 20 Std./Woche

Kranfeld Digital baut Software für Stadtwerke.

Werkstudent Data Engineering (m/w/d)
Du baust mit uns Pipelines in Python.`)
    expect([posting.title, posting.seniority]).toEqual(['Werkstudent Data Engineering', 'intern'])
  })
})

describe('a government job page copied with the site’s banner', () => {
  it('takes the role and the department, never the banner’s lines', () => {
    const posting = read(`Skip to main content
An official website of the United States government
Here's how you know

Back to results

IT Specialist (APPSW)
Department of Fisheries Data

Overview
Salary
$98,496 - $128,043 per year
Remote job
No
Telework eligible
Yes

Duties
You will administer Linux servers and PostgreSQL databases at the duty station in Charleston, SC at least 3 days per week.`)
    expect([posting.company, posting.workMode]).toEqual(['Department of Fisheries Data', 'hybrid'])
  })
})

describe('a board’s company card above the role', () => {
  it('takes the name over its line of facts, not the sector that opens that line', () => {
    const posting = read(`Jobs
Companies
Log in

Pennywhistle
Insurtech · Series B · 120 employees
Visit website

Senior Data Scientist, Pricing
Salary
£80,000 – £95,000
Location
London
Remote policy
Hybrid · 1 day a week in the office

You will build pricing models in Python with our actuaries.`)
    expect([posting.company, posting.title]).toEqual([
      'Pennywhistle',
      'Senior Data Scientist, Pricing',
    ])
  })
})

describe('a remote board’s page with its similar listings below', () => {
  it('reads the regions of its own fields, none of the other listings’', () => {
    const posting = read(`Remote jobs › DevOps › Bramblefin

Senior Site Reliability Engineer
Bramblefin

Location requirements
United States, Canada
Timezones
UTC-8 to UTC-5

This is a fully remote position. You will run our Kubernetes clusters on AWS with Terraform.

Similar remote jobs
Senior DevOps Engineer · Quillcrest · Remote (Europe) · Ansible, Azure
Platform Engineer · Northmark Health · Remote (Worldwide) · GCP`)
    expect(posting.workMode).toBe('remote')
    expect(posting.remoteRegions).not.toContain('Europe')
    expect(posting.remoteRegions).not.toContain('Worldwide')
    expect(posting.remoteRegions).toEqual(expect.arrayContaining(['US', 'CA']))
  })
})

describe('a post in a social network’s group, with the group’s page above it', () => {
  it('is read from the post: the site, the group and the author’s badge name neither role nor employer', () => {
    const text = [
      'Facebook',
      'Search Facebook',
      'Home   Video   Marketplace   Groups',
      '',
      'Lisboa Devs & Expats',
      'Public group · 12.1K members',
      'Joined   Invite   Share',
      '',
      'Inês Prata ▸ Lisboa Devs & Expats',
      'Moderator · 5h · 🌍',
      '',
      '[HIRING] Junior Frontend Developer (React) – Lisbon, hybrid',
      '',
      'Olá! We are growing the product team at Sardinha Labs, a startup of 15 people. You will build our React app with TypeScript.',
      'Two days a week in our office in Lisbon.',
    ].join('\n')
    const result = parsePosting(text, { file: 'group.txt' })
    expect(result.ok && result.posting.title).toBe('Junior Frontend Developer (React)')
    expect(result.ok && result.posting.company).toBe('Sardinha Labs')
  })
})

describe('an organisation’s post under an app’s long menu, its handle a domain', () => {
  const post = `Start
Suche
Mitteilungen
Chat
Feeds
Listen
Profil
Einstellungen
Neuer Post
Post
Auwald Software
@auwald-software.bsky.social
Folgen
Wir stellen ein!
Für unser Plattformteam in Halle suchen wir ab sofort eine*n Backend Developer (m/w/d).
Hybrid: 2 Tage pro Woche im Büro, sonst gern von zuhause. Wir arbeiten mit Kotlin und PostgreSQL.
`
  it('names the organisation that posts, its name ending as companies’ names do', () => {
    expect(read(post).company).toBe('Auwald Software')
  })
  it('reads the town of "für unser Plattformteam in Halle"', () => {
    expect(read(post).locations.map((l) => l.city)).toEqual(['Halle'])
  })
  it('names no employer for a person’s account', () => {
    const person = post
      .replace('Auwald Software', 'Jana Auwald')
      .replace('@auwald-software', '@jana-auwald')
    expect(read(person).company).not.toBe('Jana Auwald')
  })
})

describe("a tech-hiring platform's notification e-mail", () => {
  const mail = [
    'From: talentloop <notifications@talentloop.example>',
    'To: Ada Mensah <ada@mail.example>',
    'Date: Tue, 11 Mar 2025 09:14:52 +0000',
    'Subject: 🎉 Corvane Robotics wants to interview you for Senior Platform Engineer',
    '',
    'talentloop',
    '',
    'Hi Ada,',
    '',
    'Great news: a company has reviewed your profile and wants to invite you to an interview!',
    '',
    'Senior Platform Engineer',
    'Corvane Robotics',
    '📍 Bristol, UK',
    '',
    'Corvane Robotics is a maker of warehouse robots. You will run our Kubernetes clusters.',
  ].join('\n')
  it('reads the role its subject names after "for", and the employer, not its masthead', () => {
    const posting = read(mail)
    expect(posting.title).toBe('Senior Platform Engineer')
    expect(posting.company).toBe('Corvane Robotics')
  })
  it('keeps a title whose own words go on after "for"', () => {
    const subject = 'Subject: Backend Engineer for Payments'
    const posting = read(
      mail.replace(/^Subject: .*$/m, subject).replace(/\nSenior Platform Engineer\n/, '\n'),
    )
    expect(posting.title).toBe('Backend Engineer for Payments')
  })
})

describe('a job description kept as a Word file, marked for internal use', () => {
  it('reads the title under the marking, not the marking', () => {
    const text = [
      'Veldhoven Digital NV\tFunctiebeschrijving – HR-FB-007\tVersie 1.2',
      'INTERN – niet verspreiden zonder akkoord HR',
      '',
      'FUNCTIEBESCHRIJVING',
      'Teamleider Software Engineering (.NET)',
      '',
      'Doel van de functie',
      'Je geeft leiding aan een team van zes ontwikkelaars in C# en ASP.NET Core, in Gent.',
    ].join('\n')
    expect(read(text).title).toBe('Teamleider Software Engineering (.NET)')
  })
})

describe('a role forwarded in a chat channel with emoji for its labels', () => {
  it('reads the employer after the office building, and keeps the team in the title', () => {
    const text = [
      'Niamh Walsh',
      'Tue 10/06 16:12',
      'Hi all, reposting this from the hiring channel: referrals welcome!',
      '',
      '📣 OPEN ROLE: Engineering Manager – Payments Platform',
      '📍 Cork, Ireland (hybrid)',
      '🏢 Lough Mahon Pay – Platform Engineering',
      '',
      'About the team',
      'We own the ledger and the card integrations, in Java and Kotlin on AWS.',
    ].join('\n')
    const posting = read(text)
    expect(posting.company).toBe('Lough Mahon Pay')
    expect(posting.title).toBe('Engineering Manager – Payments Platform')
  })
})

describe('a thread printed from a web mail program', () => {
  const thread = `Gmail   Ana Ferreira <ana.ferreira.dev@example.com>

Platform Engineer, Lumiar Grid
1 message

Tom Hale <tom.hale@brightsearch.example> Tue, Mar 4, 2025 at 9:15 AM
To: Ana Ferreira <ana.ferreira.dev@example.com>
Cc: Ruth Obi <ruth.obi@brightsearch.example>

Hi Ana,

Lumiar Grid is a battery-storage operator based in Lisbon. They are hiring a Platform Engineer to run their Kubernetes clusters on AWS with Terraform.

Best,
Tom`

  it('reads the employer from the message, not the program', () => {
    const posting = read(thread)
    expect(posting.company).toBe('Lumiar Grid')
    expect(posting.title).toBe('Platform Engineer, Lumiar Grid')
  })
})

describe("a recruiter's message copied from a messaging program's window", () => {
  it('never takes the program for the employer', () => {
    const posting = read(`WhatsApp
Search or start new chat

Priya Recruiter
last seen today at 10:02

📌 Position: Senior Android Developer
📍 Location: Pune
Our client Kestrel Freight Pvt Ltd is hiring an Android developer with Kotlin and Jetpack Compose.`)
    expect(posting.company).toBe('Kestrel Freight')
  })
})

describe('a web mail window copied whole, a forwarded description in its open message', () => {
  const window = [
    'Outlook',
    'Search',
    'New mail',
    'Delete',
    'Archive',
    'Reply',
    'Reply all',
    'Forward',
    'Favorites',
    'Inbox',
    '7',
    'Sent Items',
    'Drafts',
    '1',
    'Deleted Items',
    'Focused',
    'Other',
    'Tomás Reilly',
    'FW: New role on the data team (please share)',
    'Wed 10:02',
    'Hi Orla, thought of you when this landed in my inbox, have a look...',
    'Lisburn Tennis Club',
    'Court bookings for the summer are open',
    'Tue 18:40',
    'Members can now book courts online for the summer season, see the club website...',
    '',
    'FW: New role on the data team (please share)',
    'Summarize',
    'TR',
    'Tomás Reilly <tomas.reilly@brackenmoor.ie>',
    'To:',
    'you',
    'Wed 12/03/2025 10:02',
    'Reply',
    'Reply all',
    'Forward',
    '',
    'Hi Orla,',
    '',
    'Thought of you when this landed in my inbox, we are growing the data team and the manager is great to work with.',
    '',
    'Tomás',
    '',
    'From: Gráinne Walsh <grainne.walsh@brackenmoor.ie>',
    'Sent: Tuesday, March 11, 2025 4:30 PM',
    'To: Everyone <all@brackenmoor.ie>',
    'Subject: New role on the data team (please share)',
    '',
    'Hi all,',
    '',
    'Below is the description going on the careers site on Friday, please share it with anyone you know.',
    '',
    '---',
    '',
    'Data Engineer',
    'Cork (hybrid)',
    '',
    'About Brackenmoor Analytics',
    'We help dairy co-operatives plan collections and forecast milk supply.',
    '',
    'What you will do',
    '- Build and run our pipelines in Python and dbt on Snowflake',
    '- Orchestrate them with Airflow and keep them monitored',
    '- Work in the office on Tuesdays and Thursdays, from home the other days',
    '',
    'To apply, send your CV to careers@brackenmoor.ie.',
  ].join('\n')

  it('reads the message, not the window: title, employer and place of the description', () => {
    const posting = read(window)
    expect(posting.title).toBe('Data Engineer')
    expect(posting.company).toBe('Brackenmoor Analytics')
    expect(posting.locations).toEqual([{ city: 'Cork', region: 'Munster', country: 'IE' }])
    expect(posting.workMode).toBe('hybrid')
    expect(posting.stack.map((s) => s.name)).toEqual(
      expect.arrayContaining(['Python', 'dbt', 'Snowflake', 'Airflow']),
    )
  })

  it('takes a mail toolbar\'s "Reply" for no forum\'s reply link', () => {
    const result = parsePosting(window)
    expect(result.ok).toBe(true)
  })
})

describe('a careers page of a site built on a website builder’s free plan', () => {
  const page = [
    'This site was designed with the Wix.com website builder. Create your website today.',
    'Start Now',
    'Skip to Main Content',
    'ORTLIEB & SEN',
    'Home',
    'Projects',
    'Careers',
    'Contact',
    'Use tab to navigate through the menu items.',
    'Log In',
    '',
    'Careers',
    '',
    'Backend Developer (PHP / Symfony)',
    'Vienna · Full-time · Start: asap',
    '',
    'What you will do',
    '- Build our clients’ shops with PHP 8, Symfony and MySQL',
    '- Keep them running on Docker and GitLab CI',
    '',
    'Apply by e-mail to jobs@ortlieb-sen.example.',
  ].join('\n')

  it('reads the posting under the builder’s banner and the site’s "Log In"', () => {
    const posting = read(page)
    expect(posting.title).toBe('Backend Developer (PHP / Symfony)')
    expect(posting.locations).toEqual([{ city: 'Vienna', region: 'Vienna', country: 'AT' }])
    expect(posting.company).not.toMatch(/wix/i)
  })
})

describe('a ticket of a work tracker asking for a hire, its description the posting', () => {
  const ticket = [
    'Jira',
    'Your work',
    'Projects',
    'Filters',
    'Dashboards',
    'Create',
    'Search',
    'People Ops',
    'Summary',
    'Board',
    'Calendar',
    'Timeline',
    'Issues',
    'Project settings',
    'People Ops',
    '/',
    'HR-207',
    'New hire request: backend role for the billing team',
    'Attach',
    'Description',
    'Hiring manager: Dana Holt',
    '',
    'Please use the text below for the posting.',
    '',
    'Senior Backend Engineer',
    'Location: Remote (US)',
    '',
    'About Ferncastle',
    'Ferncastle builds billing software for veterinary clinics.',
    '',
    'What you will do',
    '- Build our invoicing services in Go on PostgreSQL',
  ].join('\n')

  it('takes the role’s line under the tracker’s chrome for the title, not "Hiring manager"', () => {
    const posting = read(ticket)
    expect(posting.title).toBe('Senior Backend Engineer')
    expect(posting.company).toBe('Ferncastle')
    expect(posting.workMode).toBe('remote')
  })
})

describe('a web mail window whose open message shows its sender’s address under the name', () => {
  const window = [
    'Proton Mail',
    'New message',
    'Inbox',
    '12',
    'Drafts',
    'Sent',
    'Starred',
    'Archive',
    'Spam',
    'Trash',
    'Labels',
    'Agencies',
    '',
    'Senior QA Engineer – Lindqvist Robotics (Västerås)',
    'Inbox',
    'Agencies',
    '',
    'Maja Lindqvist',
    'maja.lindqvist@lindqvistrobotics.se',
    'To: Me',
    'Mon, Apr 7, 2025, 10:12',
    'Reply',
    'Reply all',
    'Forward',
    '',
    'Remote content is not loaded. Load',
    '',
    'Hi Jonas,',
    '',
    'As promised at the meetup, here is the role.',
    '',
    'Senior QA Engineer – Lindqvist Robotics, Västerås',
    '',
    'You will build our test automation in Python and pytest for the robots our customers run.',
    '',
    '- Location: Västerås (Finnslätten). We work on site four days a week.',
  ].join('\n')

  it('leaves the folders, the labels, the sender and the notice of held-back pictures to the mail program', () => {
    const posting = read(window)
    expect(posting.company).toBe('Lindqvist Robotics')
    expect(posting.title).toBe('Senior QA Engineer')
    expect(posting.workMode).toBe('hybrid')
    expect(posting.locations.map((l) => [l.city, l.country])).toEqual([['Västerås', 'SE']])
    // The notice's "Remote" is no work mode the board's header states.
    expect(posting.warnings).toEqual([])
  })

  it('marks the window down to the open message’s buttons, the subject kept', () => {
    const read = readDocument(window)
    if (!read.ok) throw new Error(read.error)
    const noise = (text: string) => read.doc.lines.find((l) => l.text === text)?.noise
    expect(noise('Proton Mail')).toBe('e-mail header')
    expect(noise('Maja Lindqvist')).toBe('e-mail header')
    expect(noise('To: Me')).toBe('e-mail header')
    expect(noise('Remote content is not loaded. Load')).toBe('e-mail header')
    expect(noise('Senior QA Engineer – Lindqvist Robotics (Västerås)')).toBeUndefined()
  })
})
