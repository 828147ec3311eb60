import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { articleJsonLd } from '../../../src/lib/jsonld/article.ts';
import { breadcrumbListJsonLd } from '../../../src/lib/jsonld/breadcrumb-list.ts';
import { occupationJsonLd } from '../../../src/lib/jsonld/occupation.ts';
import { currentFigures, salaryDistribution } from '../../../src/lib/jsonld/salary-distribution.ts';
import { serializeJsonLd } from '../../../src/lib/jsonld/serialize.ts';
import { websiteJsonLd } from '../../../src/lib/jsonld/website.ts';
import { salaryFigure as figure, recruiter } from '../support/salary-figures.ts';
import { occupation } from '../support/seo-fixtures.ts';

const page = new URL('https://example.org/atlas/roles/backend-developer/');
const site = new URL('https://example.org/atlas/');

describe('salaryDistribution', () => {
  it('puts a median in `median`, with currency and an ISO 8601 duration', () => {
    const data = salaryDistribution(figure({ id: 'bls-2023', amount: 130160 }), page);
    assert.equal(data['@type'], 'MonetaryAmountDistribution');
    assert.equal(data.currency, 'USD');
    assert.equal(data.duration, 'P1Y');
    assert.equal(data.median, 130160);
    assert.equal(data['@id'], `${page.href}#figure-bls-2023`);
    assert.equal('minValue' in data || 'value' in data, false);
  });

  it('keeps the ends of a range as minValue/maxValue, never as invented percentiles', () => {
    const data = salaryDistribution(
      figure({
        id: 'fr',
        region: 'FR',
        currency: 'EUR',
        statistic: 'range',
        amount: undefined,
        min: 35000,
        max: 48000,
        source: recruiter,
      }),
      page,
    );
    assert.deepEqual(data['@type'], ['MonetaryAmountDistribution', 'MonetaryAmount']);
    assert.equal(data.currency, 'EUR');
    assert.equal(data.minValue, 35000);
    assert.equal(data.maxValue, 48000);
    for (const key of ['median', 'percentile10', 'percentile90']) assert.equal(key in data, false, key);
  });

  it('gives an hourly average as `value` with duration PT1H', () => {
    const data = salaryDistribution(
      figure({ id: 'avg', period: 'hour', statistic: 'average', amount: 47.36, year: 'undated' }),
      page,
    );
    assert.equal(data.duration, 'PT1H');
    assert.equal(data.value, 47.36);
    assert.equal('median' in data, false);
    assert.match(String(data.name), /Average an hour, all levels, United States, undated \(BLS\)/);
  });

  it('names the figure by statistic, period, level, region, date and source', () => {
    const data = salaryDistribution(
      figure({
        id: 'x',
        level: 'senior',
        region: 'GB',
        currency: 'GBP',
        asOf: 'May 2023',
        basis: 'gross',
        scope: 'Seniors only',
      }),
      page,
    );
    assert.equal(data.name, 'Median a year, gross, senior, United Kingdom, May 2023 (BLS)');
    assert.equal(data.description, 'Seniors only');
  });
});

describe('currentFigures', () => {
  it('leaves out figures a newer one supersedes', () => {
    const kept = currentFigures([figure({ id: 'new' }), figure({ id: 'old', supersededBy: 'new' })]);
    assert.deepEqual(
      kept.map((f) => f.id),
      ['new'],
    );
  });
});

