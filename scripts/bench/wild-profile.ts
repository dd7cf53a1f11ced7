// Written by scripts/bench/measure-postings.ts from 2904 real posting files
// (2026-12-01): numbers only, no text. Regenerate, don't edit.
import type { PostingsProfile } from './postings-profile.ts'

export const WILD_PROFILE: PostingsProfile = {
  postings: 3497,
  refused: 68,
  rawChars: [87, 652, 950, 1628, 4375, 6355, 9734, 13009],
  textChars: [0, 476, 750, 1199, 3090, 4974, 7642, 10917],
  sections: {
    summary: {
      share: 0.832,
      bullets: [1, 1, 2, 4, 7, 10, 18, 29],
      bulletChars: [1, 36, 63, 105, 227, 361, 688, 2000],
    },
    responsibilities: {
      share: 0.323,
      bullets: [1, 3, 5, 7, 10, 13, 23, 30],
      bulletChars: [2, 52, 74, 104, 150, 242, 613, 1000],
    },
    requirements: {
      share: 0.342,
      bullets: [1, 4, 6, 8, 11, 16, 26, 67],
      bulletChars: [1, 35, 54, 76, 109, 153, 382, 1144],
    },
    niceToHave: {
      share: 0.101,
      bullets: [1, 2, 3, 4, 6, 8, 18, 19],
      bulletChars: [3, 28, 45, 65, 94, 157, 440, 738],
    },
    benefits: {
      share: 0.178,
      bullets: [1, 1, 3, 6, 10, 13, 22, 32],
      bulletChars: [4, 22, 32, 58, 104, 202, 558, 902],
    },
    hiringProcess: {
      share: 0.139,
      bullets: [1, 1, 1, 1, 3, 6, 13, 20],
      bulletChars: [2, 28, 46, 67, 106, 194, 500, 630],
    },
    about: {
      share: 0.307,
      bullets: [1, 2, 4, 7, 14, 21, 36, 51],
      bulletChars: [3, 33, 58, 103, 233, 434, 848, 1000],
    },
  },
  stackCount: [0, 0, 0, 3, 7, 11, 21, 39],
  placeCount: [0, 0, 0, 1, 1, 1, 2, 7],
  withSalary: 0.293,
  withPostedAt: 0,
  withCompany: 0.931,
  withTeam: 0.103,
  workMode: {
    onsite: 0.139,
    hybrid: 0.132,
    remote: 0.625,
    unstated: 0.104,
  },
  languages: {
    en: 0.969,
    pt: 0.01,
    es: 0.01,
    fr: 0.009,
    de: 0.002,
  },
}
