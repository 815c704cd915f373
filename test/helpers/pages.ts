import type { Handler } from './http-server.js';

/** A minimal article page with the given title and body paragraphs, for pages the fixture site lacks. */
export function articlePage(title: string, paragraphs: string[]): Handler {
  const body = paragraphs.map((paragraph) => `<p>${paragraph}</p>`).join('\n');
  return (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(
      `<!doctype html><html lang="en"><head><title>${title}</title><meta property="og:title" content="${title.replace(/"/g, '&quot;')}"></head><body><article><h1>${title}</h1>${body}</article></body></html>`,
    );
  };
}

/** A response of any type and status, for fault pages. */
export function respond(status: number, contentType: string, body: string | Buffer = ''): Handler {
  return (_req, res) => {
    res.writeHead(status, { 'content-type': contentType });
    res.end(body);
  };
}

/** A page whose headers never come: the fetcher's deadline must end it. */
export const neverAnswers: Handler = () => undefined;

/** Ordinary news prose, n sentences long, for bodies that need some length. */
export function newsParagraphs(topic: string, count: number): string[] {
  return Array.from(
    { length: count },
    (_, i) =>
      `Officials said the ${topic} review reached stage ${i + 1} this week. The report describes how the ${topic} plan changed after public hearings in several cities. Critics argued the ${topic} timeline was too short for a full audit.`,
  );
}
