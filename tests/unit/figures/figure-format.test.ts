import assert from 'node:assert/strict';
import { it } from 'node:test';

// Intl formatters are expensive to create; rendering thousands of pages must reuse them.
it('formats money, counts and dates without creating a formatter per call', async () => {
  let created = 0;
  const RealNumberFormat = Intl.NumberFormat;
  const RealDateTimeFormat = Intl.DateTimeFormat;
  const count = <T extends object>(Real: T) =>
    new Proxy(Real, {
      construct(target, args) {
        created++;
        return Reflect.construct(target as never, args);
      },
    });
  Intl.NumberFormat = count(RealNumberFormat);
  Intl.DateTimeFormat = count(RealDateTimeFormat);
  try {
    const { formatCount, formatMoney } = await import('../../../src/lib/figures/figure-format.ts');
    const { formatDate } = await import('../../../src/lib/page/dates.ts');
    const before = created;
    for (let i = 0; i < 100; i++) {
      assert.equal(formatMoney(130160, 'USD'), '$130,160');
      assert.equal(formatMoney(35000.5, 'EUR'), '€35,000.50');
      assert.equal(formatCount(1897100), '1,897,100');
      assert.equal(formatDate(new Date('2024-05-01T00:00:00Z')), 'May 1, 2024');
    }
    // At most one per currency and precision; none for counts and dates after the module loaded.
    assert.ok(created - before <= 2, `${created - before} formatters created for 400 calls`);
  } finally {
    Intl.NumberFormat = RealNumberFormat;
    Intl.DateTimeFormat = RealDateTimeFormat;
  }
});
