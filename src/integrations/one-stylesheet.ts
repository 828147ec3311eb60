import { createHash } from 'node:crypto';

/**
 * One stylesheet per page (issue 19 item 4). Astro splits CSS by component, so a role page linked five
 * render-blocking files, three of them under 400 bytes: five requests, and five gzip streams that cannot
 * share a dictionary. After the build, each page's linked stylesheets are joined, in the order the page
 * links them (so the cascade is unchanged), into one file named by its content; pages of a type link the
 * same set, so each type gets one file the browser caches. Files no page links any more are removed.
 */

const stylesheetLink = /<link\b[^>]*\brel="stylesheet"[^>]*>/g;
const hrefOf = (link: string) => /\bhref="([^"]+)"/.exec(link)?.[1];

/** A page's stylesheet links, in order: the whole tag and its href. */
export function stylesheetLinks(html: string): { tag: string; href: string }[] {
  return [...html.matchAll(stylesheetLink)].flatMap((m) => {
    const href = hrefOf(m[0]);
    return href ? [{ tag: m[0], href }] : [];
  });
}

/** The joined file's name beside the originals: "…/_astro/page.<hash>.css". */
export function joinedHref(hrefs: readonly string[], css: string): string {
  const folder = hrefs[0]!.slice(0, hrefs[0]!.lastIndexOf('/') + 1);
  return `${folder}page.${createHash('sha256').update(css).digest('base64url').slice(0, 10)}.css`;
}

/**
 * The page with its stylesheet links replaced by one to `href`, where the first of them stood (each
 * link keeps its own line, so the page's other bytes do not move).
 */
export function withOneStylesheet(html: string, href: string): string {
  let first = true;
  return html.replace(stylesheetLink, (tag) => {
    if (!first) return '';
    first = false;
    return tag.replace(/\bhref="[^"]+"/, `href="${href}"`);
  });
}

/** Where the stylesheets are: read and written by file, named by href. */
export interface StylesheetFiles {
  read(file: string): string;
  write(file: string, text: string): void;
  remove(file: string): void;
  /** The file an href under the base path names. */
  fileOf(href: string): string;
}

export interface StylesheetJoiner {
  /** The page linking one stylesheet, joined from the ones it linked (written the first time a set is seen). */
  page(html: string): string;
  /** Removes the stylesheets no page links any more; says how many joined files were written and old ones removed. */
  finish(): { joined: number; removed: number };
}

/** Joins pages' stylesheets one page at a time, in the pass that reads every built page once. */
export function stylesheetJoiner(files: StylesheetFiles): StylesheetJoiner {
  const joinedFor = new Map<string, string>();
  const linked = new Set<string>();
  const superseded = new Set<string>();
  return {
    page(html) {
      const hrefs = stylesheetLinks(html).map((l) => l.href);
      if (hrefs.length < 2) {
        hrefs.forEach((href) => linked.add(href));
        return html;
      }
      const key = hrefs.join('\n');
      let href = joinedFor.get(key);
      if (!href) {
        // A newline between files: each ends a rule, and a comment at one's end cannot swallow the next.
        const css = hrefs.map((h) => files.read(files.fileOf(h)).trimEnd()).join('\n');
        href = joinedHref(hrefs, css);
        files.write(files.fileOf(href), `${css}\n`);
        joinedFor.set(key, href);
      }
      hrefs.forEach((h) => superseded.add(h));
      linked.add(href);
      return withOneStylesheet(html, href);
    },
    finish() {
      const unused = [...superseded].filter((href) => !linked.has(href));
      unused.forEach((href) => files.remove(files.fileOf(href)));
      return { joined: joinedFor.size, removed: unused.length };
    },
  };
}

/** Joins every page's stylesheets: the joiner over a whole site at once. */
export function joinStylesheets(site: StylesheetFiles & { pages: string[] }): { joined: number; removed: number } {
  const joiner = stylesheetJoiner(site);
  for (const page of site.pages) {
    const html = site.read(page);
    const joined = joiner.page(html);
    if (joined !== html) site.write(page, joined);
  }
  return joiner.finish();
}
