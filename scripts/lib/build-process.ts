// How a site build's process is started: the settings that bound its memory. `npm run build` (scripts/build.ts)
// and the benchmark's builds of our site (scripts/bench.ts) both start Astro with these, so the peak the
// benchmark reports is the peak a build has. Measured on the 1,000-role benchmark site (README, Performance,
// "What bounds a build's memory"): peak RSS 3.5 GB with neither setting, 2.9 GB with the first, 2.3 GB with both,
// and no slower.

/**
 * Node/V8 flags. V8 lets its heap grow to as much as four times what was live after a full collection before it
 * collects again; while the role pages render, that is about 0.75 GB live in a heap of 1.6 GB. Growing by half
 * at most keeps the garbage in step with the live data, and, unlike a cap on the heap's size
 * (`--max-old-space-size`), it cannot stop a larger site with an out-of-memory error.
 */
export const buildNodeFlags: readonly string[] = ['--heap-growing-percent=50'];

/**
 * Environment. The bundler (Rolldown) and Astro's other native parts allocate with mimalloc, which by default
 * keeps freed memory mapped for a while in case it is wanted again: about 0.5 GB that bundling had freed stayed
 * mapped through every page that followed. A purge delay of 0 hands freed pages back to the system at once.
 * mimalloc reads this when its library loads, so it must be in the environment the process starts with.
 */
export const buildEnv: Readonly<Record<string, string>> = { MIMALLOC_PURGE_DELAY: '0' };

/** The environment for a build's process: the caller's, with `buildEnv` where the caller has not chosen otherwise. */
export function buildProcessEnv(base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return { ...buildEnv, ...base };
}
