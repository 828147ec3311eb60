// Where every money amount on the built site comes from: the content file and line that cite it, or the cited
// figures it is worked out from. Run after `npm run build`; exits 1 when an amount has no origin, and lists it.
// Usage: npm run provenance [-- --all]   (--all prints every amount, not only those outside the content's own lines)
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { contentCitations, explainAmounts } from './lib/amount-provenance.ts';
import { builtPageTexts } from './lib/built-pages.ts';

const { values } = parseArgs({ options: { all: { type: 'boolean', default: false } } });
const dist = join(process.cwd(), 'dist');
const pages = builtPageTexts(dist);
const explained = explainAmounts(pages, contentCitations(process.cwd()));
const money = (amount: number) => `$${amount.toLocaleString('en-US')}`;

for (const { amount, pages: where, origin } of explained) {
  if (!values.all && origin?.startsWith('cited in ')) continue;
  const shown = `${where.slice(0, 2).join(', ')}${where.length > 2 ? ` and ${where.length - 2} more` : ''}`;
  console.log(`${money(amount)}: ${origin ?? 'NOT EXPLAINED: no content file cites it'} — on ${shown}`);
}
const missing = explained.filter((e) => !e.origin);
console.log(
  `provenance: ${explained.length} distinct amounts on ${pages.size} pages; ` +
    `${explained.filter((e) => e.origin?.startsWith('cited in ')).length} cited as shown, ` +
    `${explained.length - missing.length} explained in all, ${missing.length} not explained`,
);
if (missing.length > 0) {
  console.error(
    'provenance: cite each amount above in content/ (a statistic with its page URL, or a role salary with its source)',
  );
  process.exit(1);
}
