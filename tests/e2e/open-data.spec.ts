// The open data on the built site: every file validates against the JSON Schema served beside it (with
// Ajv, not our own code), the schemas are the ones generated from the zod schemas, every row of
// figures.csv matches a row of the table on the page it names (and every table row has one), a role's
// JSON says what its page shows, the /data/ page is reachable from every page, and its change log is git's.
import { execFileSync } from 'node:child_process';
import { parse } from 'csv-parse/sync';
import { expect, test, type APIRequestContext } from '@playwright/test';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import {
  formatPeriod,
  levelLabel,
  metricLabel,
  periodLabel,
  regionName,
  statisticLabel,
} from '../../src/lib/figures/figure-format.ts';
import type { FigureRow, FiguresFile } from '../../src/schemas/open-data/figure-row.ts';
import type { RoleProfile } from '../../src/schemas/open-data/role-profile.ts';
import { jsonSchemaOf, schemaNames, type SchemaName } from '../../src/schemas/open-data/served.ts';
import { amountsIn } from './seo-support.ts';
import { roleIds, sampledRoleIds } from './support/content.ts';
import { basePath, rolePath } from './support/dist.ts';
import { readServedMarkup } from './support/served-markup.ts';

const data = `${basePath}data/`;
const pathOf = (url: string) => new URL(url).pathname;

async function getJson<T>(request: APIRequestContext, path: string): Promise<T> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  expect(response.headers()['content-type'], path).toContain('application/json');
  return (await response.json()) as T;
}

async function getCsv(request: APIRequestContext, path: string): Promise<Record<string, string>[]> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  expect(response.headers()['content-type'], path).toContain('text/csv');
  return parse(await response.text(), { columns: true }) as Record<string, string>[];
}

/** The served schemas, compiled by Ajv: `strict` for the JSON files, `coerce` reads CSV cells as typed values. */
async function validators(request: APIRequestContext) {
  const strict = addFormats(new Ajv2020({ allErrors: true }));
  const coerce = addFormats(new Ajv2020({ allErrors: true, coerceTypes: true }));
  const served = {} as Record<SchemaName, Record<string, unknown>>;
  for (const name of schemaNames) {
    served[name] = await getJson(request, `${data}schema/${name}.schema.json`);
    strict.addSchema(served[name], name);
    coerce.addSchema(served[name], name);
  }
  const check = (ajv: typeof strict, name: SchemaName, value: unknown, what: string) => {
    const valid = ajv.validate(name, value);
    expect(ajv.errorsText(ajv.errors, { dataVar: what }), `${what} follows ${name}.schema.json`).toBe('No errors');
    expect(valid).toBe(true);
  };
  return {
    served,
    json: (name: SchemaName, value: unknown, what: string) => check(strict, name, value, what),
    /**
     * CSV records, validated as the rows they stand for: empty cells are absent fields, the rest typed by the
     * schema. One expectation for the whole file: one per record cost the suite a minute on thousands of rows.
     */
    csvRecords: (records: Record<string, string>[], what: string) => {
      const invalid = records.flatMap((record, i) => {
        const row: Record<string, unknown> = Object.fromEntries(Object.entries(record).filter(([, v]) => v !== ''));
        return coerce.validate('figure-row', row)
          ? []
          : [coerce.errorsText(coerce.errors, { dataVar: `${what} row ${i + 2}` })];
      });
      expect(invalid, `${what} follows figure-row.schema.json`).toEqual([]);
    },
  };
}

/** The CSV records are the JSON rows, cell by cell: an absent field is an empty cell, the rest as text. */
function expectCsvHoldsRows(records: Record<string, string>[], rows: FigureRow[], what: string) {
  expect(records.length, `${what}: one record per row`).toBe(rows.length);
  const columns = Object.keys(records[0] ?? {});
  const asText = rows.map((row: Record<string, unknown>) => {
    const missing = Object.keys(row).filter((field) => !columns.includes(field));
    expect(missing, `${what} has a column for every field`).toEqual([]);
    return Object.fromEntries(columns.map((c) => [c, row[c] === undefined ? '' : String(row[c])]));
  });
  expect(records, `${what} holds the rows cell by cell`).toEqual(asText);
}

