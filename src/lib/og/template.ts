import { cardSize, type Card } from './card.ts';

/** The element tree satori lays out: React-element-shaped plain objects, so no JSX runtime is needed. */
export interface CardNode {
  type: string;
  props: {
    style?: Record<string, string | number>;
    children?: string | CardNode | (string | CardNode)[];
    [key: string]: unknown;
  };
}

const h = (
  type: string,
  style: Record<string, string | number>,
  children?: CardNode['props']['children'],
  extra: Record<string, unknown> = {},
): CardNode => ({
  type,
  props: { style, children, ...extra },
});

// The site's own palette (src/styles/global.css), so a shared link looks like the page it opens.
const colors = {
  ink: '#0a2233',
  accent: '#0b5e8c',
  accentStrong: '#084566',
  paper: '#fbfaf8',
  soft: '#cfe6f3',
  muted: '#545a66',
};

/** The favicon's mark, drawn as an SVG image so the card needs no file from public/. */
const logo = `data:image/svg+xml;utf8,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="#ffffff"/><path d="M9 22V10h6.5a4 4 0 0 1 0 8H12m5 0 5 4" fill="none" stroke="#0b5e8c" stroke-width="3" stroke-linecap="round" stroke-linejoin="round"/></svg>',
)}`;

/** Long titles get a smaller size and a third line; the summary gives up a line to make room. */
export function textSizes(title: string): { title: number; titleLines: number; summary: number; summaryLines: number } {
  if (title.length <= 28) return { title: 76, titleLines: 2, summary: 30, summaryLines: 3 };
  if (title.length <= 50) return { title: 64, titleLines: 2, summary: 30, summaryLines: 3 };
  return { title: 52, titleLines: 3, summary: 27, summaryLines: 2 };
}

export function cardTemplate(card: Card): CardNode {
  const header = h('div', { display: 'flex', alignItems: 'center', justifyContent: 'space-between', width: '100%' }, [
    h('div', { display: 'flex', alignItems: 'center', gap: 18 }, [
      h('img', { width: 52, height: 52 }, undefined, { src: logo, width: 52, height: 52 }),
      h('div', { fontSize: 32, fontWeight: 700, color: '#ffffff', letterSpacing: -0.5 }, card.siteName),
    ]),
    !card.eyebrow
      ? h('div', { display: 'flex' })
      : h(
          'div',
          {
            fontSize: 24,
            fontWeight: 600,
            color: colors.soft,
            textTransform: 'uppercase',
            letterSpacing: 2,
            border: `2px solid ${colors.soft}`,
            borderRadius: 999,
            padding: '8px 22px',
          },
          card.eyebrow,
        ),
  ]);

  const size = textSizes(card.title);
  const body = h('div', { display: 'flex', flexDirection: 'column', gap: 22, marginTop: 44 }, [
    h(
      'div',
      {
        fontSize: size.title,
        fontWeight: 800,
        color: '#ffffff',
        lineHeight: 1.1,
        letterSpacing: -1.5,
        lineClamp: size.titleLines,
      },
      card.title,
    ),
    h(
      'div',
      { fontSize: size.summary, fontWeight: 400, color: colors.soft, lineHeight: 1.4, lineClamp: size.summaryLines },
      card.summary,
    ),
  ]);

  const highlight = card.highlight
    ? h(
        'div',
        {
          display: 'flex',
          alignItems: 'flex-end',
          gap: 28,
          background: colors.paper,
          borderRadius: 18,
          padding: '22px 32px',
          boxShadow: '0 8px 24px rgba(0, 0, 0, 0.25)',
        },
        [
          // The figure never wraps; the detail beside it takes what room is left.
          h('div', { display: 'flex', flexDirection: 'column', flexShrink: 0 }, [
            h(
              'div',
              { fontSize: 22, fontWeight: 600, color: colors.accent, textTransform: 'uppercase', letterSpacing: 1.5 },
              card.highlight.label,
            ),
            h(
              'div',
              { fontSize: 44, fontWeight: 800, color: colors.ink, letterSpacing: -1, whiteSpace: 'nowrap' },
              card.highlight.value,
            ),
          ]),
          h(
            'div',
            {
              display: 'flex',
              flexDirection: 'column',
              flex: 1,
              minWidth: 0,
              fontSize: 24,
              color: colors.muted,
              lineHeight: 1.35,
              paddingBottom: 7,
            },
            [
              h('div', {}, card.highlight.detail),
              ...(card.highlight.source ? [h('div', {}, `Source: ${card.highlight.source}`)] : []),
            ],
          ),
        ],
      )
    : h('div', { display: 'flex' });

  return h(
    'div',
    {
      width: cardSize.width,
      height: cardSize.height,
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '56px 72px 60px',
      fontFamily: 'Inter',
      backgroundColor: colors.accentStrong,
      backgroundImage: `linear-gradient(135deg, ${colors.ink} 0%, ${colors.accentStrong} 45%, ${colors.accent} 100%)`,
    },
    [h('div', { display: 'flex', flexDirection: 'column' }, [header, body]), highlight],
  );
}
