// Seeded generator of synthetic postings for benchmarks ONLY: the records are valid
// Postings with realistic distributions, but they describe no real role and must never be
// shown as real postings. Pure TypeScript (no Node APIs) so a browser benchmark can use it.
import type {
  Posting,
  PostingLocation,
  RoleFamily,
  Sections,
  Seniority,
  StackCategory,
  StackItem,
  WorkMode,
} from '../../src/model/posting.ts'
import { SECTION_KEYS } from '../../src/model/posting.ts'
import { fromQuantiles, type Quantiles } from './postings-profile.ts'
import { WILD_PROFILE } from './wild-profile.ts'

/** mulberry32: small, fast, good enough for test data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

type Random = () => number

/** Picks by weight with a precomputed cumulative table (binary search). */
function weighted<T>(items: readonly T[], weights: readonly number[]): (rnd: Random) => T {
  const cumulative: number[] = []
  let sum = 0
  for (const w of weights) cumulative.push((sum += w))
  return (rnd) => {
    const x = rnd() * sum
    let lo = 0
    let hi = cumulative.length - 1
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (cumulative[mid]! > x) hi = mid
      else lo = mid + 1
    }
    return items[lo]!
  }
}

/** Zipf-like: the k-th item is chosen with weight 1 / k^s. */
function zipf<T>(items: readonly T[], s = 1.05): (rnd: Random) => T {
  return weighted(
    items,
    items.map((_, k) => 1 / Math.pow(k + 1, s)),
  )
}

