// The origin of each money amount on the site: cited in a content line, an hourly figure at 2,080 hours, or the
// gap between two cited figures on the same page; anything else is reported, never explained away.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { citationsIn, explainAmounts, moneyAmounts } from '../../../scripts/lib/amount-provenance.ts';
import { visibleText } from '../../../scripts/lib/built-pages.ts';

const statistics = [
  'occupations:',
  '  - id: database-administrators',
  '    url: https://www.bls.gov/ooh/computer-and-information-technology/database-administrators.htm',
  '    pay:',
  '      medianAnnual: 104620',
  '      medianHourly: 50.3',
  '      percentiles: { p10: 60000, p90: 160000 }',
].join('\n');
const citations = citationsIn(statistics, 'content/statistics/fixture.yaml');

test('a statistics file cites each pay figure with its line and the occupation page above it', () => {
  const figure = citations.find((c) => c.amount === 104620)!;
  assert.deepEqual(figure, {
    amount: 104620,
    file: 'content/statistics/fixture.yaml',
    line: 5,
    url: 'https://www.bls.gov/ooh/computer-and-information-technology/database-administrators.htm',
  });
  assert.deepEqual(
    citations.map((c) => c.amount),
    [104620, 50.3, 60000, 160000],
  );
});

test('money in prose and in HTML is read as the shared tool reads it (K is thousands)', () => {
  assert.deepEqual(moneyAmounts('from $48K to $1,234.50, or 35,000 € and 40K€'), [48000, 1234.5, 35000, 40000]);
  assert.equal(visibleText('<head><title>$9</title></head><p>$1<span>0</span></p>'), '$1 0');
});

test('cited, hourly at 2,080 hours, and a gap between two cited figures on one page are explained', () => {
  const pages = new Map([
    ['roles/dba/index.html', '$104,620 a year; $50.30 an hour (about $104,624 a year at 2,080 hours)'],
    ['compare/a-vs-b/index.html', '$160,000 and $104,620: the first is $55,380 higher'],
  ]);
  const explained = explainAmounts(pages, citations);
  const origin = (amount: number) => explained.find((e) => e.amount === amount)?.origin ?? '';
  assert.match(origin(104620), /^cited in content\/statistics\/fixture\.yaml:5 \(https:\/\/www\.bls\.gov/);
  assert.match(origin(104624), /^\$50\.30 an hour × 2,080 hours, cited in content\/statistics\/fixture\.yaml:6/);
  assert.match(origin(55380), /^\$160,000 − \$104,620 on compare\/a-vs-b\/index\.html/);
  assert.equal(explained.filter((e) => !e.origin).length, 0);
});

test('an amount no content line states is reported, even beside cited ones', () => {
  const pages = new Map([['roles/dba/index.html', 'Median $104,620; most earn about $123,456.']]);
  const unexplained = explainAmounts(pages, citations).filter((e) => !e.origin);
  assert.deepEqual(unexplained, [{ amount: 123456, pages: ['roles/dba/index.html'], origin: undefined }]);
});

test('a gap is explained only by two figures on the same page', () => {
  const pages = new Map([
    ['roles/a/index.html', '$160,000'],
    ['roles/b/index.html', '$104,620, and $55,380 more elsewhere'],
  ]);
  const gap = explainAmounts(pages, citations).find((e) => e.amount === 55380)!;
  assert.equal(gap.origin, undefined);
});
