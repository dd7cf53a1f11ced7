import { htmlSetting } from './html-setting.ts'

/** How densely the board lists its roles: comfortable cards or compact ones (more per screen). */
export const DENSITY = htmlSetting({
  key: 'roleboard.density',
  attribute: 'data-density',
  values: ['comfortable', 'compact'],
  fallback: 'comfortable',
})
export type Density = (typeof DENSITY.values)[number]
