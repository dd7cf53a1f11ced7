import { describe, expect, it } from 'vitest'
import { parsePosting } from './index.ts'
import { extractStack, type StackBlock } from './stack.ts'

function names(
  text: string,
  kind: StackBlock['kind'] = 'requirements',
  company: string | null = null,
) {
  return extractStack([{ kind, text }], company).stack.map((s) => s.name)
}

describe('stack: ambiguous words count only as technologies in context', () => {
  it.each([
    [
      'Go',
      'Backend services in Go and Python',
      'Go to market with our sales team. We go live in May.',
    ],
    [
      'Spark',
      'Batch jobs on Spark and Databricks',
      'Spark joy in our users. Ideas spark conversations.',
    ],
    ['R', 'Statistics in Python or R', 'Our R&D team grew. Series R of our plan.'],
    ['C', 'Systems code in C and C++', 'We raised our Series C. Talk to the C-suite.'],
    ['Rust', 'Services in Rust, Go and Kotlin', 'Rust belt towns; we fight rust on old bikes.'],
    [
      'Swift',
      'Apps in Swift with SwiftUI and Xcode',
      'Swift delivery matters. SWIFT payments clear daily.',
    ],
    [
      'Express',
      'APIs with Node.js and Express',
      'We express our values. American Express is a client.',
    ],
    [
      'Chef',
      'Provisioning with Chef, Terraform and Ansible',
      'Our chef cooks lunch. Chef de partie wanted.',
    ],
    ['Puppet', 'Configuration in Puppet and Ansible', 'No puppet shows. Puppet master of none.'],
    ['Airflow', 'Pipelines scheduled in Airflow with dbt', 'Good airflow in the office.'],
    ['Make', 'Builds with Bazel, CMake and Make', 'Make sure you make an impact.'],
    ['Ruby', 'Web apps in Ruby and PostgreSQL', 'Contact Ruby for details about the role.'],
    ['Julia', 'Numerics in Julia, Python and MATLAB', 'Email Julia about the interview.'],
    ['Dart', 'Mobile apps in Flutter and Dart', 'The office has a dart board.'],
    ['Elm', 'Frontend in Elm and TypeScript', 'Our office is on Elm Street.'],
  ])('%s', (tech, yes, no) => {
    expect(names(yes)).toContain(tech)
    expect(names(no)).not.toContain(tech)
  })

  it('reads a declared stack list, ambiguous names included', () => {
    expect(names('Go\nKafka\nPostgres\nArgocd', 'stack')).toEqual([
      'Go',
      'Kafka',
      'PostgreSQL',
      'Argo CD',
    ])
  })

  it('uses canonical names and keeps qualifiers as notes', () => {
    const stack = extractStack(
      [{ kind: 'stack', text: 'Golang\nDjango (being phased out)\nK8s' }],
      null,
    ).stack
    expect(stack).toEqual([
      { name: 'Go', category: 'language' },
      { name: 'Django', category: 'framework', note: 'being phased out' },
      { name: 'Kubernetes', category: 'infrastructure' },
    ])
  })

  it('marks what only a nice-to-have line names', () => {
    const stack = extractStack(
      [{ kind: 'requirements', text: 'Python\nKafka experience is a plus' }],
      null,
    ).stack
    expect(stack).toEqual([
      { name: 'Python', category: 'language' },
      { name: 'Kafka', category: 'messaging', note: 'nice to have' },
    ])
  })

  it('marks only what the nice-to-have sentence of a paragraph names', () => {
    const stack = extractStack(
      [
        {
          kind: 'summary',
          text: 'You will write services in Python and Kafka consumers. Dutch is not required. Terraform is a plus.',
        },
      ],
      null,
    ).stack
    expect(stack).toEqual([
      { name: 'Python', category: 'language' },
      { name: 'Kafka', category: 'messaging' },
      { name: 'Terraform', category: 'infrastructure', note: 'nice to have' },
    ])
  })

  it('reads two ambiguous names listed together as technologies', () => {
    expect(names('You would write firmware in C and Rust for our drones.', 'summary')).toEqual([
      'C',
      'Rust',
    ])
    expect(names('We use Rust and Go.', 'summary')).toEqual(['Rust', 'Go'])
    // Among other capitalised names the list is of companies, not technologies.
    expect(
      names('Our team comes from Google, Amazon, OpenAI, Stripe, Whatnot and more.', 'summary'),
    ).toEqual([])
  })

  it('reads AWS services only next to AWS', () => {
    expect(names('AWS services (e.g. IAM, S3, Lambda)')).toEqual([
      'AWS',
      'AWS IAM',
      'Amazon S3',
      'AWS Lambda',
    ])
    expect(names('You own IAM and lambda functions')).toEqual([])
  })

  it('skips bios, anecdotes, links and the company itself', () => {
    expect(names('Backed by Olivier Pomel (CEO of Datadog).')).toEqual([])
    expect(names('Used by engineers at companies like Linear, Vercel and Stripe.')).toEqual([])
    expect(names('Loved by leading brands including Workday and Notion.')).toEqual([])
    expect(names('My ideas could start in Figma.')).toEqual([])
    expect(names('See https://github.com/acme/handbook or mail jobs@gitlab.example')).toEqual([])
    expect(names('Datadog dashboards and Python', 'requirements', 'Datadog')).toEqual(['Python'])
  })

  it('reads a sentence whose word ends in "me" after an accented letter as no anecdote', () => {
    expect(names("Vous maîtrisez TypeScript et l'écosystème Vue.")).toEqual([
      'TypeScript',
      'Vue.js',
    ])
    expect(names('Vous concevez le système de files avec Kafka et Redis.')).toEqual([
      'Kafka',
      'Redis',
    ])
    expect(names('Je me suis formé sur Kotlin.')).toEqual([])
  })

  it('does not read generic words as products', () => {
    expect(names('Data from all of the git repos in your company; LLMs and your IDE.')).toEqual([])
    expect(names('Monte Carlo simulations and a snowflake schema')).toEqual([])
  })

  it('drops the other clouds a required line offers when the stack names one', () => {
    const result = extractStack(
      [
        { kind: 'requirements', text: 'Experience with cloud environments (e.g. AWS or GCP).' },
        { kind: 'stack', text: 'AWS services' },
      ],
      null,
    )
    expect(result.stack.map((s) => s.name)).toEqual(['AWS'])
    expect(result.dropped).toEqual([
      { name: 'GCP', reason: 'an alternative to the cloud the stack names' },
    ])
  })
})

