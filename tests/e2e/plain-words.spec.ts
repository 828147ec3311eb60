// Plain words: the terms of official statistics link to one short glossary, BLS's growth wording is quoted
// as BLS prints it, and the theme control says what it controls. Read from the built HTML.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { glossary } from '../../src/lib/page/glossary.ts';
import { basePath, builtPages, fileFor } from './support/dist.ts';

const html = (path: string) => readFileSync(fileFor(basePath + path)!, 'utf8');
const termLinks = (page: string) =>
  [...page.matchAll(/<a class="term" href="[^"]*glossary\/#([\w-]+)">/g)].map((match) => match[1]);

test('the glossary page explains every term under its own anchor, and every page links to it', () => {
  const page = html('glossary/');
  for (const entry of glossary) expect(page, entry.id).toContain(`id="${entry.id}"`);
  for (const { path, file } of builtPages()) {
    if (path.endsWith('404.html')) continue;
    expect(readFileSync(file, 'utf8'), path).toMatch(/href="[^"]*\/glossary\/"/);
  }
});

test('a role page links median, occupation code and counted under to the glossary where they first appear', () => {
  const links = termLinks(html('roles/backend-developer/'));
  for (const id of ['median', 'occupation-code', 'counted-under', 'superseded']) expect(links, id).toContain(id);
  expect(termLinks(html('roles/database-administrator/'))).toContain('context-figure');
});

test('a compare page links the median of its pay answer to the glossary', () => {
  expect(termLinks(html('compare/backend-developer-vs-engineering-manager/'))).toContain('median');
});

test('BLS growth is quoted as BLS prints it: "17% (Much faster than average)", never "17% much faster than average"', () => {
  // Where the pace runs on from the number in one line: the "at a glance" box.
  const glance = html('roles/backend-developer/').match(/<section class="glance[\s\S]*?<\/section>/)![0];
  const page = glance.replace(/<[^>]+>/g, ' ');
  expect(page).toMatch(/\d+% +\((Much faster|Faster|As fast) (than )?(as )?average\)/);
  expect(page).not.toMatch(/\d+% +(much faster|faster|as fast) (than|as) average/);
});

test('the theme control says what it controls', () => {
  expect(html('')).toMatch(/<label for="theme-choice"[^>]*>Theme:<\/label>/);
});
