/**
 * The one social card every page type shares (1200×630 PNG, drawn offline with the bundled fonts):
 * the site's name on top, a kicker and a title in the middle, a line at the foot. Each route says only
 * what its page is; the look lives here.
 */
import { ImageResponse } from 'next/og';
import { drawableText, OG_SIZE, ogFonts } from './og';

export interface OgCard {
  siteName: string;
  /** Above the title: a post's category, "Author", "Topic"… */
  kicker?: string;
  title: string;
  /** At the foot: the author with credentials, a job title, a description. */
  footer?: string;
}

/** How long each part may be before it is cut at a word, in characters. */
const MAX = { siteName: 60, kicker: 40, title: 120, footer: 110 } as const;

export async function ogCardResponse(card: OgCard): Promise<ImageResponse> {
  const siteName = drawableText(card.siteName, MAX.siteName);
  const title = drawableText(card.title, MAX.title) || siteName;
  const kicker = card.kicker ? drawableText(card.kicker, MAX.kicker) : '';
  const footer = card.footer ? drawableText(card.footer, MAX.footer) : '';
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '64px 72px',
        background: '#f7f5f0',
        borderLeft: '24px solid #2f5d50',
        color: '#1f2a27',
        fontFamily: 'Noto Sans',
      }}
    >
      <div style={{ display: 'flex', fontSize: 30, fontWeight: 700, color: '#2f5d50' }}>{siteName}</div>
      <div style={{ display: 'flex', flexDirection: 'column' }}>
        {kicker ? <div style={{ display: 'flex', fontSize: 28, color: '#4d5b57', marginBottom: 16 }}>{kicker}</div> : null}
        <div style={{ display: 'flex', fontSize: title.length > 70 ? 52 : 64, fontWeight: 700, lineHeight: 1.15 }}>{title}</div>
      </div>
      <div style={{ display: 'flex', fontSize: 30, color: '#1f2a27' }}>{footer}</div>
    </div>,
    { ...OG_SIZE, fonts: await ogFonts() },
  );
}