// Technologies roughly in order of how often postings name them; the order drives Zipf.
const TECH: Record<StackCategory, string[]> = {
  language: [
    'Python',
    'TypeScript',
    'JavaScript',
    'Java',
    'Go',
    'SQL',
    'Kotlin',
    'C#',
    'Rust',
    'C++',
    'Ruby',
    'Scala',
    'PHP',
    'Swift',
    'Bash',
    'Elixir',
    'Dart',
    'R',
    'Clojure',
    'Haskell',
    'OCaml',
    'Erlang',
    'Objective-C',
    'Perl',
    'Lua',
    'F#',
    'Julia',
    'Zig',
    'Groovy',
    'Solidity',
  ],
  framework: [
    'React',
    'Node.js',
    'Spring Boot',
    'Django',
    'FastAPI',
    'Next.js',
    'Vue.js',
    'Angular',
    '.NET',
    'Ruby on Rails',
    'Flask',
    'Express',
    'NestJS',
    'Svelte',
    'Laravel',
    'Flutter',
    'React Native',
    'Jetpack Compose',
    'SwiftUI',
    'Phoenix',
    'gRPC',
    'GraphQL',
    'Redux',
    'Tailwind CSS',
    'Remix',
    'Astro',
    'Nuxt',
    'Quarkus',
    'Micronaut',
    'Ktor',
    'Gin',
    'Echo',
    'Actix',
    'Axum',
    'Tokio',
    'Symfony',
    'ASP.NET Core',
    'Blazor',
    'Electron',
    'Qt',
  ],
  database: [
    'PostgreSQL',
    'MySQL',
    'Redis',
    'MongoDB',
    'Elasticsearch',
    'DynamoDB',
    'Cassandra',
    'SQLite',
    'ClickHouse',
    'Oracle',
    'SQL Server',
    'CockroachDB',
    'Neo4j',
    'OpenSearch',
    'MariaDB',
    'Couchbase',
    'ScyllaDB',
    'Memcached',
    'Firestore',
    'TimescaleDB',
    'Vitess',
    'InfluxDB',
    'Pinecone',
    'pgvector',
    'Weaviate',
  ],
  messaging: [
    'Kafka',
    'RabbitMQ',
    'SQS',
    'Pub/Sub',
    'NATS',
    'Kinesis',
    'ActiveMQ',
    'Pulsar',
    'SNS',
    'EventBridge',
    'ZeroMQ',
    'MQTT',
  ],
  data: [
    'Spark',
    'Airflow',
    'dbt',
    'Snowflake',
    'BigQuery',
    'Databricks',
    'Flink',
    'Redshift',
    'Hadoop',
    'Hive',
    'Presto',
    'Trino',
    'Dagster',
    'Prefect',
    'Looker',
    'Tableau',
    'Power BI',
    'Fivetran',
    'Airbyte',
    'Delta Lake',
    'Iceberg',
    'Beam',
    'pandas',
    'Polars',
    'DuckDB',
    'Metabase',
  ],
  ml: [
    'PyTorch',
    'TensorFlow',
    'scikit-learn',
    'Hugging Face',
    'LangChain',
    'MLflow',
    'XGBoost',
    'Keras',
    'JAX',
    'ONNX',
    'Ray',
    'Kubeflow',
    'SageMaker',
    'Vertex AI',
    'OpenAI API',
    'LlamaIndex',
    'spaCy',
    'LightGBM',
    'NumPy',
    'CUDA',
    'Triton',
    'vLLM',
  ],
  cloud: [
    'AWS',
    'GCP',
    'Azure',
    'Lambda',
    'S3',
    'EC2',
    'Cloudflare',
    'Vercel',
    'Heroku',
    'DigitalOcean',
    'Firebase',
    'Supabase',
    'Cloud Run',
    'ECS',
    'EKS',
    'GKE',
    'AKS',
    'Fly.io',
    'Netlify',
    'Hetzner',
  ],
  infrastructure: [
    'Docker',
    'Kubernetes',
    'Terraform',
    'Linux',
    'Helm',
    'Ansible',
    'Nginx',
    'Argo CD',
    'Istio',
    'Pulumi',
    'Vault',
    'Consul',
    'Envoy',
    'Packer',
    'Nomad',
    'Crossplane',
    'Linkerd',
    'Traefik',
    'HAProxy',
    'Puppet',
    'Chef',
    'CloudFormation',
    'Kustomize',
    'Flux',
  ],
  observability: [
    'Prometheus',
    'Grafana',
    'Datadog',
    'OpenTelemetry',
    'Sentry',
    'New Relic',
    'ELK',
    'Splunk',
    'Jaeger',
    'Loki',
    'Honeycomb',
    'PagerDuty',
    'Kibana',
    'Tempo',
  ],
  tooling: [
    'Git',
    'GitHub Actions',
    'GitLab CI',
    'Jenkins',
    'CircleCI',
    'Webpack',
    'Vite',
    'Bazel',
    'Gradle',
    'Maven',
    'npm',
    'pnpm',
    'Storybook',
    'Nx',
    'Turborepo',
    'ESLint',
    'Jira',
    'Buildkite',
    'TeamCity',
    'Xcode',
    'Android Studio',
    'Fastlane',
    'Backstage',
    'Renovate',
  ],
  testing: [
    'Jest',
    'Cypress',
    'Playwright',
    'pytest',
    'JUnit',
    'Selenium',
    'Vitest',
    'Testing Library',
    'Appium',
    'k6',
    'Gatling',
    'JMeter',
    'Postman',
    'Mockito',
    'RSpec',
    'XCTest',
    'Espresso',
    'Detox',
    'Pact',
    'Locust',
  ],
  design: [
    'Figma',
    'Sketch',
    'Adobe XD',
    'Framer',
    'Miro',
    'Principle',
    'Zeplin',
    'InVision',
    'Photoshop',
    'Illustrator',
  ],
  business: [
    'Salesforce',
    'HubSpot',
    'Stripe',
    'SAP',
    'Zendesk',
    'Shopify',
    'Amplitude',
    'Mixpanel',
    'Segment',
    'Braze',
    'Intercom',
    'NetSuite',
  ],
  other: [
    'Unity',
    'Unreal Engine',
    'WebAssembly',
    'WebRTC',
    'Bluetooth LE',
    'Embedded C',
    'FPGA',
    'Ethereum',
    'OAuth',
    'Keycloak',
    'Auth0',
    'Okta',
    'Wireshark',
    'Burp Suite',
    'Metasploit',
    'Snyk',
    'SonarQube',
    'OWASP ZAP',
    'CrowdStrike',
    'Wiz',
  ],
}

