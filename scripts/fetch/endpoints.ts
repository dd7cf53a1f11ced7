/**
 * Where each kind of source publishes its postings: the public, documented feed addresses.
 * `FETCH_ENDPOINTS_BASE` (tests only) sends every request to one local server instead, as
 * `BASE/<kind>/<slug>/...`.
 */
export type Endpoints = {
  greenhouse: (slug: string) => string
  lever: (slug: string, skip: number, limit: number) => string
  ashby: (slug: string) => string
  workable: (slug: string) => string
  smartrecruiters: (slug: string, offset: number, limit: number) => string
  smartrecruitersPosting: (slug: string, id: string) => string
  recruitee: (slug: string) => string
  personio: (slug: string) => string
  hnItem: (id: number | string) => string
  hnUser: (name: string) => string
}

const e = encodeURIComponent

export function endpointsFor(base?: string): Endpoints {
  if (base) {
    const b = base.replace(/\/+$/, '')
    return {
      greenhouse: (s) => `${b}/greenhouse/${e(s)}/jobs?content=true`,
      lever: (s, skip, limit) => `${b}/lever/${e(s)}?mode=json&skip=${skip}&limit=${limit}`,
      ashby: (s) => `${b}/ashby/${e(s)}?includeCompensation=true`,
      workable: (s) => `${b}/workable/${e(s)}?details=true`,
      smartrecruiters: (s, offset, limit) =>
        `${b}/smartrecruiters/${e(s)}/postings?limit=${limit}&offset=${offset}`,
      smartrecruitersPosting: (s, id) => `${b}/smartrecruiters/${e(s)}/postings/${e(id)}`,
      recruitee: (s) => `${b}/recruitee/${e(s)}/api/offers/`,
      personio: (s) => `${b}/personio/${e(s)}/xml?language=en`,
      hnItem: (id) => `${b}/hn/item/${e(String(id))}.json`,
      hnUser: (name) => `${b}/hn/user/${e(name)}.json`,
    }
  }
  return {
    greenhouse: (s) => `https://boards-api.greenhouse.io/v1/boards/${e(s)}/jobs?content=true`,
    lever: (s, skip, limit) =>
      `https://api.lever.co/v0/postings/${e(s)}?mode=json&skip=${skip}&limit=${limit}`,
    ashby: (s) => `https://api.ashbyhq.com/posting-api/job-board/${e(s)}?includeCompensation=true`,
    workable: (s) => `https://apply.workable.com/api/v1/widget/accounts/${e(s)}?details=true`,
    smartrecruiters: (s, offset, limit) =>
      `https://api.smartrecruiters.com/v1/companies/${e(s)}/postings?limit=${limit}&offset=${offset}`,
    smartrecruitersPosting: (s, id) =>
      `https://api.smartrecruiters.com/v1/companies/${e(s)}/postings/${e(id)}`,
    recruitee: (s) => `https://${s.toLowerCase()}.recruitee.com/api/offers/`,
    personio: (s) => `https://${s.toLowerCase()}.jobs.personio.de/xml?language=en`,
    hnItem: (id) => `https://hacker-news.firebaseio.com/v0/item/${e(String(id))}.json`,
    hnUser: (name) => `https://hacker-news.firebaseio.com/v0/user/${e(name)}.json`,
  }
}
