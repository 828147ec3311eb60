import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cardAlt, guideCard, roleCard, siteCard } from '../../../src/lib/og/card.ts';
import { textSizes } from '../../../src/lib/og/template.ts';
import { bls, salaryFigure as figure } from '../support/salary-figures.ts';

type RoleArg = Parameters<typeof roleCard>[0];
const role = (salaries: ReturnType<typeof figure>[]) =>
  ({
    entry: {
      data: {
        title: 'Back-end developer',
        summary: 'Builds the server side of websites and apps, with its databases and APIs.',
      },
    },
    family: { data: { name: 'Software engineering' } },
    salaries: salaries.map((f) => ({ ...f, older: false, source: { data: bls.data } })),
  }) as unknown as RoleArg;

describe('preview cards', () => {
  it('lead a role card with the headline salary, its region, year and source', () => {
    const card = roleCard(
      role([
        figure({ id: 'old', amount: 90000, year: 2020, supersededBy: 'new' }),
        figure({ id: 'new', amount: 130160, year: 2023 }),
      ]),
      'Career Atlas',
    );
    assert.equal(card.eyebrow, 'Software engineering');
    assert.deepEqual(card.highlight, {
      label: 'Median pay',
      value: '$130,160 a year',
      detail: 'United States · 2023',
      source: 'BLS',
    });
  });

  it('name a range as a range, and the level when the figure is for one', () => {
    const card = roleCard(
      role([
        figure({
          id: 'fr',
          region: 'FR',
          currency: 'EUR',
          level: 'senior',
          statistic: 'range',
          amount: undefined,
          min: 55000,
          max: 70000,
          year: 'undated',
        }),
      ]),
      'Career Atlas',
    );
    assert.deepEqual(card.highlight, {
      label: 'Pay range',
      value: '€55,000–€70,000 a year',
      detail: 'Senior · France · Undated',
      source: 'BLS',
    });
  });

  it('say so when a role has no sourced figure, instead of estimating one', () => {
    assert.equal(roleCard(role([]), 'Career Atlas').highlight?.value, 'No sourced figure yet');
  });

  it('date a guide by its update when it has one', () => {
    const data = {
      title: 'T',
      description: 'D',
      published: new Date('2026-11-17'),
      updated: new Date('2026-12-02'),
      author: 'Career Atlas editors',
    };
    const card = guideCard({ data } as Parameters<typeof guideCard>[0], 'Career Atlas');
    assert.deepEqual(card.highlight, {
      label: 'Updated',
      value: 'December 2, 2026',
      detail: 'By Career Atlas editors',
    });
  });

  it('give the image alt text everything the card shows', () => {
    const card = siteCard(
      { name: 'Career Atlas', tagline: 'Sourced profiles', description: 'D' },
      { roles: 15, guides: 5, sources: 8 },
    );
    assert.equal(
      cardAlt(card),
      'Career Atlas card. Sourced profiles. Inside: 15 role profiles (5 guides · 8 cited sources).',
    );
    const withFamily = roleCard(role([figure({ id: 'a', amount: 100 })]), 'Career Atlas');
    assert.equal(
      cardAlt(withFamily),
      'Career Atlas card. Software engineering: Back-end developer. Median pay: $100 a year (United States · 2023; source: BLS).',
    );
  });

  it('shrink long titles and give them a third line', () => {
    assert.ok(textSizes('x'.repeat(70)).title < textSizes('Back-end developer').title);
    assert.equal(textSizes('x'.repeat(70)).titleLines, 3);
  });
});