const ALL_TECH: StackItem[] = interleaveByRank(TECH)
const TECH_CATEGORY = new Map(ALL_TECH.map((t) => [t.name, t.category]))

/** Global popularity order: the first of every category, then the second of each, ... */
function interleaveByRank(tech: Record<StackCategory, string[]>): StackItem[] {
  const out: StackItem[] = []
  const lists = Object.entries(tech) as [StackCategory, string[]][]
  const longest = Math.max(...lists.map(([, names]) => names.length))
  for (let k = 0; k < longest; k++)
    for (const [category, names] of lists) {
      const name = names[k]
      if (name) out.push({ name, category })
    }
  return out
}

const FAMILY_CORE: Record<RoleFamily, string[]> = {
  software: ['Python', 'Java', 'Go', 'TypeScript', 'PostgreSQL', 'AWS', 'Docker', 'Kubernetes'],
  backend: [
    'Go',
    'Java',
    'Python',
    'Kotlin',
    'PostgreSQL',
    'Kafka',
    'Redis',
    'gRPC',
    'Rust',
    'Node.js',
    'Spring Boot',
    'C#',
    '.NET',
    'Scala',
    'MySQL',
    'Elixir',
    'Ruby on Rails',
  ],
  frontend: [
    'TypeScript',
    'React',
    'JavaScript',
    'Next.js',
    'Vue.js',
    'Angular',
    'Svelte',
    'Tailwind CSS',
    'Redux',
    'Vite',
    'Storybook',
    'Jest',
    'Playwright',
    'Cypress',
    'GraphQL',
  ],
  fullstack: [
    'TypeScript',
    'React',
    'Node.js',
    'PostgreSQL',
    'Next.js',
    'Python',
    'Django',
    'Ruby on Rails',
    'GraphQL',
    'Docker',
    'AWS',
    'Express',
    'NestJS',
    'Laravel',
    'PHP',
  ],
  mobile: [
    'Kotlin',
    'Swift',
    'SwiftUI',
    'Jetpack Compose',
    'React Native',
    'Flutter',
    'Dart',
    'Objective-C',
    'Xcode',
    'Android Studio',
    'Fastlane',
    'Firebase',
    'XCTest',
    'Espresso',
  ],
  ml: [
    'Python',
    'PyTorch',
    'TensorFlow',
    'scikit-learn',
    'Hugging Face',
    'MLflow',
    'Ray',
    'CUDA',
    'JAX',
    'NumPy',
    'pandas',
    'LangChain',
    'vLLM',
    'SageMaker',
    'Vertex AI',
  ],
  data: [
    'Python',
    'SQL',
    'Spark',
    'Airflow',
    'dbt',
    'Snowflake',
    'BigQuery',
    'Databricks',
    'Kafka',
    'Flink',
    'Redshift',
    'Looker',
    'Trino',
    'DuckDB',
    'pandas',
  ],
  devops: [
    'Kubernetes',
    'Terraform',
    'AWS',
    'Docker',
    'Linux',
    'Helm',
    'Prometheus',
    'Grafana',
    'Argo CD',
    'GCP',
    'Azure',
    'Ansible',
    'Go',
    'Bash',
    'Datadog',
    'Vault',
  ],
  security: [
    'Linux',
    'AWS',
    'Python',
    'Go',
    'Burp Suite',
    'OWASP ZAP',
    'Snyk',
    'Wiz',
    'CrowdStrike',
    'Splunk',
    'Okta',
    'OAuth',
    'Vault',
    'Metasploit',
    'Kubernetes',
  ],
  qa: [
    'Playwright',
    'Cypress',
    'Selenium',
    'pytest',
    'Jest',
    'Appium',
    'k6',
    'Postman',
    'JUnit',
    'TypeScript',
    'Python',
    'Java',
    'Gatling',
    'JMeter',
    'Pact',
  ],
  design: [
    'Figma',
    'Sketch',
    'Framer',
    'Miro',
    'Adobe XD',
    'Principle',
    'Zeplin',
    'Storybook',
    'Illustrator',
    'Photoshop',
  ],
  product: ['Jira', 'Amplitude', 'Mixpanel', 'SQL', 'Figma', 'Looker', 'Miro', 'Segment'],
  management: ['Jira', 'AWS', 'Kubernetes', 'Python', 'Go', 'Java', 'TypeScript', 'React'],
  other: [
    'Unity',
    'Unreal Engine',
    'C++',
    'Embedded C',
    'FPGA',
    'WebAssembly',
    'WebRTC',
    'Ethereum',
    'Solidity',
    'Bluetooth LE',
  ],
}