describe('stack: context scores settle ambiguous names', () => {
  it('takes the last name of a list after "and"', () => {
    expect(names('We write Rust, Python, TypeScript, and Go.')).toEqual([
      'Rust',
      'Python',
      'TypeScript',
      'Go',
    ])
  })

  it('takes a name joined to the next one by a plus', () => {
    expect(names('Our stack is Go+Postgres on the backend.')).toContain('Go')
  })

  it('takes a name tagged in brackets after a role', () => {
    expect(names('We are hiring a Senior Backend Engineer (Go).')).toEqual(['Go'])
  })

  it('takes a name after "development in"', () => {
    expect(names('Some of our development in Go happens in the API team.')).toEqual(['Go'])
  })

  it('leaves a modal "go" and a list word read as a verb', () => {
    expect(names('Engineers who can Go beyond the brief and ship.')).toEqual([])
  })

  it('leaves an unambiguous name used as an ordinary phrase', () => {
    expect(names('Overlays from all the git repos in your company, with Python.')).toEqual([
      'Python',
    ])
  })

  it('knows technologies added from unseen postings', () => {
    expect(names('Elixir, Phoenix LiveView and Oban; media via FFmpeg and LiveKit.')).toEqual([
      'Elixir',
      'Phoenix',
      'Oban',
      'FFmpeg',
      'LiveKit',
    ])
  })
})

describe('stack: a legal form after a company’s name', () => {
  it('is no technology ("Soluciones Andinas SAS" is not SAS software)', () => {
    expect(names('Soluciones Andinas SAS\nBogotá\nC#, .NET Core y SQL Server', 'header')).toEqual([
      'C#',
      '.NET',
      'SQL Server',
    ])
  })

  it('leaves the same word a technology in a list of tools', () => {
    expect(names('Statistics with SAS and R')).toEqual(['SAS', 'R'])
  })
})

describe('stack: a word of the company’s name', () => {
  it('is no technology where it stands only in the name ("Gabbiano Informatica")', () => {
    const text =
      'Gabbiano Informatica sviluppa gestionali con Angular.\nETL con Informatica e Oracle.'
    expect(names(text, 'summary', 'Gabbiano Informatica')).toEqual([
      'Angular',
      'Informatica',
      'Oracle Database',
    ])
    expect(
      names(
        'Gabbiano Informatica sviluppa gestionali con Angular.',
        'summary',
        'Gabbiano Informatica',
      ),
    ).toEqual(['Angular'])
  })
})

