/**
 * Hosts of applicant-tracking systems and job boards: a link to one of them in a post is
 * where its roles are applied for. Matched as the end of a link's host name.
 */
export const JOB_LINK_HOSTS: readonly string[] = [
  'greenhouse.io',
  'grnh.se',
  'lever.co',
  'ashbyhq.com',
  'workable.com',
  'recruitee.com',
  'personio.de',
  'personio.com',
  'smartrecruiters.com',
  'bamboohr.com',
  'breezy.hr',
  'jobvite.com',
  'myworkdayjobs.com',
  'icims.com',
  'teamtailor.com',
  'join.com',
  'welcometothejungle.com',
  'wellfound.com',
  'workatastartup.com',
  'ycombinator.com',
  'pinpointhq.com',
  'rippling-ats.com',
  'jobs.gem.com',
  'homerun.co',
  'factorialhr.com',
  'dover.com',
  'notion.site',
  'linkedin.com',
]

/** Path words that make a company's own link a job link ("/careers/123", "/jobs/backend"). */
export const JOB_LINK_PATH =
  /\/(?:careers?|jobs?|join(?:-us)?|apply|positions?|openings?|vacancies|stellen(?:angebote)?|karriere|emplois?|empleo|vagas|lavora-con-noi|vacatures|kariera|praca)\b/i