const PICK_CORE = Object.fromEntries(
  Object.entries(FAMILY_CORE).map(([family, names]) => [family, zipf(names, 0.8)]),
) as Record<RoleFamily, (rnd: Random) => string>

const pickFamily = weighted<RoleFamily>(
  [
    'software',
    'backend',
    'frontend',
    'fullstack',
    'mobile',
    'ml',
    'data',
    'devops',
    'security',
    'qa',
    'design',
    'product',
    'management',
    'other',
  ],
  [12, 20, 12, 12, 7, 7, 8, 8, 3, 4, 3, 3, 3, 2],
)

const FAMILY_TITLES: Record<RoleFamily, string[]> = {
  software: ['Software Engineer', 'Software Developer', 'Product Engineer'],
  backend: [
    'Backend Engineer',
    'Software Engineer, Backend',
    'Backend Developer',
    'Platform Engineer',
    'API Engineer',
  ],
  frontend: ['Frontend Engineer', 'Frontend Developer', 'UI Engineer', 'Web Engineer'],
  fullstack: [
    'Full Stack Engineer',
    'Fullstack Developer',
    'Software Engineer',
    'Product Engineer',
  ],
  mobile: ['iOS Engineer', 'Android Engineer', 'Mobile Engineer', 'Mobile Developer'],
  ml: ['Machine Learning Engineer', 'ML Engineer', 'Applied Scientist', 'AI Engineer'],
  data: ['Data Engineer', 'Analytics Engineer', 'Data Platform Engineer', 'Data Scientist'],
  devops: [
    'DevOps Engineer',
    'Site Reliability Engineer',
    'Infrastructure Engineer',
    'Cloud Engineer',
  ],
  security: ['Security Engineer', 'Application Security Engineer', 'Cloud Security Engineer'],
  qa: ['QA Engineer', 'Test Automation Engineer', 'Software Engineer in Test'],
  design: ['Product Designer', 'UX Designer', 'UI Designer', 'Design Engineer'],
  product: ['Product Manager', 'Technical Product Manager', 'Product Owner'],
  management: ['Engineering Manager', 'Head of Engineering', 'VP Engineering', 'CTO'],
  other: ['Game Developer', 'Embedded Engineer', 'Blockchain Engineer', 'Firmware Engineer'],
}

const pickSeniority = weighted<Seniority | null>(
  [
    'senior',
    'mid',
    'junior',
    'staff',
    'lead',
    'principal',
    'manager',
    'director',
    'intern',
    'executive',
    null,
  ],
  [34, 24, 8, 8, 7, 3, 5, 2, 2, 0.5, 6.5],
)

const SENIORITY_LABEL: Record<Seniority, string> = {
  intern: 'Intern',
  junior: 'Junior',
  mid: '',
  senior: 'Senior',
  staff: 'Staff',
  principal: 'Principal',
  lead: 'Lead',
  manager: '',
  director: 'Director of',
  executive: '',
}

