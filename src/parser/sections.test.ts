import { describe, expect, it } from 'vitest'
import { parsePosting } from './index.ts'

function stackOf(text: string): string[] {
  const result = parsePosting(text, { file: 'tools.txt' })
  if (!result.ok) throw new Error(result.error)
  return result.posting.stack.map((s) => s.name)
}

const OPENING = 'Lumora Labs is hiring a Backend Engineer in Leipzig.\n\n'
const CLOSING = '\n\nApply at jobs@lumora.example'

describe('sections: a line that declares the tools of the role', () => {
  it.each([
    'What the team works with: Go, Kubernetes, Terraform.',
    'What you will work with: Go, Kubernetes, Terraform.',
    "What you'll work with: Go, Kubernetes, Terraform.",
    'Tools we use: Go, Kubernetes, Terraform.',
    'Technologies we work with: Go, Kubernetes, Terraform.',
    'Our team works with: Go, Kubernetes, Terraform.',
  ])('"%s" names the role’s stack, even when it names the team', (line) => {
    expect(stackOf(`${OPENING}${line}${CLOSING}`)).toEqual(['Go', 'Kubernetes', 'Terraform'])
  })

  it('a heading about the team still opens company text: its tools are not the role’s', () => {
    const text = `${OPENING}You will build our billing APIs in Go and PostgreSQL.\n\nAbout the team:\nOur data team runs Snowflake and Looker dashboards for finance.${CLOSING}`
    expect(stackOf(text)).toEqual(['Go', 'PostgreSQL'])
  })
})

describe('sections: headings', () => {
  it.each(['What we look for', 'Who we look for', 'What we care about'])(
    '"%s" opens the requirements',
    (heading) => {
      const result = parsePosting(
        `${OPENING}${heading}\n- Three years of backend work\n- Care for clear code reviews${CLOSING}`,
      )
      if (!result.ok) throw new Error(result.error)
      expect(result.posting.sections.requirements).toEqual([
        'Three years of backend work',
        'Care for clear code reviews',
      ])
    },
  )

  it.each([
    "What you'd actually be doing",
    'What you would be doing',
    "What you'll really work on",
  ])('"%s" opens the responsibilities', (heading) => {
    const result = parsePosting(
      `${OPENING}${heading}\n- Run our ingestion pipelines\n- Keep the warehouse tidy${CLOSING}`,
    )
    if (!result.ok) throw new Error(result.error)
    expect(result.posting.sections.responsibilities).toEqual([
      'Run our ingestion pipelines',
      'Keep the warehouse tidy',
    ])
  })

  it('"How we work" opens the work’s logistics, read for the work mode', () => {
    const result = parsePosting(
      `${OPENING}How we work\nWe work from our Leeds office three days a week.${CLOSING}`,
    )
    if (!result.ok) throw new Error(result.error)
    expect(result.posting.sections.about).toEqual([])
    expect(result.posting.officeDaysPerWeek).toBe(3)
  })
})

describe('sections: a company named after what it makes', () => {
  // An applicant-tracking page opens on the employer's name over its "Back to jobs" link;
  // a name ending in a heading word ("Technologies", "Tecnologías") is no stack heading.
  it.each([
    ['Veltora Technologies', 'Senior Data Engineer', 'Lisbon or Porto'],
    ['Corvina Tecnologías', 'Ingeniera de Datos Sénior', 'Sevilla o Málaga'],
    ['Halvmoon Technologien', 'Senior Dateningenieur', 'Leipzig oder Dresden'],
  ])('"%s" over the title is the employer, and the title is read', (company, title, places) => {
    const result = parsePosting(
      `${company}\nBack to jobs\n\n${title}\n${places}\n\nApply\n\nYou will build our data pipelines in Python and dbt on BigQuery, and keep them reliable for the analysts who use them every day.\n\nApply for this job`,
    )
    if (!result.ok) throw new Error(result.error)
    expect([result.posting.company, result.posting.title]).toEqual([company, title])
    expect(result.posting.locations.length).toBe(2)
  })

  it.each(['Core Technologies', 'Key Tools', 'Nuestras tecnologías'])(
    '"%s" alone on its line still opens the stack',
    (heading) => {
      const result = parsePosting(
        `${OPENING}You will build our billing APIs.\n\n${heading}\nGo, PostgreSQL and Kafka run our services.\n\nAbout us\nWe use Snowflake for finance reports.${CLOSING}`,
      )
      if (!result.ok) throw new Error(result.error)
      expect(result.posting.stack.map((s) => s.name)).toEqual(['Go', 'PostgreSQL', 'Kafka'])
    },
  )
})

describe('sections: a Belgian board’s headings, in French and Dutch', () => {
  it.each([
    [
      'Développeur PHP (H/F/X)\nBrasserie Tanneur\n\nL’entreprise\nBrasserie Tanneur brasse des bières à Namur depuis 1890.\n\nLa fonction\n• Vous développez notre boutique en ligne en PHP et MySQL ;\n• Vous écrivez des tests (PHPUnit, Cypress).\n\nNotre offre\n• Un contrat à durée indéterminée ;\n• Des chèques-repas.',
      ['PHP', 'MySQL', 'PHPUnit', 'Cypress'],
      ['Un contrat à durée indéterminée ;', 'Des chèques-repas.'],
    ],
    [
      'Java Developer (m/v/x)\nSchelde Logistiek\n\nOver het bedrijf\nSchelde Logistiek plant containervervoer in Antwerpen.\n\nJouw functie\n- Je bouwt onze planningsdiensten in Java en PostgreSQL\n- Je werkt met Kafka\n\nAanbod\n- Een vast contract\n- Maaltijdcheques',
      ['Java', 'PostgreSQL', 'Kafka'],
      ['Een vast contract', 'Maaltijdcheques'],
    ],
  ])(
    '%#: the role’s section is read for its stack, the offer is its benefits',
    (text, stack, benefits) => {
      const result = parsePosting(text)
      if (!result.ok) throw new Error(result.error)
      expect(result.posting.stack.map((s) => s.name)).toEqual(stack)
      expect(result.posting.sections.benefits).toEqual(benefits)
    },
  )
})

describe('sections: an internship named as the role’s own section', () => {
  it.each([
    ['Qui sommes-nous ?', 'Ton stage', 'Tu entraîneras nos modèles avec PyTorch et MLflow.'],
    ['Über uns', 'Dein Praktikum', 'Du trainierst unsere Modelle mit PyTorch und MLflow.'],
    ['Chi siamo', 'Il tuo tirocinio', 'Allenerai i nostri modelli con PyTorch e MLflow.'],
  ])('"%s" then "%s": the tools under the second are the role’s', (about, heading, line) => {
    const text = `Ingénieur Machine Learning (H/F)\nNévalune\n\n${about}\n\nNous aidons les stations de ski à produire la neige.\n\n${heading}\n\n${line}${CLOSING}`
    expect(stackOf(text)).toEqual(['PyTorch', 'MLflow'])
  })
})

describe('sections: European Portuguese headings', () => {
  it('reads the tools under "O que vais fazer" and "O teu perfil" as the role’s', () => {
    const text =
      'Programador Backend\nAlfama Digital\nLisboa\n\nQuem somos\nA Alfama Digital faz software para farmácias; a equipa de dados usa Looker.\n\nO que vais fazer\n- Desenvolver APIs em Kotlin e PostgreSQL\n\nO teu perfil\n- Experiência com Kafka\n'
    expect(stackOf(text)).toEqual(['Kotlin', 'PostgreSQL', 'Kafka'])
  })
})