describe('stack: a name that is an ordinary word of another posting language', () => {
  it.each([
    ['Jest', 'Nasze biuro w Gdyni jest do Twojej dyspozycji, jeśli wolisz pracować na miejscu.'],
    ['Tableau', 'Vous construirez le tableau de bord web destiné aux techniciens.'],
    ['Vue.js', "Avoir une vue d'ensemble du SI, et le permis B en vue des déplacements."],
    ['ELK', 'Je bent in elk geval niet bang voor een klant met vragen.'],
  ])('is no %s in that language’s prose', (tech, text) => {
    expect(names(text)).not.toContain(tech)
  })

  it.each([
    ['Jest', 'Experience with automated testing suites, like Jest.'],
    ['Tableau', 'Leverage FinOps dashboards and Tableau for visualization.'],
    ['Vue.js', 'One front-end framework (react, angular, vue).'],
    ['Jest', 'Experience with jest / vitest or other testing frameworks.'],
  ])('is %s written as the name, or among technologies', (tech, text) => {
    expect(names(text)).toContain(tech)
  })
})

describe('stack: a desktop .NET role’s tools and an IT team’s systems', () => {
  it('reads WPF, WinForms and the .NET test frameworks', () => {
    expect(
      names('Maintain a WPF and WinForms desktop app in C#; automated tests in xUnit or NUnit.'),
    ).toEqual(['WPF', 'Windows Forms', 'C#', 'xUnit', 'NUnit'])
  })
  it('reads directory, backup and firewall systems', () => {
    expect(
      names(
        'You run Active Directory and Intune, vSphere clusters backed up with Veeam, and our Fortinet firewalls.',
      ),
    ).toEqual(['Active Directory', 'Microsoft Intune', 'VMware vSphere', 'Veeam', 'Fortinet'])
  })
  it('reads Spring’s data and security projects beside Spring Boot', () => {
    expect(names('Java 21 with Spring Boot, Spring Data JPA and Spring Security.')).toEqual([
      'Java',
      'Spring Boot',
      'Spring Data',
      'Spring Security',
    ])
  })
})

describe('stack: a product line named by its product', () => {
  it('reads vSphere as VMware vSphere, VMware alone as VMware', () => {
    expect(names('Run our vSphere and ESXi hosts.')).toEqual(['VMware vSphere'])
    expect(names('Experience with VMware and Hyper-V.')).toEqual(['VMware', 'Hyper-V'])
  })
  it('reads Spring’s cloud and batch projects, Redux Toolkit and a firmware target', () => {
    expect(
      names('Spring Cloud and Spring Batch services; a React front end with Redux Toolkit.'),
    ).toEqual(['Spring Cloud', 'Spring Batch', 'React', 'Redux Toolkit'])
    expect(names('Firmware in C for STM32 boards on FreeRTOS or VxWorks.')).toEqual([
      'C',
      'STM32',
      'FreeRTOS',
      'VxWorks',
    ])
  })
})

describe('stack: an Amazon service written with "AWS" before it', () => {
  it('is the same service, and names AWS too', () => {
    expect(
      names('Spark on AWS EMR, data in AWS Redshift and AWS RDS, alerts in AWS CloudWatch.'),
    ).toEqual(['Spark', 'Amazon EMR', 'AWS', 'Amazon Redshift', 'Amazon RDS', 'Amazon CloudWatch'])
  })
})

describe('stack: names of design, creative-coding, Azure and data tools', () => {
  it('reads design and research tools, and their ordinary words only among tools', () => {
    expect(names('Prototype in Figma and ProtoPie; run unmoderated tests in Maze.')).toEqual([
      'Figma',
      'ProtoPie',
      'Maze',
    ])
    expect(names('You will find your way through a maze of legacy systems.')).toEqual([])
  })
  it('reads creative-coding libraries and shader languages', () => {
    expect(
      names('Experience with React Three Fiber, GLSL shaders, GSAP and TouchDesigner.'),
    ).toEqual(['React Three Fiber', 'GLSL', 'GSAP', 'TouchDesigner'])
  })
  it('reads Azure tools and geospatial and ML libraries', () => {
    expect(
      names(
        'Infrastructure as code in Terraform or Bicep; Azure Monitor and Application Insights.',
      ),
    ).toEqual(['Terraform', 'Bicep', 'Azure Monitor', 'Application Insights'])
    expect(names('Geospatial stack: GDAL, Rasterio, Google Earth Engine.')).toEqual([
      'GDAL',
      'Rasterio',
      'Google Earth Engine',
    ])
  })
})

describe('stack: a code host where the candidate shows their own work', () => {
  it.each([
    'Apply with your CV and a link to something you have built (portfolio, GitHub, a live site).',
    'Please mention the role in the subject and include your GitHub.',
    'Website / GitHub',
    'Proyectos personales en GitLab o un enlace a tu portfolio.',
    'Envoie-nous ton profil Bitbucket et ton CV.',
    '- Projetos pessoais ou acadêmicos no GitHub',
    'mandaci il link al tuo GitHub!',
  ])('is not the role’s tool: %s', (text) => {
    expect(names(`We build APIs in Go and TypeScript.\n${text}`)).toEqual(['Go', 'TypeScript'])
  })
  it.each([
    ['Tooling: GitHub, GitHub Actions, Terraform', ['GitHub', 'GitHub Actions', 'Terraform']],
    ['Code is reviewed on GitLab and shipped daily.', ['GitLab']],
    ['- Write tests and review pull requests on GitHub', ['GitHub']],
  ])('is the role’s tool where the role works on it: %s', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })
})

