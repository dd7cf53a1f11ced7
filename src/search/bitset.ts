// Sets of posting indices as bitsets: bit i of word i >>> 5 is posting i.

export type Bitset = Uint32Array

export const wordsFor = (size: number) => (size + 31) >>> 5

export function popcount32(x: number): number {
  x -= (x >>> 1) & 0x55555555
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333)
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24
}

export function popcount(a: Bitset): number {
  let n = 0
  for (let w = 0; w < a.length; w++) if (a[w]) n += popcount32(a[w]!)
  return n
}

export function popcountAnd(a: Bitset, b: Bitset): number {
  let n = 0
  for (let w = 0; w < a.length; w++) {
    const x = a[w]! & b[w]!
    if (x) n += popcount32(x)
  }
  return n
}

/** Every index below `size`. */
export function fullBitset(size: number): Bitset {
  const bits = new Uint32Array(wordsFor(size)).fill(0xffffffff)
  if (size & 31) bits[bits.length - 1] = (1 << (size & 31)) - 1
  return bits
}

export function setBit(bits: Bitset, i: number): void {
  bits[i >>> 5]! |= 1 << (i & 31)
}

export function hasBit(bits: Bitset, i: number): boolean {
  return (bits[i >>> 5]! & (1 << (i & 31))) !== 0
}

/** a &= b */
export function andInto(a: Bitset, b: Bitset): void {
  for (let w = 0; w < a.length; w++) a[w]! &= b[w]!
}

/** a |= b */
export function orInto(a: Bitset, b: Bitset): void {
  for (let w = 0; w < a.length; w++) a[w]! |= b[w]!
}

/** Calls `visit` with every index in the set, ascending. */
export function forEachBit(bits: Bitset, visit: (i: number) => void): void {
  for (let w = 0; w < bits.length; w++) {
    let x = bits[w]!
    while (x !== 0) {
      const low = x & -x
      visit((w << 5) + 31 - Math.clz32(low))
      x ^= low
    }
  }
}
