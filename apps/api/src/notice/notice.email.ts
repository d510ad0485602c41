import { noticeDigestSubject } from '@gj/domain';

export interface EmailNotice {
  title: string;
  body: string;
  /** Path in the web app ("/ciclo?anio=2024&mes=5&entidad=PCM"). */
  link: string;
}

export interface ComposedEmail {
  subject: string;
  text: string;
  html: string;
}

const FOOTER = 'Este es un aviso automático de Gobernando Juntas. Puede ver todos sus avisos en la campana de la aplicación. No responda a este correo.';

/** Comments come from people: everything user-written is escaped before it enters the HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const paragraphs = (text: string) =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p style="margin:0 0 12px">${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('');

/**
 * One e-mail for one account's pending notices, in Spanish, plain text and HTML: one notice keeps
 * its own title as subject; several leave as a digest listing each. Links are absolute.
 */
export function composeNoticeEmail(notices: readonly EmailNotice[], publicUrl: string): ComposedEmail {
  const items = notices.map((n) => ({ ...n, url: `${publicUrl.replace(/\/+$/, '')}${n.link}` }));
  const single = items.length === 1;
  const subject = single ? items[0]!.title : noticeDigestSubject(items.length);
  const intro = single ? null : `Tiene ${items.length} avisos nuevos en Gobernando Juntas:`;

  const text = [
    ...(intro ? [intro] : []),
    ...items.map((n, i) => `${single ? '' : `${i + 1}. `}${n.title}\n\n${n.body}\n\nVer en Gobernando Juntas: ${n.url}`),
    `--\n${FOOTER}`,
  ].join(single ? '\n\n' : '\n\n\n');

  const html = [
    '<!doctype html><html lang="es"><head><meta charset="utf-8"><title>',
    escapeHtml(subject),
    '</title></head><body style="font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.45;color:#1f2937">',
    intro ? `<p style="margin:0 0 16px">${escapeHtml(intro)}</p>` : '',
    ...items.map(
      (n) =>
        `<div style="margin:0 0 24px"><h2 style="font-size:17px;margin:0 0 8px">${escapeHtml(n.title)}</h2>${paragraphs(n.body)}` +
        `<p style="margin:0"><a href="${escapeHtml(n.url)}">Ver en Gobernando Juntas</a></p></div>`,
    ),
    `<hr style="border:none;border-top:1px solid #d1d5db"><p style="font-size:12px;color:#6b7280">${escapeHtml(FOOTER)}</p>`,
    '</body></html>',
  ].join('');

  return { subject, text, html };
}
