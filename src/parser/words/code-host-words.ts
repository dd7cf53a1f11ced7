import { list, type PerLanguage } from './languages.ts'

/**
 * What a code host's repository page (GitHub, GitLab, Bitbucket, Codeberg) shows around a
 * file or a README: its tabs, counters, file view and footer. Their interface is English
 * whatever the reader's language. Lower case, whole lines; a count in a line is written `#`
 * ("fork #", "# branches", "issues #").
 */
export const CODE_HOST_CHROME: readonly string[] = [
  // the repository's own menu and counters
  'notifications',
  'fork #',
  'forks #',
  'star #',
  'stars #',
  'unstar #',
  'watch #',
  'unwatch #',
  'sponsor',
  'code',
  'issues',
  'issues #',
  'pull requests',
  'pull requests #',
  'merge requests',
  'merge requests #',
  'discussions',
  'actions',
  'projects',
  'projects #',
  'wiki',
  'security',
  'security #',
  'insights',
  'settings',
  'pipelines',
  'repository',
  'plan',
  'deployments',
  // the repository's home: its branch, its counts and its files
  'main',
  'master',
  '# branches',
  '# branch',
  '# tags',
  '# tag',
  '# commits',
  '# commit',
  'go to file',
  'add file',
  'latest commit',
  'history',
  '# commits history',
  'view all files',
  'repository files navigation',
  // a file's view
  'files',
  'breadcrumbs',
  'preview',
  'blame',
  'raw',
  'copy path',
  'more file actions',
  'edit this file',
  'outline',
  'top',
  'permalink',
  'code blame',
  'preview code blame',
  'preview code blame raw',
  // the README's own tabs
  'readme',
  'code of conduct',
  'contributing',
  'security policy',
]

/**
 * The side column beside a README, under its "About": what a repository counts of itself.
 * From a line of these on, the page's end is the host's. Lower case, whole lines, counts `#`.
 */
export const CODE_HOST_SIDEBAR: readonly string[] = [
  'readme',
  'activity',
  'custom properties',
  '# stars',
  '# star',
  '# watching',
  '# forks',
  '# fork',
  'releases',
  'releases #',
  'packages',
  'no packages published',
  'contributors',
  'contributors #',
  'languages',
  'report repository',
  'deployments #',
]

/** Where a code host's footer starts: its heading, or its owner's copyright. Lower case. */
export const CODE_HOST_FOOTER_START: readonly string[] = [
  'footer',
  'footer navigation',
  '© # github, inc.',
  '© # gitlab b.v.',
  '© # gitlab inc.',
  '© # atlassian',
]

/** What a repository is marked as, after its "owner / name" line. Lower case. */
export const REPOSITORY_VISIBILITY: readonly string[] = ['public', 'private', 'internal']

/**
 * A README's heading over the project's open roles ("We're hiring!", "Open positions", "Join
 * us"): the project's README above it is the host's page, the posting starts under it. Lower
 * case, whole lines without their emoji and closing "!" or ":".
 */
export const README_HIRING_HEADINGS: PerLanguage<string> = {
  en: list(`we're hiring, we’re hiring, we are hiring, hiring, now hiring, join us, join the team,
      join our team, work with us, careers, jobs, open positions, open roles, open jobs`),
  de: list('wir stellen ein, karriere, jobs, offene stellen, arbeite mit uns'),
  fr: list('nous recrutons, on recrute, rejoignez-nous, carrières, postes ouverts'),
  es: list('estamos contratando, únete, trabaja con nosotros, empleo, vacantes'),
  pt: list('estamos contratando, estamos a recrutar, junte-se a nós, trabalhe conosco, vagas'),
  it: list('stiamo assumendo, lavora con noi, unisciti a noi, posizioni aperte'),
  nl: list('we zoeken, wij zoeken, werken bij, vacatures, kom bij ons werken'),
  pl: list('rekrutujemy, zatrudniamy, dołącz do nas, praca, oferty pracy'),
}

/**
 * A README's own headings, which end the hiring section above them ("License",
 * "Contributing"). English: a project's README is written in it. Lower case, whole lines.
 */
export const README_HEADINGS: readonly string[] = [
  'license',
  'licence',
  'contributing',
  'documentation',
  'installation',
  'install',
  'usage',
  'quick start',
  'quickstart',
  'getting started',
  'features',
  'roadmap',
  'acknowledgements',
  'acknowledgments',
  'credits',
  'community',
  'support',
  'changelog',
  'building',
  'building from source',
  'development',
  'benchmarks',
  'faq',
  'sponsors',
  'code of conduct',
  'security',
]