type Country = { code: string; weight: number; cities: string[]; regions?: string[] }
const COUNTRIES: Country[] = [
  {
    code: 'US',
    weight: 30,
    cities: [
      'San Francisco',
      'New York',
      'Seattle',
      'Austin',
      'Boston',
      'Chicago',
      'Los Angeles',
      'Denver',
    ],
    regions: ['CA', 'NY', 'WA', 'TX', 'MA', 'IL', 'CA', 'CO'],
  },
  { code: 'GB', weight: 12, cities: ['London', 'Manchester', 'Edinburgh', 'Bristol', 'Cambridge'] },
  { code: 'DE', weight: 10, cities: ['Berlin', 'Munich', 'Hamburg', 'Frankfurt', 'Cologne'] },
  { code: 'ES', weight: 6, cities: ['Madrid', 'Barcelona', 'Valencia', 'Málaga', 'Sevilla'] },
  { code: 'NL', weight: 6, cities: ['Amsterdam', 'Rotterdam', 'Utrecht', 'Eindhoven'] },
  { code: 'FR', weight: 5, cities: ['Paris', 'Lyon', 'Toulouse', 'Nantes'] },
  { code: 'PL', weight: 5, cities: ['Warsaw', 'Kraków', 'Wrocław', 'Gdańsk', 'Poznań'] },
  { code: 'CA', weight: 5, cities: ['Toronto', 'Vancouver', 'Montréal', 'Ottawa'] },
  { code: 'IE', weight: 3, cities: ['Dublin', 'Cork'] },
  { code: 'SE', weight: 3, cities: ['Stockholm', 'Gothenburg', 'Malmö'] },
  { code: 'PT', weight: 3, cities: ['Lisbon', 'Porto', 'Braga'] },
  { code: 'IN', weight: 4, cities: ['Bengaluru', 'Hyderabad', 'Pune', 'Chennai'] },
  { code: 'CH', weight: 2, cities: ['Zürich', 'Geneva', 'Basel'] },
  { code: 'DK', weight: 1.5, cities: ['Copenhagen', 'Aarhus'] },
  { code: 'FI', weight: 1, cities: ['Helsinki', 'Espoo'] },
  { code: 'AT', weight: 1, cities: ['Vienna', 'Graz'] },
  { code: 'CZ', weight: 1, cities: ['Prague', 'Brno'] },
  { code: 'RO', weight: 1, cities: ['Bucharest', 'Cluj-Napoca'] },
  { code: 'AU', weight: 1.5, cities: ['Sydney', 'Melbourne'] },
  { code: 'SG', weight: 1, cities: ['Singapore'] },
  { code: 'BR', weight: 1.5, cities: ['São Paulo', 'Florianópolis'] },
  { code: 'JP', weight: 1, cities: ['Tokyo', 'Osaka'] },
  { code: 'EE', weight: 0.5, cities: ['Tallinn'] },
  { code: 'LT', weight: 0.5, cities: ['Vilnius'] },
]
const pickCountry = weighted(
  COUNTRIES,
  COUNTRIES.map((c) => c.weight),
)
const PICK_CITY = new Map(
  COUNTRIES.map((c) => [
    c,
    zipf(
      c.cities.map((_, i) => i),
      1,
    ),
  ]),
)

// Calibrated to real postings (scripts/bench/wild-profile.ts): work-mode split, stack and
// place counts, sections present, bullets per section and characters per bullet, shares
// with salary, company and team.
const PROFILE = WILD_PROFILE
const pickMode = weighted<WorkMode | null>(
  ['hybrid', 'remote', 'onsite', null],
  [
    PROFILE.workMode.hybrid,
    PROFILE.workMode.remote,
    PROFILE.workMode.onsite,
    PROFILE.workMode.unstated,
  ],
)
/** A whole number drawn from a measured distribution. */
const draw = (rnd: Random, q: Quantiles) => Math.round(fromQuantiles(q, rnd()))
const pickHybridDays = weighted<number | null>([1, 2, 3, 4, null], [8, 30, 30, 7, 25])