describe('stack: a product of a platform, named by its own name', () => {
  it.each([
    [
      'Crash reports in Firebase Crashlytics, pushes with Firebase Cloud Messaging (FCM).',
      ['Firebase Crashlytics', 'Firebase Cloud Messaging'],
    ],
    [
      'Pipelines on Azure Databricks, a chatbot on Azure OpenAI.',
      ['Azure Databricks', 'Azure OpenAI'],
    ],
    ['Streaming with Amazon MSK, schedules in Amazon MWAA.', ['Amazon MSK', 'Amazon MWAA']],
    ['State in Pinia (Vuex before), routes with Vue Router.', ['Pinia', 'Vuex', 'Vue Router']],
    [
      'The Android app: Kotlin Coroutines, Hilt, Retrofit, Room.',
      ['Android', 'Kotlin Coroutines', 'Dagger', 'Retrofit', 'Room'],
    ],
    ['Shops on WooCommerce, PrestaShop and Shopware.', ['WooCommerce', 'PrestaShop', 'Shopware']],
    [
      'Firmware for Arm Cortex-M on Embedded Linux, tests in Ceedling.',
      ['Arm Cortex-M', 'Embedded Linux', 'Ceedling'],
    ],
    ['Solvers in C++ with MPI and OpenMP.', ['C++', 'MPI', 'OpenMP']],
    ['Reports in Power BI with DAX.', ['Power BI', 'DAX']],
  ])('reads %s', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })
  it('leaves the ordinary words alone', () => {
    expect(names('Ein DAX-Konzern. Room for growth, and a Room with a view.')).toEqual([])
  })
})

describe('stack: the tools of games, smart contracts, public bodies and accessible front ends', () => {
  it.each([
    [
      'Profile frames with Unreal Insights, RenderDoc and Superluminal; builds with Unreal Automation Tool on Perforce.',
      ['Unreal Insights', 'RenderDoc', 'Superluminal', 'Unreal Automation Tool', 'Perforce'],
    ],
    [
      'Ship on PlayStation 5, Nintendo Switch and Steam Deck through Steamworks, audio in FMOD.',
      ['PlayStation 5', 'Nintendo Switch', 'Steam Deck', 'Steamworks', 'FMOD'],
    ],
    [
      'Contracts in Solidity and Yul on Arbitrum, price feeds from Chainlink, checked with Slither and Echidna.',
      ['Solidity', 'Yul', 'Arbitrum', 'Chainlink', 'Slither', 'Echidna'],
    ],
    [
      'Reports in SSRS, maps on ArcGIS Enterprise, permits in Accela.',
      ['SSRS', 'ArcGIS Enterprise', 'Accela Civic Platform'],
    ],
    [
      'Pages in Umbraco with Razor views, tested with JAWS, NVDA and VoiceOver.',
      ['Umbraco', 'Razor', 'JAWS', 'NVDA', 'VoiceOver'],
    ],
  ])('reads %s', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })

  it('leaves the ordinary words alone', () => {
    expect(
      names(
        'We match projects with actors and voiceover artists. A razor-thin margin. Jaws of life.',
      ),
    ).toEqual([])
  })
})

describe('stack: a board’s list of required technologies under its heading', () => {
  it.each([
    ['Wymagane technologie', 'Wymagania: 5 lat doświadczenia.'],
    ['Vereiste technologieën', 'Eisen: 5 jaar ervaring.'],
    ['Geforderte Technologien', 'Anforderungen: 5 Jahre Erfahrung.'],
  ])('reads the list under "%s", below a line a section could start at', (heading, before) => {
    const text = [
      'Backend Engineer',
      'Warszawa',
      '',
      'O firmie',
      'Kwantowo tworzy oprogramowanie do rozliczeń dla operatorów ładowarek w całej Polsce.',
      '',
      before,
      'Rekrutacja: zdalna',
      '',
      heading,
      'Java ··········· zaawansowany',
      'PostgreSQL ····· średniozaawansowany',
      'Kubernetes ····· podstawowy',
    ].join('\n')
    const result = parsePosting(text)
    if (!result.ok) throw new Error(result.error)
    expect(result.posting.stack.map((s) => s.name)).toEqual(['Java', 'PostgreSQL', 'Kubernetes'])
  })
})