/**
 * The days (newest first) on which git records a change to a file the change log covers, asked of git
 * directly rather than through the site's own reader; undefined when this checkout has no history to
 * read (a shallow clone, as some hosts make, or no git), where the build writes no log either.
 */
function contentChangeDays(): string[] | undefined {
  const git = (...args: string[]) =>
    execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  try {
    if (git('rev-parse', '--is-shallow-repository').trim() === 'true') return undefined;
    const files = [
      'content/roles/*.mdx',
      'content/guides/*.mdx',
      'content/statistics/*.yaml',
      'content/sources/*.yaml',
    ];
    const log = git('log', '-M', '--format=%cs', '--', ...files, 'content/families.yaml');
    return [...new Set(log.split('\n').filter(Boolean))].sort().reverse();
  } catch {
    return undefined;
  }
}

/** A JSON value without its undefined fields, as JSON.stringify writes it. */
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

test.describe('the data files follow their served schemas', () => {
  test('each served schema is the one generated from its zod schema, and says where it is served', async ({
    request,
  }) => {
    for (const name of schemaNames) {
      const served = await getJson<Record<string, unknown>>(request, `${data}schema/${name}.schema.json`);
      expect(pathOf(served.$id as string)).toBe(`${data}schema/${name}.schema.json`);
      expect(served).toEqual(plain(jsonSchemaOf(name, served.$id as string)));
    }
  });

  test('every role profile, figures.json, figures.csv and each role CSV validate; the CSVs hold the JSON rows', async ({
    request,
  }) => {
    // Thousands of CSV records: the count of rows, not the machine, sets the time.
    test.setTimeout(240_000);
    const validate = await validators(request);
    const figures = await getJson<FiguresFile>(request, `${data}figures.json`);
    validate.json('figures', figures, 'figures.json');
    expect(figures.$schema).toBe(validate.served.figures.$id);
    expect(figures.figures.length).toBeGreaterThan(0);

    const csv = await getCsv(request, `${data}figures.csv`);
    const rowSchema = validate.served['figure-row'] as { properties: Record<string, unknown> };
    expect(Object.keys(csv[0]!), "the columns are the row schema's fields, in order").toEqual(
      Object.keys(rowSchema.properties),
    );
    validate.csvRecords(csv, 'figures.csv');
    expectCsvHoldsRows(csv, figures.figures, 'figures.csv');

    for (const id of roleIds()) {
      const profile = await getJson<RoleProfile>(request, `${data}roles/${id}.json`);
      validate.json('role', profile, `roles/${id}.json`);
      expect(profile.id).toBe(id);
      expect(profile.$schema).toBe(validate.served.role.$id);
      const own = figures.figures.filter((row) => row.role === id);
      expect(
        own.filter((row) => row.kind !== 'onet').map((row) => row.figure),
        `figures.json has a row for each figure of ${id}, in table order`,
      ).toEqual([...profile.salaries, ...profile.outlook].map((f) => f.id));
      if (own.length === 0) {
        expect((await request.get(`${data}roles/${id}.csv`)).status()).toBe(200);
        continue;
      }
      const roleCsv = await getCsv(request, `${data}roles/${id}.csv`);
      validate.csvRecords(roleCsv, `roles/${id}.csv`);
      expectCsvHoldsRows(roleCsv, own, `roles/${id}.csv`);
    }
  });
});

interface TableRow {
  id: string;
  section: 'salary' | 'outlook';
  classes: string[];
  /** Cell text by column heading. */
  cells: Record<string, string>;
  strong: string;
  period: string;
  sourceHref: string | null;
  quotedBy: boolean;
}

/** Every figure row of the salary and outlook tables in a role page's served markup, cell by cell. */
function tableRows(doc: Document): TableRow[] {
  return (['salary', 'outlook'] as const).flatMap((section) =>
    [...doc.querySelectorAll(`section[aria-labelledby="${section}"] table`)].flatMap((table) => {
      const headings = [...table.querySelectorAll('thead th')].map((th) => (th.textContent ?? '').trim());
      return [...table.querySelectorAll<HTMLTableRowElement>('tbody tr[id^="figure-"]')].map((tr) => {
        const cells = [...tr.querySelectorAll('td')];
        const source = cells.at(-1)!;
        return {
          id: tr.id.slice('figure-'.length),
          section,
          classes: [...tr.classList],
          cells: Object.fromEntries(headings.map((h, i) => [h, (cells[i]?.textContent ?? '').trim()])),
          strong: tr.querySelector('strong')?.textContent ?? '',
          period: tr.querySelector('.period')?.textContent ?? '',
          sourceHref: source.querySelector('a')?.getAttribute('href') ?? null,
          quotedBy: source.querySelector('.quoted-by') !== null,
        };
      });
    }),
  );
}

