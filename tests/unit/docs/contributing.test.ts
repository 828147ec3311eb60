// CONTRIBUTING.md is what editors follow: its examples must pass the content check against the
// real content, every component must have one, and its links must lead somewhere.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test } from 'node:test';
import GithubSlugger from 'github-slugger';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { loadComponents } from '../../../scripts/content-check/components.ts';
import { loadContent, type ContentFile } from '../../../scripts/content-check/load.ts';
import { checkMdxBody } from '../../../scripts/content-check/mdx-rules.ts';
import { checkSchemas } from '../../../scripts/content-check/schema-rules.ts';
import { buildSiteIndex } from '../../../scripts/content-check/site-index.ts';
import { editionsOf } from '../../../scripts/content-check/official.ts';
import { occupationsWithCode } from '../../../src/lib/figures/official-figures.ts';
import type { ClassificationId } from '../../../src/schemas/classification.ts';
import { occupationRelations } from '../../../src/schemas/role.ts';
import { salaryFigureSchema } from '../../../src/schemas/salary.ts';

const projectDir = resolve(import.meta.dirname, '../../..');
const guide = readFileSync(resolve(projectDir, 'CONTRIBUTING.md'), 'utf8');
const blocks = (language: string) =>
  [...guide.matchAll(new RegExp(`^\`\`\`${language}\\n([\\s\\S]*?)^\`\`\`$`, 'gm'))].map((m) => m[1]!);

const files = loadContent(resolve(projectDir, 'content'), projectDir);
const { parsed } = checkSchemas(files);
const site = buildSiteIndex(parsed, projectDir);
const components = loadComponents(projectDir);

test('every MDX example passes the content check as the body of a guide', () => {
  const examples = blocks('mdx');
  assert.ok(examples.length >= components.length);
  for (const body of examples) {
    const file: ContentFile = {
      collection: 'guides',
      id: 'contributing-example',
      path: 'CONTRIBUTING.md',
      name: 'x.mdx',
      data: {},
      lineOf: () => 1,
      body,
      bodyStartLine: 1,
    };
    assert.deepEqual(checkMdxBody(file, { site, components }), [], body);
  }
});

test('every component editors may use has an example', () => {
  const examples = blocks('mdx');
  for (const { name } of components) {
    assert.match(guide, new RegExp(`^\\*\\*${name}\\*\\*: `, 'm'), `${name} is not described`);
    assert.ok(
      examples.some((e) => e.includes(`<${name} `)),
      `${name} has no example`,
    );
  }
});

test('the salary example is valid and cites sources that exist', () => {
  const ref = (collection: string) => z.string().transform((id) => ({ id, collection }));
  const [example] = blocks('yaml').filter((b) => b.startsWith('salaries:'));
  assert.ok(example);
  const { salaries } = z.object({ salaries: z.array(salaryFigureSchema(ref as never)) }).parse(parse(example));
  for (const figure of salaries) assert.ok(site.sources.has((figure.source as unknown as { id: string }).id));
});

test('the occupation code examples name codes the statistics files give figures for', () => {
  const editions = editionsOf(parsed);
  const examples = blocks('yaml')
    .map((block) => parse(block) as Record<string, unknown>)
    .flatMap((data) => [
      ...((data.occupationCodes as { system: ClassificationId; code: string; relation: string }[] | undefined) ?? []),
      ...(data.nearestOccupation
        ? [{ ...(data.nearestOccupation as { system: ClassificationId; code: string }), relation: 'is' }]
        : []),
    ]);
  assert.equal(examples.length, 2, 'one occupationCodes and one nearestOccupation example');
  for (const { system, code, relation } of examples) {
    assert.ok(occupationsWithCode(editions, system, code).length > 0, `${code} has no figures in content/statistics/`);
    assert.ok((occupationRelations as readonly string[]).includes(relation), relation);
  }
});

test('the skills and technologies example names entries that exist', () => {
  const [example] = blocks('yaml').filter((b) => b.startsWith('skills:'));
  assert.ok(example);
  const data = parse(example) as { skills: { skill: string }[]; technologies: { technology: string }[] };
  const ids = (collection: 'skills' | 'technologies') =>
    new Set(
      (parsed.find((p) => p.file.collection === collection)!.data as unknown as { id: string }[]).map((e) => e.id),
    );
  for (const { skill } of data.skills) assert.ok(ids('skills').has(skill), skill);
  for (const { technology } of data.technologies) assert.ok(ids('technologies').has(technology), technology);
});

test('links to files and to sections of the guide lead somewhere', () => {
  const slugger = new GithubSlugger();
  const anchors = new Set([...guide.matchAll(/^#{1,6} (.+)$/gm)].map((m) => slugger.slug(m[1]!)));
  // Examples in code are not links of this guide.
  const prose = guide.replace(/^```[\s\S]*?^```$/gm, '').replace(/`[^`\n]*`/g, '');
  for (const [, target] of prose.matchAll(/\]\(([^)\s]+)\)/g)) {
    if (/^https?:/.test(target!)) continue;
    const [path, anchor] = target!.split('#');
    if (path) assert.ok(existsSync(resolve(projectDir, path)), `${path} does not exist`);
    else assert.ok(anchors.has(anchor!), `#${anchor} is not a heading`);
  }
});
