/**
 * Which links may be offered as "related": articles, not site furniture. A link is refused when it
 * shares, logs in, subscribes, or indexes (tag, topic, author, section pages, the home page).
 */

/** Hosts whose links share or follow rather than inform. */
const SOCIAL_HOST =
  /(?:^|\.)(?:facebook\.com|fb\.com|twitter\.com|x\.com|t\.co|linkedin\.com|pinterest\.[a-z.]+|reddit\.com|whatsapp\.com|wa\.me|t\.me|telegram\.me|instagram\.com|tiktok\.com|vk\.com|weibo\.com|line\.me|tumblr\.com|flipboard\.com|getpocket\.com|news\.ycombinator\.com|plus\.google\.com|addthis\.com|sharethis\.com)$/;

/** Path segments of share, account and index pages. */
const FURNITURE_SEGMENT =
  /^(?:share|sharer|sharer\.php|intent|login|log-in|signin|sign-in|signup|sign-up|register|logout|account|my-account|profile|subscribe|subscription|newsletters?|auth|oauth|tag|tags|topic|topics|category|categories|author|authors|section|sections|search|feed|rss|about|contact|privacy|terms|cookies?)$/i;

/** Whether `url` (absolute) is on a social network or share service. */
export function isSocialLink(url: string): boolean {
  try {
    return SOCIAL_HOST.test(new URL(url).hostname.toLowerCase());
  } catch {
    return false;
  }
}

/** Whether `url` (absolute) can be a related article. */
export function isArticleLink(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (SOCIAL_HOST.test(parsed.hostname.toLowerCase())) return false;
  const segments = parsed.pathname.split('/').filter((segment) => segment.length > 0);
  if (segments.length === 0) return false;
  if (segments.some((segment) => FURNITURE_SEGMENT.test(segment))) return false;
  if (/[?&](?:share|shareurl|u|url)=/i.test(parsed.search)) return false;
  // A lone short word ("/ai", "/politics") is a section front, not an article.
  return !(segments.length === 1 && /^[a-z]+$/i.test(segments[0]!));
}