/** What a row of the page's table must show for the CSV row that names it. */
function expectRowShows(row: FigureRow, shown: TableRow) {
  const what = `${row.role}: ${row.figure}`;
  expect(shown.section, what).toBe(row.kind);
  expect(shown.classes.includes('superseded'), `${what} superseded`).toBe(row.supersededBy !== undefined);
  expect(shown.cells.Region, `${what} region`).toContain(regionName(row.region));
  expect(shown.cells.Source, `${what} source`).toContain(row.sourcePublisher);
  if (row.sourceUrl) expect(shown.sourceHref, `${what} source link`).toBe(row.sourceUrl);
  expect(shown.quotedBy, `${what} quoted by`).toBe(row.via !== undefined);
  if (row.scope) expect(shown.cells.Figure, `${what} scope`).toContain(row.scope);
  if (row.note) expect(shown.cells.Figure, `${what} note`).toContain(row.note);

  if (row.kind === 'salary') {
    expect(amountsIn(shown.strong), `${what} amounts`).toEqual(
      [row.amount, row.min, row.max].filter((n) => n !== undefined),
    );
    expect(shown.cells.Region, `${what} currency`).toContain(`(${row.currency})`);
    expect(shown.period, `${what} period`).toBe(periodLabel(row.period!));
    expect(shown.cells.Level, `${what} level`).toBe(levelLabel(row.level!));
    expect(shown.cells.Figure, `${what} statistic`).toMatch(new RegExp(`^${statisticLabel(row.statistic!)}`));
    expect(shown.cells.Year, `${what} year`).toContain(
      row.asOf ?? (row.year === 'undated' ? 'Undated' : String(row.year)),
    );
    expect(shown.classes.includes('context'), `${what} context`).toBe(row.context);
    expect(shown.cells.Year!.includes('older figure'), `${what} older`).toBe(row.older);
  } else {
    expect(amountsIn(shown.strong), `${what} value`).toEqual([Math.abs(row.value!)]);
    if (row.metric === 'employment-growth') expect(shown.strong, `${what} percent`).toContain('%');
    expect(shown.cells.Figure, `${what} metric`).toContain(metricLabel(row.metric!));
    expect(shown.cells.Period, `${what} period`).toContain(formatPeriod({ from: row.from!, to: row.to }));
    if (row.label) expect(shown.cells.Value, `${what} label`).toContain(row.label);
    expect(shown.cells.Period!.includes('older figure'), `${what} older`).toBe(row.older && !row.supersededBy);
  }
}

test('every row of figures.csv matches a row of the table on the page it names, and every table row has one', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  // The CSV's records, read as the typed rows of figures.json that they hold cell for cell.
  const rows = (await getJson<FiguresFile>(request, `${data}figures.json`)).figures;
  expectCsvHoldsRows(await getCsv(request, `${data}figures.csv`), rows, 'figures.csv');
  const pages = [...new Set(rows.map((row) => pathOf(row.page)))];
  expect(pages.length).toBeGreaterThan(1);
  const tables = await readServedMarkup(page, roleIds().map(rolePath), tableRows);
  for (const id of roleIds()) {
    const shown = tables.get(rolePath(id))!;
    // O*NET rows are checked against the role's JSON below; the page's tables hold pay and outlook.
    const named = rows.filter((row) => pathOf(row.page) === rolePath(id) && row.kind !== 'onet');
    expect(
      named.map((row) => `${row.kind} ${row.figure}`),
      `${id}: one CSV row per table row, in table order`,
    ).toEqual(shown.map((row) => `${row.section} ${row.id}`));
    for (const row of named) {
      expect(pathOf(row.figureUrl)).toBe(rolePath(id));
      expect(new URL(row.figureUrl).hash).toBe(`#figure-${row.figure}`);
      expectRowShows(
        row,
        shown.find((r) => r.id === row.figure && r.section === row.kind)!,
      );
    }
  }
});

