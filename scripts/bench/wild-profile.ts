// Written by scripts/bench/measure-postings.ts from 2904 real posting files
// (2026-12-01): numbers only, no text. Regenerate, don't edit.
import type { PostingsProfile } from './postings-profile.ts'

export const WILD_PROFILE: PostingsProfile = {
  postings: 2522,
  refused: 382,
  rawChars: [163, 717, 1051, 2032, 4614, 6530, 9908, 13009],
  textChars: [0, 554, 885, 1722, 3858, 5438, 7889, 10917],
  sections: {
    summary: {
      share: 0.795,
      bullets: [1, 1, 2, 3, 5, 7, 14, 29],
      bulletChars: [1, 45, 78, 156, 291, 419, 792, 2000],
    },
    responsibilities: {
      share: 0.435,
      bullets: [1, 3, 5, 7, 10, 13, 23, 30],
      bulletChars: [2, 52, 74, 105, 151, 243, 614, 1000],
    },
    requirements: {
      share: 0.437,
      bullets: [1, 4, 6, 9, 12, 16, 27, 67],
      bulletChars: [1, 36, 54, 77, 109, 152, 386, 1144],
    },
    niceToHave: {
      share: 0.137,
      bullets: [1, 2, 3, 4, 6, 8, 18, 19],
      bulletChars: [3, 29, 45, 66, 94, 157, 445, 738],
    },
    benefits: {
      share: 0.232,
      bullets: [1, 1, 3, 7, 10, 13, 22, 32],
      bulletChars: [4, 22, 31, 57, 104, 205, 562, 902],
    },
    hiringProcess: {
      share: 0.145,
      bullets: [1, 1, 1, 1, 3, 6, 14, 23],
      bulletChars: [2, 28, 43, 63, 115, 222, 513, 630],
    },
    about: {
      share: 0.508,
      bullets: [1, 2, 4, 7, 13, 19, 36, 52],
      bulletChars: [3, 32, 56, 96, 211, 407, 831, 1000],
    },
  },
  stackCount: [0, 0, 1, 4, 8, 12, 22, 38],
  placeCount: [0, 0, 0, 1, 1, 1, 2, 7],
  withSalary: 0.29,
  withPostedAt: 0,
  withCompany: 0.921,
  withTeam: 0.143,
  workMode: {
    onsite: 0.111,
    hybrid: 0.128,
    remote: 0.682,
    unstated: 0.08,
  },
  languages: {
    en: 1,
  },
}
