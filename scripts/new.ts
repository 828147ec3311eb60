// Scaffolds a content file with every field in place and TODO placeholders the content check
// refuses until they are filled in:
//   npm run new -- role "Data engineer"      → content/roles/data-engineer.mdx
//   npm run new -- guide "How to …"          → content/guides/how-to.mdx
//   npm run new -- source "Remote Tech Jobs" → content/sources/remote-tech-jobs.yaml
//   npm run new -- statistics "BLS OOH 2025" → content/statistics/bls-ooh-2025.yaml
import GithubSlugger from 'github-slugger';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parse } from 'yaml';
import { slugPattern } from '../src/schemas/common.ts';
import { educationRouteKinds } from '../src/schemas/role.ts';
import { salaryLevels, salaryPeriods, salaryStatistics } from '../src/schemas/salary.ts';
import { sourceKinds } from '../src/schemas/source.ts';
import { outlookMetrics } from '../src/schemas/outlook.ts';
import { classificationIds } from '../src/schemas/classification.ts';
import { occupationRelations } from '../src/schemas/role.ts';

export const kinds = ['role', 'guide', 'source', 'statistics'] as const;
export type Kind = (typeof kinds)[number];

/** A YAML scalar: plain when that is safe, double-quoted (JSON is valid YAML) otherwise. */
const scalar = (text: string) =>
  /^[\w(][^:#"'{}[\]&*!|>%@`]*$/.test(text) && text.trim() === text ? text : JSON.stringify(text);
const or = (values: readonly string[]) =>
  values.length > 1 ? `${values.slice(0, -1).join(', ')} or ${values.at(-1)}` : (values[0] ?? '');

function familyIds(contentDir: string): string[] {
  try {
    const families = parse(readFileSync(join(contentDir, 'families.yaml'), 'utf8')) as { id?: string }[];
    return families.flatMap((f) => (f.id ? [f.id] : []));
  } catch {
    return [];
  }
}

function role(title: string, today: string, contentDir: string): string {
  const families = familyIds(contentDir);
  return `---
# A new role profile. Replace every TODO: "npm run check:content" (and every pull request) lists what is left.
# Every field is explained in docs/frontmatter-reference.md#roles
title: ${scalar(title)}
aliases: [] # other job titles people search for, e.g. [Big data engineer, Data platform engineer]
summary: TODO one sentence of 50 to 160 characters that says what the role does
family: TODO # ${families.length ? `one of ${or(families)}` : 'an id from content/families.yaml'}
lastReviewed: ${today} # the day you last checked the whole profile against its sources
duties:
  - TODO one responsibility per line
problems:
  - TODO a problem the role is hired to solve
# Skills and technologies are named by id, from content/skills.yaml and content/technologies.yaml
# (add a new one there first). "detail" and "usedFor" are optional: what this role says about them.
skills:
  - skill: TODO # an id from content/skills.yaml, e.g. databases
    detail: TODO how this role needs the skill, or delete this line
technologies: []
#  - technology: postgresql # an id from content/technologies.yaml
#    usedFor: what the role uses it for, where a source says
education:
  typical: TODO the usual entry qualification, in a few words
  routes:
    - kind: TODO # ${or(educationRouteKinds)}
      description: TODO what this route involves and who it suits
  certifications: []
workEnvironment:
  setting: TODO where the work happens
  remote: TODO how common remote work is
  hours: TODO usual hours, overtime and on-call duty
  equipment: []
  colleagues: []
# Official statistics (BLS and the like) are not typed here: list the role's occupation codes under
# occupationCodes and every edition in content/statistics/ that gives figures for them appears on the page.
# Here go figures from other sources, one item per figure exactly as its source gives it.
# No source gives a figure? Delete the item and write "salaries: []": never estimate one.
salaries:
  - id: TODO # short and unique in this file, e.g. acme-2024-junior
    region: TODO # ISO country code: US, GB, FR (US-OK for a state)
    currency: TODO # ISO currency code: USD, GBP, EUR
    period: ${salaryPeriods[0]} # ${or(salaryPeriods)}
    level: all # ${or(salaryLevels)} ("all" when the source does not split by level)
    statistic: median # ${or(salaryStatistics)}; for a range, write min and max instead of amount
    amount: TODO # digits only: no currency sign, no commas
    # min: 0
    # max: 0
    # basis: gross # or net, when the source says
    year: TODO # the year the figure refers to, or undated when the source does not say
    # asOf: May 2024 # a more precise date, when the source gives one
    # scope: what the figure counts, when that is broader than the role
    source: TODO # a file name in content/sources/, without .yaml
    # via: the source you read it in, when that one only quotes the original
    # supersededBy: the id of a newer figure in this list that replaces this one
    # note: a caveat readers should see beside the figure
# Projected growth or openings, with their period and source. To add one, replace [] with the
# lines below, "#" removed.
outlook: []
#  - id: acme-growth-2024-2029 # short and unique in this file
#    metric: employment-growth # ${or(outlookMetrics)}
#    value: 0 # a percentage for employment-growth, a number of jobs otherwise
#    from: 2024 # the first year of the period, or the year a count refers to
#    to: 2034 # the last year of the period; delete for a count
#    region: US
#    source: acme-survey
#    scope: what the figure counts, when that is broader than the role
#    label: the source's own words for the pace
#    via: the source you read it in, when that one only quotes the original
#    supersededBy: the id of a newer figure in this list that replaces this one
# Official occupation codes whose statistics (content/statistics/) the page shows, the same way:
occupationCodes: []
#  - system: US-SOC-2018 # ${or(classificationIds)}
#    code: 15-1252 # a code some file in content/statistics/ gives figures for
#    relation: counted-under # ${or(occupationRelations)}
#    note: one plain sentence on what the figures count and how the role fits in (needed unless relation is "is")
#    figuresNotAdded: # only while no file in content/statistics/ gives figures for the code yet
#      title: the occupation's name, as the official page writes it
#      url: the official page for the occupation
# No official statistic counts the role? Instead of occupationCodes, name the nearest occupation with figures:
# nearestOccupation:
#   system: US-SOC-2018
#   code: 15-1252
#   note: why no official statistic counts the role, and how near this occupation is
# The O*NET occupation whose skills, technologies and routes in the page shows (a file in content/onet/occupations/):
onetOccupations: []
#  - code: 15-1252.00 # the 8-digit O*NET-SOC code; look the role's title up in its alternate titles
#    relation: part-of # ${or(occupationRelations)}
#    note: one plain sentence on what the O*NET data describe and how the role fits in (needed unless relation is "is")
progression:
  leadsTo: [] # roles people move on to, e.g. [lead-developer]
  comesFrom: [] # roles people come from, e.g. [backend-developer]
related: [] # roles worth comparing with this one, e.g. [database-administrator]
compareWith: [] # other roles to set side by side on a compare page, when neither list above links them
# Questions readers ask, answered in your own words from the sources, the same way:
faqs: []
#  - question: Do you need a degree?
#    answer: Two or three sentences.
sources:
  - TODO # every source this profile uses: file names in content/sources/, without .yaml
---

{/* The page already shows duties, skills, pay and the rest from the fields above: use the body
    for what they cannot say. Cite each fact where you use it, e.g. <Cite source="bls-ooh-2023" />. */}

## What the role is

TODO Two or three paragraphs in your own words.
`;
}

function guide(title: string, today: string): string {
  return `---
# A new guide. Replace every TODO: "npm run check:content" (and every pull request) lists what is left.
# Every field is explained in docs/frontmatter-reference.md#guides
title: ${scalar(title)}
description: TODO one sentence of 50 to 160 characters for search results and the guide's card
published: ${today}
# updated: ${today} # add this line when you substantially change a published guide
author: TODO your name, or Career Atlas editors
roles: [] # the roles the guide is about, e.g. [backend-developer]
tags: [] # lowercase topics, e.g. [salary, education]
draft: false # true keeps it off the published site while you work on it
---

{/* Cite each fact where you use it, e.g. <Cite source="bls-ooh-2023" />; link roles with
    <RoleLink role="backend-developer" />. The components are listed in CONTRIBUTING.md. */}

TODO The opening paragraph: who the guide is for and what they will learn.

## TODO the first section's heading

TODO The first section.
`;
}

function source(name: string): string {
  return `# A new source. Replace every TODO: "npm run check:content" (and every pull request) lists what is left.
# Every field is explained in docs/frontmatter-reference.md#sources
publisher: TODO who published it, as they name themselves
shortName: ${scalar(name)} # a short name for citations; delete the line to use the publisher's name
title: TODO the title of the page or report
url: TODO # the full address, starting with https:// (delete the line if it is not online)
dataYear: TODO # the year its figures refer to, or undated when it does not say
kind: TODO # ${or(sourceKinds)}
note: TODO # what it counts and its limits (delete the line if there is nothing to add)
`;
}

function statistics(name: string): string {
  return `# One published edition of an official dataset. Replace every TODO: "npm run check:content" lists what is left.
# Every field is explained in docs/frontmatter-reference.md#official-statistics
# Write each figure exactly as the publication gives it, and nowhere else: roles get it through occupationCodes.
# Leave out (or keep commented) what the publication does not give: never estimate a figure.
publisher: TODO who publishes it, e.g. U.S. Bureau of Labor Statistics
shortName: ${scalar(name)} # a short name for citations
dataset: TODO the publication, e.g. Occupational Outlook Handbook
edition: TODO the edition, e.g. 2024–34
url: TODO # the publication's home page, starting with https://
# released: 2025-08-28 # when the edition was released, if the publisher says
classification: US-SOC-2018 # ${or(classificationIds)}
region: US # ISO country code
currency: USD # ISO currency code of its pay figures
wages: # the period its pay figures refer to
  year: TODO
  month: May # delete the line if the publication names no month
projections: # its projection period; delete both lines below and this one if it has none
  from: TODO
  to: TODO
# note: anything readers should know about this edition
occupations:
  - id: TODO # short id for the occupation, e.g. software-developers
    title: TODO the official title
    codes: [TODO] # the code(s) these figures count, e.g. [15-1252, 15-1253]
    url: TODO # the page the figures are read from
    # quotedBy: [] # articles that quote these figures: ids in content/sources/
    # note: anything readers should know beside these figures
    pay:
      medianAnnual: TODO # digits only
      # medianHourly: 0
      # percentiles:
      #   p10: 0
      #   p25: 0
      #   p75: 0
      #   p90: 0
      # occupations: # medians of the narrower occupations a combined profile names
      #   - code: 15-1252
      #     title: Software developers
      #     medianAnnual: 0
    # jobs:
    #   count: 0
    #   year: 2024
    # projections:
    #   growthPercent: 0
    #   pace: as fast as average
    #   change: 0
    #   openingsPerYear: 0
    # entry:
    #   education: Bachelor's degree
    #   experience: None
    #   training: None
`;
}

export function pathFor(kind: Kind, slug: string): string {
  if (kind === 'source') return `sources/${slug}.yaml`;
  if (kind === 'statistics') return `statistics/${slug}.yaml`;
  return `${kind}s/${slug}.mdx`;
}

export function scaffold(kind: Kind, title: string, contentDir: string, today: string): string {
  if (kind === 'role') return role(title, today, contentDir);
  if (kind === 'guide') return guide(title, today);
  return kind === 'source' ? source(title) : statistics(title);
}

/** Creates the file; returns what to tell the editor and whether it worked. */
export function create(
  kind: string | undefined,
  title: string | undefined,
  cwd: string,
  today = new Date().toISOString().slice(0, 10),
): { ok: boolean; message: string } {
  const usage =
    'Usage: npm run new -- role "Data engineer"   (or guide "Title", source "Short name", statistics "BLS OOH 2025")';
  if (!kinds.includes(kind as Kind))
    return { ok: false, message: `${kind ? `"${kind}" is not something the command can create. ` : ''}${usage}` };
  if (!title?.trim()) return { ok: false, message: `Give the ${kind}'s title in quotes. ${usage}` };
  const slug = new GithubSlugger().slug(title.trim());
  if (!slugPattern.test(slug))
    return { ok: false, message: `"${title}" gives no usable file name: use letters or digits in the title.` };
  const contentDir = join(cwd, 'content');
  const file = join(contentDir, pathFor(kind as Kind, slug));
  const shown = relative(cwd, file);
  if (existsSync(file))
    return {
      ok: false,
      message: `${shown} already exists, so nothing was written. Edit that file, or choose another title.`,
    };
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, scaffold(kind as Kind, title.trim(), contentDir, today), { flag: 'wx' });
  const page =
    kind === 'source' || kind === 'statistics'
      ? ''
      : ` Preview it with "npm run dev" at http://127.0.0.1:4321/${kind}s/${slug}/.`;
  return {
    ok: true,
    message: `Created ${shown}. Replace every TODO: "npm run check:content" (and every pull request) lists what is left.${page}`,
  };
}

if (import.meta.main) {
  const [kind, ...words] = process.argv.slice(2);
  const { ok, message } = create(kind, words.join(' '), process.cwd());
  console.log(message);
  process.exitCode = ok ? 0 : 1;
}