test("figures.csv holds each role JSON's O*NET values, with release, date and domain source", async ({ request }) => {
  const rows = (await getJson<FiguresFile>(request, `${data}figures.json`)).figures.filter((r) => r.kind === 'onet');
  for (const id of roleIds()) {
    const onet = (await getJson<RoleProfile>(request, `${data}roles/${id}.json`)).onet;
    expect(onet, `${id} maps to an O*NET occupation`).toBeDefined();
    const mine = rows.filter((r) => r.role === id);
    for (const occupation of onet!.occupations) {
      for (const skill of occupation.skills) {
        const row = mine.find((r) => r.onetMeasure === 'skill-importance' && r.onetElement === skill.elementId);
        expect([row?.value, row?.onetDate, row?.onetDomainSource], `${id} ${skill.name}`).toEqual([
          skill.importance,
          skill.date,
          skill.domainSource,
        ]);
      }
      const measures = { RL: 'education', RW: 'experience', PT: 'on-site-training', OJ: 'on-the-job-training' };
      for (const share of occupation.routesIn.flatMap((d) => d.shares.map((s) => ({ ...s, scale: d.scale })))) {
        const cell = mine.find(
          (r) => r.onetMeasure === measures[share.scale] && r.onetElement === String(share.category),
        );
        expect(cell?.value, `${id} ${share.scale} ${share.label}`).toBe(share.percent);
      }
    }
    expect(new Set(mine.map((r) => r.onetRelease))).toEqual(new Set([onet!.release.version]));
  }
});

test("the /data/ page credits O*NET in the release file's words", async ({ page, request }) => {
  const onet = (await getJson<RoleProfile>(request, `${data}roles/${roleIds()[0]}.json`)).onet!;
  await page.goto(data);
  await expect(page.locator('#onet ~ blockquote')).toContainText(onet.release.credit);
  await expect(page.locator('#onet ~ ul > li')).not.toHaveCount(0);
});

test.describe("a role's JSON says what its page shows", () => {
  for (const id of sampledRoleIds()) {
    test(id, async ({ page, request }) => {
      const profile = await getJson<RoleProfile>(request, `${data}roles/${id}.json`);
      await page.goto(rolePath(id));
      expect(pathOf(profile.url)).toBe(rolePath(id));
      await expect(page.locator('h1')).toHaveText(profile.title);
      await expect(page.locator('.role-profile > header .lede')).toHaveText(profile.summary);
      await expect(page.locator('.role-profile > header .page-dates > time')).toHaveAttribute(
        'datetime',
        profile.lastReviewed,
      );
      const times = await page
        .locator('.page-history li time')
        .evaluateAll((els) => els.map((el) => el.getAttribute('datetime')));
      expect(times).toEqual(profile.changes.slice(0, 10));
      await expect(page.locator('section[aria-labelledby="duties"] li')).toHaveText(profile.duties);
      expect(
        await page.locator('.sources-list > li').evaluateAll((lis) => lis.map((li) => li.id.replace(/^source-/, ''))),
      ).toEqual(profile.sources.map((s) => s.id));
      expect(
        await page
          .locator('section[aria-labelledby="salary"] tr[id^="figure-"]')
          .evaluateAll((trs) => trs.map((tr) => tr.id.replace(/^figure-/, ''))),
      ).toEqual(profile.salaries.map((f) => f.id));
      expect(
        await page
          .locator('section[aria-labelledby="outlook"] tr[id^="figure-"]')
          .evaluateAll((trs) => trs.map((tr) => tr.id.replace(/^figure-/, ''))),
      ).toEqual(profile.outlook.map((f) => f.id));
      // The role's own technologies are among the page's chips (O*NET's flagged ones sit beside them, marked).
      const chips = await page.locator('section[aria-labelledby="technologies"] .tag-list li').allTextContents();
      const chipNames = chips.map((chip) => chip.replace(/\s+(Hot|In demand)(\s+·\s+In demand)?\s*$/, '').trim());
      for (const technology of profile.technologies) expect(chipNames, id).toContain(technology.name);

      // The download links lead to this profile's files, and "Cite this page" is the JSON's citation.
      const reuse = page.locator('.reuse');
      await expect(reuse.locator('a[type="application/json"]')).toHaveAttribute('href', `${data}roles/${id}.json`);
      // Pay, outlook and O*NET rows: the role's CSV holds them all.
      const all = (await getJson<FiguresFile>(request, `${data}figures.json`)).figures;
      const figures = all.filter((row) => row.role === id).length;
      await expect(reuse.locator('a[type="text/csv"]')).toHaveCount(figures > 0 ? 1 : 0);
      if (figures > 0)
        await expect(reuse.locator('a[type="text/csv"]')).toHaveAttribute('href', `${data}roles/${id}.csv`);
      await reuse.locator('summary', { hasText: 'Cite this page' }).click();
      await expect(reuse.locator('pre')).toHaveText([profile.citation.text, profile.citation.bibtex]);
      expect(profile.citation.text).toContain(profile.url);
      expect(profile.citation.bibtex).toContain(`note = {Last reviewed ${profile.lastReviewed}}`);
    });
  }
});

