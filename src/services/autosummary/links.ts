import { canonicalizeUrl } from '../urls.js';

/** Cards per message: a link dump gets the first few, not a wall of embeds. */
export const MAX_LINKS_PER_MESSAGE = 3;

// What Discord itself turns into a link: http(s) up to whitespace or "<" / ">" (a <url> is still a link).
const URL_PATTERN = /https?:\/\/[^\s<>]+/gi;
// Markdown around a link that is not part of it: **bold**, _italic_, ||spoiler||, end-of-sentence punctuation.
const TRAILING_NOISE = /[.,:;!?'"*_~|]$/;
// Code is quoted text, not something the member is sharing; Discord doesn't link it either.
const CODE = /```[\s\S]*?```|`[^`\n]*`/g;

// Files that are never an article page; the fetcher's content-type check would refuse them too,
// but only after a request, and a shared screenshot should cost nothing.
const FILE_EXTENSIONS = new Set([
  'png',
  'jpg',
  'jpeg',
  'gif',
  'webp',
  'avif',
  'svg',
  'bmp',
  'ico',
  'heic',
  'tif',
  'tiff',
  'mp4',
  'webm',
  'mov',
  'mkv',
  'avi',
  'm4v',
  'gifv',
  'm3u8',
  'mp3',
  'ogg',
  'oga',
  'wav',
  'flac',
  'm4a',
  'aac',
  'opus',
  'pdf',
  'zip',
  'gz',
  'tgz',
  'tar',
  '7z',
  'rar',
  'exe',
  'msi',
  'dmg',
  'apk',
  'iso',
  'bin',
  'doc',
  'docx',
  'xls',
  'xlsx',
  'ppt',
  'pptx',
  'csv',
  'json',
  'xml',
  'txt',
  'js',
  'css',
]);

// Discord's own links (messages, invites, attachments) and hosts whose pages are players for
// video, GIFs or audio: there is no article to summarize there.
const NON_ARTICLE_HOSTS = [
  'discord.com',
  'discordapp.com',
  'discord.gg',
  'discord.media',
  'discordapp.net',
  'discord.new',
  'discord.gift',
  'youtube.com',
  'youtu.be',
  'vimeo.com',
  'twitch.tv',
  'tiktok.com',
  'tenor.com',
  'giphy.com',
  'spotify.com',
  'soundcloud.com',
];

/** Strip markdown and punctuation that Discord's linkifier would also leave out of the link. */
function trimLink(raw: string): string {
  let url = raw;
  for (;;) {
    if (TRAILING_NOISE.test(url)) url = url.slice(0, -1);
    else if (url.endsWith(')') && count(url, '(') < count(url, ')')) url = url.slice(0, -1);
    else if (url.endsWith(']') && count(url, '[') < count(url, ']')) url = url.slice(0, -1);
    else return url;
  }
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}

/** True for links that point at a file, a media player or Discord itself rather than a page to read. */
export function isNonArticleUrl(url: URL): boolean {
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  if (NON_ARTICLE_HOSTS.some((known) => host === known || host.endsWith(`.${known}`))) return true;
  const lastSegment = url.pathname.split('/').pop() ?? '';
  const dot = lastSegment.lastIndexOf('.');
  return dot > 0 && FILE_EXTENSIONS.has(lastSegment.slice(dot + 1).toLowerCase());
}

/**
 * The article links in a message, as canonical URLs: in order of appearance, each once, code
 * spans and non-article links (files, media, Discord) left out, at most `max`.
 */
export function findArticleLinks(text: string, max = MAX_LINKS_PER_MESSAGE): string[] {
  const found: string[] = [];
  for (const [raw] of text.replace(CODE, ' ').matchAll(URL_PATTERN)) {
    let url: URL;
    try {
      url = new URL(trimLink(raw));
      if (isNonArticleUrl(url)) continue;
      const canonical = canonicalizeUrl(url.href);
      if (!found.includes(canonical)) found.push(canonical);
    } catch {
      continue; // not a usable address (no domain, bad characters): Discord wouldn't link it either
    }
    if (found.length >= max) break;
  }
  return found;
}