const COMPANY_HEAD = [
  'North',
  'Blue',
  'Bright',
  'Iron',
  'Cloud',
  'Quiet',
  'Silver',
  'Red',
  'Open',
  'Deep',
  'Swift',
  'True',
  'Green',
  'Stone',
  'Lumen',
  'Nova',
  'Polar',
  'Vector',
  'Atlas',
  'Cedar',
  'Harbor',
  'Pixel',
  'Signal',
  'Orbit',
  'Maple',
  'Tide',
  'Ember',
  'Fable',
  'Kite',
  'Juniper',
]
const COMPANY_TAIL = [
  'wind',
  'field',
  'stack',
  'works',
  'loop',
  'path',
  'bank',
  'forge',
  'grid',
  'mint',
  'line',
  'light',
  'wave',
  'bit',
  'base',
  'hive',
  'port',
  'leaf',
  'craft',
  'yard',
]
const COMPANY_SUFFIX = [
  '',
  '',
  '',
  ' Labs',
  ' Technologies',
  ' GmbH',
  ' Ltd',
  ' Inc.',
  ' Health',
  ' Pay',
  ' AI',
  ' Systems',
  ' Group',
  ' Software',
]

const TEAMS = [
  'Payments',
  'Payout',
  'Ranking',
  'Search',
  'Growth',
  'Checkout',
  'Identity',
  'Platform',
  'Core',
  'Data Platform',
  'Developer Experience',
  'Risk',
  'Onboarding',
  'Pricing',
  'Messaging',
  'Logistics',
  'Recommendations',
  'Billing',
  'Observability',
  'Mobile Core',
]

const VERBS = [
  'Design',
  'Build',
  'Own',
  'Ship',
  'Improve',
  'Maintain',
  'Scale',
  'Operate',
  'Shape',
  'Review',
  'Automate',
  'Migrate',
  'Mentor engineers on',
  'Lead the work on',
  'Collaborate with product on',
]
const OBJECTS = [
  'services that handle millions of requests a day',
  'the public API',
  'our internal developer platform',
  'the checkout flow',
  'real-time pricing',
  'the search and ranking pipeline',
  'data pipelines feeding analytics',
  'the design system',
  'deployment tooling',
  'the mobile apps',
  'fraud detection models',
  'the event streaming backbone',
  'customer-facing dashboards',
  'the billing system',
  'observability across teams',
  'our recommendation engine',
  'the onboarding experience',
  'accessibility across the product',
]
const QUALITIES = [
  'reliable',
  'well tested',
  'observable',
  'secure',
  'fast',
  'accessible',
  'maintainable',
  'cost-efficient',
  'resilient',
  'simple',
]
const BENEFITS = [
  'Flexible working hours',
  'Home office budget',
  'Private health insurance',
  'Learning budget of 1,500 EUR a year',
  '30 days of paid holiday',
  'Stock options',
  'Parental leave beyond the legal minimum',
  'Gym membership',
  'Team offsites twice a year',
  'Pension contributions',
  'Mental health support',
  'Bike leasing',
  'Lunch on office days',
  'Conference tickets and travel',
]
const PROCESS = [
  'A 30-minute call with a recruiter',
  'A technical conversation with two engineers',
  'A take-home exercise of about three hours',
  'A system design interview',
  'A pair-programming session',
  'A values interview with the hiring manager',
  'Reference checks and an offer',
]
const DOMAINS = [
  'fintech',
  'healthcare',
  'logistics',
  'e-commerce',
  'travel',
  'developer tools',
  'climate tech',
  'insurance',
  'education',
  'media',
  'gaming',
  'mobility',
  'real estate',
  'food delivery',
  'cybersecurity',
]

const pick = <T>(rnd: Random, items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!
const int = (rnd: Random, min: number, max: number) => min + Math.floor(rnd() * (max - min + 1))

function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
}