describe('occupationJsonLd', () => {
  it('builds the Occupation from the role data', () => {
    const data = occupationJsonLd(
      occupation({
        salaries: [
          figure({ id: 'us' }),
          figure({ id: 'us-old', supersededBy: 'us' }),
          figure({ id: 'ok', region: 'US-OK' }),
        ],
      }),
      page,
    );
    assert.equal(data['@type'], 'Occupation');
    assert.equal(data.name, 'Back-end developer');
    assert.deepEqual(data.alternateName, ['Backend engineer']);
    assert.deepEqual(data.mainEntityOfPage, {
      '@type': 'WebPage',
      '@id': page.href,
      url: page.href,
      lastReviewed: '2026-11-23',
    });
    assert.deepEqual(
      (data.estimatedSalary as { '@id': string }[]).map((s) => s['@id'].split('#')[1]),
      ['figure-us', 'figure-ok'],
    );
    assert.deepEqual(
      (data.occupationLocation as { identifier: string }[]).map((p) => p.identifier),
      ['US', 'US-OK'],
    );
    assert.deepEqual(data.occupationalCategory, [
      {
        '@type': 'CategoryCode',
        codeValue: '15-1252',
        name: 'Software Developers',
        inCodeSet: {
          '@type': 'CategoryCodeSet',
          name: '2018 Standard Occupational Classification (SOC)',
          url: 'https://www.bls.gov/soc/2018/',
        },
      },
    ]);
    assert.equal(data.educationRequirements, "Bachelor's degree");
    assert.equal(data.skills, undefined, 'the skills are the page’s own list, not repeated');
    assert.equal(data.responsibilities, undefined, 'the duties are the page’s own list, not repeated');
  });

  it('leaves out what the sources do not state instead of publishing the placeholder', () => {
    const data = JSON.parse(
      serializeJsonLd(
        occupationJsonLd(
          occupation({
            aliases: [],
            occupations: [],
            education: { typical: "Not stated by the site's sources yet", routes: [], certifications: [] },
          }),
          page,
        ),
      ),
    );
    for (const key of [
      'educationRequirements',
      'alternateName',
      'occupationalCategory',
      'estimatedSalary',
      'occupationLocation',
      'qualifications',
    ]) {
      assert.equal(key in data, false, key);
    }
  });
});

describe('breadcrumbListJsonLd', () => {
  const trail = [
    { label: 'Home', href: '/atlas/' },
    { label: 'Roles', href: '/atlas/roles/' },
    { label: 'Back-end developer', href: '/atlas/roles/backend-developer/' },
  ];

  it('lists the visible trail in order with absolute links', () => {
    const data = breadcrumbListJsonLd(trail, site)!;
    assert.deepEqual(data.itemListElement, [
      { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://example.org/atlas/' },
      { '@type': 'ListItem', position: 2, name: 'Roles', item: 'https://example.org/atlas/roles/' },
      {
        '@type': 'ListItem',
        position: 3,
        name: 'Back-end developer',
        item: 'https://example.org/atlas/roles/backend-developer/',
      },
    ]);
  });

  it('is absent on a top-level page', () => {
    assert.equal(breadcrumbListJsonLd(trail.slice(0, 1), site), undefined);
  });
});

describe('articleJsonLd', () => {
  const guide = {
    title: 'How to start',
    description: 'x'.repeat(60),
    published: new Date('2026-11-17'),
    updated: undefined,
    author: 'Career Atlas editors',
    tags: ['education'],
  };
  const image = new URL('https://example.org/atlas/og/guides/how-to-start.png');
  const publisher = { name: 'Career Atlas', url: site };

  it('carries headline, dates, author, publisher and image', () => {
    const data = articleJsonLd(guide, page, image, publisher);
    assert.equal(data.headline, 'How to start');
    assert.equal(data.datePublished, '2026-11-17');
    assert.equal(data.dateModified, '2026-11-17');
    assert.deepEqual(data.author, { '@type': 'Organization', name: 'Career Atlas editors', url: site.href });
    assert.equal(data.image, image.href);
  });

  it('uses the update date as dateModified and a Person for a personal byline', () => {
    const data = articleJsonLd(
      { ...guide, updated: new Date('2026-12-01'), author: 'Ada Lovelace' },
      page,
      image,
      publisher,
    );
    assert.equal(data.dateModified, '2026-12-01');
    assert.deepEqual(data.author, { '@type': 'Person', name: 'Ada Lovelace' });
  });
});

describe('websiteJsonLd', () => {
  it('points its SearchAction at the search page with ?q=', () => {
    const data = websiteJsonLd({
      name: 'Career Atlas',
      description: 'd',
      home: site,
      search: new URL('search/', site),
    });
    const action = data.potentialAction as { target: { urlTemplate: string }; 'query-input': string };
    assert.equal(action.target.urlTemplate, 'https://example.org/atlas/search/?q={search_term_string}');
    assert.equal(action['query-input'], 'required name=search_term_string');
  });
});

describe('serializeJsonLd', () => {
  it('cannot close its script element early, and parses back to the same data', () => {
    const data = { '@type': 'Thing', name: '</script><script>alert(1)</script> & more' };
    const text = serializeJsonLd(data);
    assert.equal(/<\/script/i.test(text), false);
    assert.deepEqual(JSON.parse(text), data);
  });
});
