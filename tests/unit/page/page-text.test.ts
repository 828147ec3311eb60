import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fitDescription, inSentence, withArticle } from '../../../src/lib/page/page-text.ts';

test('a title reads mid-sentence without a capital, unless its first word is an acronym or a name', () => {
  assert.equal(inSentence('Back-end developer'), 'back-end developer');
  assert.equal(inSentence('DevOps engineer'), 'DevOps engineer');
  assert.equal(inSentence('CTO'), 'CTO');
  assert.equal(inSentence('IT director'), 'IT director');
});

test('the article follows the sound of the first word', () => {
  assert.equal(withArticle('DevOps engineer'), 'a DevOps engineer');
  assert.equal(withArticle('Engineering manager'), 'an engineering manager');
  assert.equal(withArticle('IT director'), 'an IT director');
  assert.equal(withArticle('CTO'), 'a CTO');
  assert.equal(withArticle('Site reliability engineer'), 'a site reliability engineer');
});

test('a description is the first wording of 50–160 characters', () => {
  const long = 'x'.repeat(161);
  const fits = 'A description that is long enough to be shown by search engines.';
  assert.equal(fitDescription('/p/', [long, fits, 'short']), fits);
  assert.throws(() => fitDescription('/p/', [long, 'short']), /\/p\/: no description of 50–160 characters/);
});