function makeCompanies(count: number, rnd: Random): string[] {
  const names = new Set<string>()
  // Bounded: heads x tails x suffixes is large enough for any board we generate.
  for (let tries = 0; names.size < count && tries < count * 20; tries++)
    names.add(pick(rnd, COMPANY_HEAD) + pick(rnd, COMPANY_TAIL) + pick(rnd, COMPANY_SUFFIX))
  return [...names]
}

const CAPTURED_AT = Date.UTC(2026, 10, 20)
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10)

function makeStack(
  family: RoleFamily,
  rnd: Random,
  pickTech: (rnd: Random) => StackItem,
): StackItem[] {
  const names = new Set<string>()
  const core = FAMILY_CORE[family]
  const pickCore = PICK_CORE[family]
  const count = draw(rnd, PROFILE.stackCount)
  const coreCount = Math.min(core.length, count, int(rnd, 1, 5))
  for (let tries = 0; names.size < coreCount && tries < 20; tries++) names.add(pickCore(rnd))
  for (let tries = 0; names.size < count && tries < count * 4; tries++)
    names.add(pickTech(rnd).name)
  return [...names].map((name) => {
    const item: StackItem = { name, category: TECH_CATEGORY.get(name) ?? 'other' }
    if (rnd() < 0.03) item.note = 'being phased out'
    return item
  })
}

function makeLocations(mode: WorkMode | null, rnd: Random): PostingLocation[] {
  const count = draw(rnd, PROFILE.placeCount)
  const out: PostingLocation[] = []
  for (let k = 0; k < count; k++) {
    const country = pickCountry(rnd)
    const c = PICK_CITY.get(country)!(rnd)
    const cityless = mode === 'remote' ? rnd() < 0.6 : rnd() < 0.05
    out.push({
      city: cityless ? null : country.cities[c]!,
      region: cityless ? null : (country.regions?.[c] ?? null),
      country: country.code,
    })
  }
  return out
}

function sentence(rnd: Random, stack: StackItem[]): string {
  const tech = stack.length ? pick(rnd, stack).name : 'modern tooling'
  return `${pick(rnd, VERBS)} ${pick(rnd, OBJECTS)} with ${tech}, keeping it ${pick(rnd, QUALITIES)}.`
}

/** A bullet of about `length` characters: vocabulary sentences, cut at a word. */
function bullet(rnd: Random, length: number, first: () => string, stack: StackItem[]): string {
  let text = first()
  while (text.length < length) text += ' ' + sentence(rnd, stack)
  if (text.length <= length + 5) return text
  const cut = text.lastIndexOf(' ', length)
  return text.slice(0, cut > length / 2 ? cut : length).replace(/[,\s]+$/, '') + '.'
}

function makeSections(
  rnd: Random,
  stack: StackItem[],
  company: string | null,
  title: string,
): Sections {
  const domain = pick(rnd, DOMAINS)
  const who = company ?? 'We'
  const starts: Record<keyof Sections, () => string> = {
    summary: () => `${who} is hiring a ${title} to join a team working in ${domain}.`,
    responsibilities: () => sentence(rnd, stack),
    requirements: () =>
      stack.length && rnd() < 0.7
        ? `${int(rnd, 1, 8)}+ years of experience with ${pick(rnd, stack).name}.`
        : `Experience making ${pick(rnd, OBJECTS)} ${pick(rnd, QUALITIES)}.`,
    niceToHave: () => `Familiarity with ${pick(rnd, ALL_TECH).name}.`,
    benefits: () => `${pick(rnd, BENEFITS)}.`,
    hiringProcess: () => `${pick(rnd, PROCESS)}.`,
    about: () => `${who} builds ${domain} products for customers in ${int(rnd, 3, 60)} countries.`,
  }
  // Shape from the profile (sections present, bullets, their relative lengths), then every
  // bullet scaled so the posting's whole text has a length drawn from the measured
  // distribution: sections drawn one by one would overshoot it.
  const plan = SECTION_KEYS.map((key) => {
    const measured = PROFILE.sections[key]
    const count = rnd() < measured.share ? Math.max(1, draw(rnd, measured.bullets)) : 0
    return { key, lengths: Array.from({ length: count }, () => draw(rnd, measured.bulletChars)) }
  })
  const target = draw(rnd, PROFILE.textChars)
  const planned = plan.reduce((n, { lengths }) => n + lengths.reduce((a, b) => a + b, 0), 0)
  if (planned === 0 && target > 0) plan[0]!.lengths.push(target)
  const scale = planned > 0 ? target / planned : 1
  const sections = {} as Sections
  for (const { key, lengths } of plan)
    sections[key] = lengths.map((length) =>
      bullet(rnd, Math.max(8, Math.round(length * scale)), starts[key], stack),
    )
  return sections
}

