import { schemaContext, type JsonLd } from './serialize.ts';

export interface Faq {
  question: string;
  answer: string;
}

/** The role's questions and answers, exactly as the page prints them (h3 + p). Undefined when there are none. */
export function faqPageJsonLd(faqs: Faq[], page: URL): JsonLd | undefined {
  if (faqs.length === 0) return undefined;
  return {
    '@context': schemaContext,
    '@type': 'FAQPage',
    '@id': `${page.href}#faq`,
    url: page.href,
    mainEntity: faqs.map((faq) => ({
      '@type': 'Question',
      name: faq.question,
      acceptedAnswer: { '@type': 'Answer', text: faq.answer },
    })),
  };
}
