// Axis labels and panel titles for pay charts. Formatters are costly to create, so each is made
// once per currency and reused for every page of the build.
const compactFormats = new Map<string, Intl.NumberFormat>();
const currencyNames = new Map<string, string>();

/** "$130K", "€45K", "$60": short enough for an axis tick. */
export function compactMoney(amount: number, currency: string): string {
  let format = compactFormats.get(currency);
  if (!format) {
    format = new Intl.NumberFormat('en-US', {
      style: 'currency',
      currency,
      notation: 'compact',
      maximumFractionDigits: 1,
    });
    compactFormats.set(currency, format);
  }
  return format.format(amount);
}

/** The currency's plural name, as a reader says it: "US dollars", "euros". */
export function currencyPlural(currency: string): string {
  let name = currencyNames.get(currency);
  if (!name) {
    const parts = new Intl.NumberFormat('en-US', {
      style: 'currency',
      currency,
      currencyDisplay: 'name',
    }).formatToParts(2);
    name = parts.find((p) => p.type === 'currency')?.value ?? currency;
    currencyNames.set(currency, name);
  }
  return name;
}
