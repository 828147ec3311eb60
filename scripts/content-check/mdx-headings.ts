import type { Body } from './mdx-body.ts';
import { headingsOf } from './mdx-tree.ts';

/** Headings start at level 2, never skip a level, and never take an anchor the page's layout uses. */
export function checkHeadings({ add, file, site, pagePath }: Body): void {
  let previousLevel = 1;
  const layout = site.layoutAnchors.get(pagePath) ?? new Set();
  for (const heading of headingsOf(file)) {
    if (heading.depth === 1) {
      add(
        heading.line,
        'body',
        'has a level-1 heading ("# ")',
        'start sections at "## ": the page title is the only level-1 heading',
      );
    } else if (heading.depth > previousLevel + 1) {
      add(
        heading.line,
        'body',
        `heading jumps from level ${previousLevel} to ${heading.depth}`,
        `use ${'#'.repeat(previousLevel + 1)} here, or add the missing level above it`,
      );
    }
    previousLevel = heading.depth;
    if (layout.has(heading.slug)) {
      add(
        heading.line,
        'body',
        `the heading "${heading.text}" gets the anchor #${heading.slug}, which the page already uses for its own section`,
        'reword the heading so the two sections keep separate addresses',
      );
    }
  }
}
