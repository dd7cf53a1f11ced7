import { setFlagsFromString } from 'node:v8'

/**
 * Node processes that parse postings (the build's ingest, `npm run parse`, the evals, the
 * parser benchmark) import this first. V8 runs a regular expression in its bytecode
 * interpreter before compiling it to machine code ("tier-up"); the parser runs hundreds of
 * word-list patterns over every posting, and over the benchmark's mix it spent close to half
 * its time interpreting them. Compiled on first use, the same patterns find the same matches:
 * one core parses the mix at 0.79 MB/s instead of 0.43 (4 Dec 2026, fixed work: 12.4–13.9 s of
 * CPU instead of 21–22 s). The browser's import worker cannot set engine flags, and parses one
 * posting at a time.
 */
setFlagsFromString('--no-regexp-tier-up')
