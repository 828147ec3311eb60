// Issue 18: a role's headline pay is one figure, picked by one function (src/lib/figures/headline.ts), and
// every place that states it agrees: the "at a glance" box, the Occupation JSON-LD's estimatedSalary, the
// preview card (whose alt text cardAlt(roleCard(role)) builds from the card's own inputs) and the search
// metadata. A figure wider than the role is led by the group it counts, in each of them.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { fileFor } from './support/dist.ts';
import { roleIds } from './support/content.ts';

interface Headline {
  id: string;
  /** What the figure counts when it is wider than the role, or "Pay". */
  heading: string;
  amount: string;
}

const decode = (text: string) =>
  text
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();

function html(id: string): string {
  const file = fileFor(`/roles/${id}/`);
  if (!file) throw new Error(`no built page for /roles/${id}/`);
  return readFileSync(file, 'utf8');
}

/** The pay entry of the "at a glance" box: its heading, the figure's id and the amount in bold. */
function atAGlance(page: string): Headline | undefined {
  const box = /<section class="glance[\s\S]*?<\/section>/.exec(page)?.[0] ?? '';
  const entry = /<dt[^>]*>([^<]*)<\/dt>\s*<dd[^>]*>\s*<span data-figure="([^"]+)"[^>]*>\s*<strong[^>]*>([^<]+)</.exec(
    box,
  );
  return entry ? { heading: decode(entry[1]!), id: entry[2]!, amount: decode(entry[3]!) } : undefined;
}

function estimatedSalary(page: string): { id: string; amount: number | undefined } | undefined {
  for (const [, json] of page.matchAll(/<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/g)) {
    const data = JSON.parse(json!) as { '@type': string; estimatedSalary?: Record<string, unknown>[] };
    if (data['@type'] !== 'Occupation') continue;
    const first = data.estimatedSalary?.[0];
    if (!first) return undefined;
    return {
      id: String(first['@id']).split('#figure-')[1]!,
      amount: (first.median ?? first.value) as number | undefined,
    };
  }
  return undefined;
}

const cardAltText = (page: string) => decode(/<meta property="og:image:alt" content="([^"]*)"/.exec(page)?.[1] ?? '');
const digits = (amount: string) => Number(amount.replace(/[^0-9.]/g, ''));

test('every role’s headline pay is the same figure in the page, its JSON-LD and its preview card', () => {
  const ids = roleIds();
  expect(ids.length).toBeGreaterThan(30);
  for (const id of ids) {
    const page = html(id);
    const glance = atAGlance(page);
    const ld = estimatedSalary(page);
    const alt = cardAltText(page);
    if (!glance) {
      expect(ld, `${id}: JSON-LD gives a salary the page does not`).toBeUndefined();
      expect(alt, `${id}: the card gives a salary the page does not`).toContain('No sourced figure yet');
      continue;
    }
    expect(ld?.id, `${id}: estimatedSalary leads with another figure`).toBe(glance.id);
    expect(ld?.amount, `${id}: estimatedSalary's amount`).toBe(digits(glance.amount));
    expect(alt, `${id}: the preview card's amount`).toContain(`: ${glance.amount}`);
    if (glance.heading !== 'Pay') expect(alt, `${id}: the card names the group`).toContain(glance.heading);
  }
});

test('a role counted in a wider group says so in its headline; the database administrator leads with its own median', () => {
  expect(atAGlance(html('database-administrator'))).toMatchObject({ heading: 'Pay', amount: '$104,620 a year' });
  expect(atAGlance(html('cto'))).toMatchObject({
    heading: 'CTOs are counted among computer and information systems managers',
    amount: '$164,070 a year',
  });
});

test('search metadata states the same headline pay as each role page', async ({ page }) => {
  // Loading every record of the index takes a while on a busy machine.
  test.setTimeout(120_000);
  await page.goto('/search/');
  const metadata = (await page.evaluate(async () => {
    const pagefind = await import('/pagefind/pagefind.js' as string);
    const results = (await pagefind.search(null)).results as { data(): Promise<unknown> }[];
    return Promise.all(results.map((r) => r.data()));
  })) as { url: string; meta: { pay?: string } }[];
  for (const id of roleIds()) {
    const glance = atAGlance(html(id));
    const pay = metadata.find((d) => d.url === `/roles/${id}/`)?.meta.pay;
    if (!glance) {
      expect(pay, `${id}: search gives a pay the page does not`).toBeUndefined();
      continue;
    }
    const lead = glance.heading === 'Pay' ? '' : `${glance.heading}: `;
    expect(pay, `${id}: search metadata's pay`).toMatch(new RegExp(`^${escape(lead + glance.amount)}`));
  }
});

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