/**
 * `count` synthetic Postings, the same for the same `seed`. Every record passes
 * `validatePosting`; ids are unique.
 */
export function generatePostings(count: number, seed: number): Posting[] {
  const rnd = seededRandom(seed)
  const pickTech = zipf(ALL_TECH, 1.07)
  const pickCompany = zipf(makeCompanies(Math.max(5, Math.ceil(count / 6)), rnd), 0.9)
  const postings: Posting[] = []
  for (let i = 0; i < count; i++) {
    const family = pickFamily(rnd)
    const seniority = pickSeniority(rnd)
    const label = seniority ? SENIORITY_LABEL[seniority] : ''
    const base = pick(rnd, FAMILY_TITLES[family])
    const title = label ? `${label} ${base}` : base
    const company = rnd() < PROFILE.withCompany ? pickCompany(rnd) : null
    const workMode = pickMode(rnd)
    const officeDaysPerWeek =
      workMode === 'hybrid'
        ? pickHybridDays(rnd)
        : workMode === 'onsite'
          ? rnd() < 0.6
            ? 5
            : null
          : workMode === 'remote' && rnd() < 0.3
            ? 0
            : null
    const stack = makeStack(family, rnd, pickTech)
    // Not from the profile: the real files carry no capture date, so their "3 days ago"
    // cannot resolve (measured share 0). A board built with capture dates has them; most
    // generated roles do, so the Posted facet and the newest sort have work to do.
    const postedAt = rnd() < 0.05 ? null : isoDay(CAPTURED_AT - int(rnd, 0, 120) * 86_400_000)
    postings.push({
      id: `${slug(`${company ?? 'unknown'} ${title}`)}-${i.toString(36)}`,
      source: { capturedAt: isoDay(CAPTURED_AT) },
      language: 'en',
      employmentType: 'full-time',
      remoteCountries: null,
      visaSponsorship: null,
      relocation: null,
      company,
      title,
      team: rnd() < PROFILE.withTeam ? pick(rnd, TEAMS) : null,
      roleFamily: family,
      seniority,
      locations: makeLocations(workMode, rnd),
      workMode,
      officeDaysPerWeek,
      workPolicy:
        workMode === 'hybrid' && officeDaysPerWeek !== null
          ? [`${officeDaysPerWeek} days a week in the office`]
          : [],
      remoteRegions:
        workMode === 'remote' && rnd() < 0.5
          ? [pick(rnd, ['Europe', 'EMEA', 'US time zones', 'Worldwide'])]
          : [],
      stack,
      spokenLanguages:
        rnd() < 0.8
          ? ['English']
          : ['English', pick(rnd, ['German', 'Spanish', 'French', 'Dutch', 'Polish'])],
      salary:
        rnd() < PROFILE.withSalary
          ? (() => {
              const min = int(rnd, 40, 160) * 1000
              return {
                min,
                max: min + int(rnd, 5, 40) * 1000,
                currency: pick(rnd, ['EUR', 'USD', 'GBP']),
                period: 'year' as const,
              }
            })()
          : null,
      postedAt,
      sections: makeSections(rnd, stack, company, title),
      warnings: [],
    })
  }
  return postings
}
