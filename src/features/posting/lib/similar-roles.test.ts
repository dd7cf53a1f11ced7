import { describe, expect, it } from 'vitest'
import { makePosting } from '@/model/posting-fixture'
import type { StackItem } from '@/model/posting'
import { similarRoles } from './similar-roles'

const tech = (...names: string[]): StackItem[] => names.map((name) => ({ name, category: 'other' }))

const self = makePosting({
  id: 'self',
  roleFamily: 'backend',
  stack: tech('Python', 'Go', 'PostgreSQL', 'Kafka'),
})

describe('similarRoles', () => {
  it('ranks by shared technologies and names them', () => {
    const a = makePosting({ id: 'a', title: 'A', stack: tech('Python', 'Kafka', 'React') })
    const b = makePosting({ id: 'b', title: 'B', stack: tech('python', 'Go', 'PostgreSQL') })
    const result = similarRoles(self, [self, a, b])
    expect(result.map((r) => r.posting.id)).toEqual(['b', 'a'])
    expect(result[0]?.shared).toEqual(['python', 'Go', 'PostgreSQL'])
    expect(result[1]?.shared).toEqual(['Python', 'Kafka'])
  })

  it('never lists the role itself', () => {
    expect(similarRoles(self, [self]).length).toBe(0)
  })

  it('adds a bonus for the same role family', () => {
    const sameFamily = makePosting({
      id: 'family',
      title: 'F',
      roleFamily: 'backend',
      stack: tech('Python'),
    })
    const moreStack = makePosting({ id: 'stack', title: 'S', stack: tech('Python', 'Go') })
    const result = similarRoles(self, [moreStack, sameFamily])
    expect(result.map((r) => r.posting.id)).toEqual(['family', 'stack'])
    expect(result[0]).toMatchObject({ sameFamily: true, score: 3 })
  })

  it('leaves out roles with nothing in common, and gives "other" no family bonus', () => {
    const stranger = makePosting({ id: 'x', roleFamily: 'design', stack: tech('Figma') })
    const unknownA = makePosting({ id: 'u1', roleFamily: 'other' })
    const unknownB = makePosting({ id: 'u2', roleFamily: 'other' })
    expect(similarRoles(self, [stranger])).toEqual([])
    expect(similarRoles(unknownA, [unknownB])).toEqual([])
  })

  it('names a technology once even when listed twice', () => {
    const twice = makePosting({ id: 't', stack: tech('Go', 'Go') })
    expect(similarRoles(self, [twice])[0]?.shared).toEqual(['Go'])
  })

  it('keeps the top five', () => {
    const many = Array.from({ length: 8 }, (_, i) =>
      makePosting({ id: `p${i}`, title: `P${i}`, stack: tech('Python') }),
    )
    expect(similarRoles(self, many)).toHaveLength(5)
    expect(similarRoles(self, many, 3)).toHaveLength(3)
  })
})