test.describe('the /data/ page', () => {
  test('is linked from the footer of every page type and links every data file', async ({ page, request }) => {
    for (const path of [basePath, `${basePath}roles/`, rolePath(roleIds()[0]!), `${basePath}search/`]) {
      await page.goto(path);
      await expect(page.locator('footer a', { hasText: 'Open data' })).toHaveAttribute('href', data);
      await expect(page.locator('footer a[rel~="license"]')).toHaveAttribute(
        'href',
        /creativecommons\.org\/licenses\/by\/4\.0\//,
      );
    }
    await page.goto(data);
    const hrefs = await page.locator('main a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    for (const file of ['figures.csv', 'figures.json', ...schemaNames.map((n) => `schema/${n}.schema.json`)])
      expect(hrefs, file).toContain(`${data}${file}`);
    for (const id of roleIds()) {
      expect(hrefs, id).toContain(`${data}roles/${id}.json`);
      expect(hrefs, id).toContain(rolePath(id));
    }
    const figures = await getJson<FiguresFile>(request, `${data}figures.json`);
    await expect(page.locator('main')).toContainText(`${figures.figures.length.toLocaleString('en-US')} rows`);
  });

  test("generates its field tables from the served schemas and names each source's terms", async ({
    page,
    request,
  }) => {
    const row = await getJson<{ properties: Record<string, { description: string }> }>(
      request,
      `${data}schema/figure-row.schema.json`,
    );
    await page.goto(data);
    const list = page.locator('details', { has: page.locator('summary', { hasText: 'Columns of figures.csv' }) });
    await expect(list.locator('dt code')).toHaveText(Object.keys(row.properties));
    await expect(list.locator('dd')).toHaveText(Object.values(row.properties).map((p) => p.description));
    await expect(page.locator('#public-domain + p + ul')).toContainText('U.S. Bureau of Labor Statistics');
    await expect(page.locator('#publishers-copyright + p + ul')).not.toContainText('U.S. Bureau of Labor Statistics');
    await expect(page.locator('#publishers-copyright + p + ul > li')).not.toHaveCount(0);
  });

  test('has a change log entry per day content/ changed, newest first, and shows the newest as the last change', async ({
    page,
  }) => {
    await page.goto(data);
    const days = await page
      .locator('.change-log > li time')
      .evaluateAll((els) => els.map((el) => el.getAttribute('datetime')!));
    const history = contentChangeDays();
    if (history === undefined) {
      // A shallow clone (or no git) has no history to read: the page must say so rather than show an empty log.
      expect(days, 'a shallow clone has no change log').toEqual([]);
      await expect(page.locator('main')).toContainText("built without its repository's history");
      return;
    }
    expect(history.length, 'this checkout has content/ history, so the log cannot be empty').toBeGreaterThan(0);
    expect(days, 'one entry per day content/ changed, newest first').toEqual(history);
    await expect(page.locator('.page-dates time')).toHaveAttribute('datetime', history[0]!);
  });
});
