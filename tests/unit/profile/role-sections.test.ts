// Which sections a role profile shows, in which order, and what its "not covered" line names.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  coverageOf,
  profileSectionIds,
  profileSections,
  type LinkedCoverage,
  type RoleFields,
} from '../../../src/lib/profile/role-sections.ts';

// Skills are ids of content/skills.yaml; their kind comes from there.
const kinds: Record<string, string> = { sql: 'technical', patience: 'personal', leadership: 'personal' };
const none = { progression: 0, guides: 0, skillKind: (id: string) => kinds[id] };
const full: RoleFields = {
  duties: ['Writes code'],
  problems: ['Slow pages'],
  skills: [{ skill: 'sql' }, { skill: { id: 'patience' }, detail: 'With users' }],
  technologies: [{ technology: 'go' }],
  education: { typical: 'A degree', routes: [{ kind: 'degree' }], certifications: ['AWS'] },
  workEnvironment: { setting: 'Offices', colleagues: ['Testers'], equipment: [] },
  salaries: [{ id: 'a' }],
  outlook: [{ id: 'b' }],
  related: ['x'],
  faqs: [{ question: 'Q', answer: 'A' }],
};
const ids = (fields: RoleFields, linked: LinkedCoverage = none) =>
  profileSections(coverageOf(fields, linked)).shown.map((s) => s.id);

describe('profileSections', () => {
  test('a full profile shows every section, in the order readers look for them', () => {
    assert.deepEqual(ids(full, { ...none, progression: 2, guides: 1 }), [
      'duties',
      'salary',
      'outlook',
      'education',
      'skills',
      'technologies',
      'work-environment',
      'problems',
      'progression',
      'related-roles',
      'guides',
      'faq',
      'sources',
    ]);
    assert.deepEqual(profileSections(coverageOf(full, { ...none, progression: 2, guides: 1 })).notCovered, []);
    assert.deepEqual(ids(full, { ...none, progression: 2, guides: 1 }), [...profileSectionIds]);
  });

  test('an empty profile shows only its sources and names what no source covers, in page order', () => {
    const { shown, notCovered } = profileSections(coverageOf({}, none));
    assert.deepEqual(
      shown.map((s) => s.id),
      ['sources'],
    );
    assert.deepEqual(notCovered, [
      'duties',
      'pay',
      'job outlook',
      'education and routes in',
      'certifications',
      'skills',
      'technologies',
      'work environment',
      'problems it solves',
      'career progression',
    ]);
  });

  test('a section with nothing in it is left out and named instead (the CTO has no technologies)', () => {
    const cto: RoleFields = { duties: ['Manages'], skills: [{ skill: 'leadership' }], technologies: [] };
    const { shown, notCovered } = profileSections(coverageOf(cto, { ...none, progression: 2, guides: 0 }));
    assert.ok(!shown.some((s) => s.id === 'technologies'));
    assert.ok(notCovered.includes('technologies'));
    // Skills are shown for what is there; the missing half is named.
    assert.ok(shown.some((s) => s.id === 'skills'));
    assert.ok(notCovered.includes('technical skills') && !notCovered.includes('skills'));
  });

  test('the education section is titled for what it holds', () => {
    const title = (education: RoleFields['education']) =>
      profileSections(coverageOf({ education }, none)).shown.find((s) => s.id === 'education')?.title;
    assert.equal(title({ typical: 'A degree', certifications: ['AWS'] }), 'Education and certifications');
    assert.equal(title({ routes: [{}] }), 'Education');
    assert.equal(title({ certifications: ['AWS'] }), 'Certifications');
    assert.equal(title({ typical: '  ', routes: [], certifications: [] }), undefined);
  });

  test('related roles, guides and questions are the site’s own: absent, not "not covered"', () => {
    const { notCovered } = profileSections(coverageOf({}, none));
    for (const topic of notCovered) assert.doesNotMatch(topic, /related|guide|question/);
  });

  test('pay, outlook and education show for what official statistics bring, even with nothing in the role file', () => {
    const official = { progression: 0, guides: 0, official: { salaries: 2, outlook: 1, entry: 1 } };
    assert.deepEqual(ids({}, official).slice(0, 3), ['salary', 'outlook', 'education']);
    assert.ok(!ids({ outlook: [] }).includes('outlook'));
  });
});

describe('coverageOf', () => {
  test('counts what the data holds, and reads data that failed its schema without throwing', () => {
    const coverage = coverageOf(full, { ...none, progression: 3, guides: 2 });
    assert.equal(coverage.technologies, 1);
    // A skill written as an id or as a resolved reference counts under the kind its entry gives.
    assert.equal(coverage.technicalSkills, 1);
    assert.equal(coverage.softSkills, 1);
    assert.equal(coverage.education, 2);
    assert.equal(coverage.workEnvironment, 2);
    assert.equal(coverage.progression, 3);
    const broken = {
      duties: 'not a list',
      skills: { technical: ['an old shape'] },
      workEnvironment: 'x',
      technologies: null,
    } as unknown as RoleFields;
    assert.deepEqual(
      { duties: coverageOf(broken, none).duties, work: coverageOf(broken, none).workEnvironment },
      { duties: 0, work: 0 },
    );
  });
});
