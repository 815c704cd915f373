/**
 * Expected failures are values with a kind; bugs are plain exceptions.
 * `userMessage` maps every kind to short text fit for a Discord user or a terminal, in one place.
 */
export type FailureKind =
  | 'invalid-url'
  | 'blocked-address'
  | 'blocked-port'
  | 'timeout'
  | 'too-large'
  | 'not-html'
  | 'http-status'
  | 'too-many-redirects'
  | 'network'
  | 'empty-article'
  | 'not-a-feed'
  | 'feed-parse'
  | 'invalid-filter'
  | 'not-opml';

export class FailureError extends Error {
  override name = 'FailureError';
  constructor(
    readonly kind: FailureKind,
    message: string,
    /** Extra facts for the user text: the HTTP status, the content type that was refused. */
    readonly detail: {
      status?: number;
      contentType?: string;
      retryAfterSeconds?: number;
      /** 'reading': a timeout spent extracting or summarizing a page we already have, not waiting for it. */
      reason?: 'credentials' | 'redirect' | 'reading';
    } = {},
  ) {
    super(message);
  }
}

export function isFailure(error: unknown): error is FailureError {
  return error instanceof FailureError;
}

/** Types named in words rather than by the rules below (the binary sniff reports most of them). */
const NAMED_TYPES: Record<string, string> = {
  'application/pdf': 'a PDF',
  'application/zip': 'a ZIP archive',
  'application/gzip': 'a compressed file',
  'application/x-7z-compressed': 'a compressed file',
  'application/x-xz': 'a compressed file',
  'application/x-executable': 'a program',
  'application/wasm': 'a program',
  'application/octet-stream': 'a binary file',
};

/** A content type as a person would name it: "a PDF", "an image", "a video". */
function describeContentType(contentType = ''): string {
  const type = (contentType.split(';')[0] ?? '').trim().toLowerCase();
  const named = NAMED_TYPES[type];
  if (named) return named;
  if (type.startsWith('image/')) return 'an image';
  if (type.startsWith('video/')) return 'a video';
  if (type.startsWith('audio/')) return 'an audio file';
  if (type.includes('json')) return 'JSON data';
  if (type === '') return 'an unknown kind of file';
  return `a ${type} file`;
}

/** The one place that turns a failure into words for a user. */
export function userMessage(error: FailureError): string {
  switch (error.kind) {
    case 'invalid-url':
      if (error.detail.reason === 'credentials') return "Links with a user name or password in them can't be read.";
      if (error.detail.reason === 'redirect') return 'That page redirects to an address that is not a web page.';
      return "That doesn't look like a web address (it should start with http:// or https://).";
    case 'blocked-address':
      return "That address isn't allowed.";
    case 'blocked-port':
      return "That address isn't allowed (only the usual web ports are).";
    case 'timeout':
      if (error.detail.reason === 'reading') return 'That page took too long to read.';
      return 'That page took too long to answer.';
    case 'too-large':
      return 'That page is too large to read.';
    case 'not-html':
      return `That page isn't an article (it's ${describeContentType(error.detail.contentType)}).`;
    case 'http-status':
      return `The site answered ${error.detail.status ?? 'with an error'}.`;
    case 'too-many-redirects':
      return 'That page redirects too many times.';
    case 'network':
      return "Couldn't reach that site.";
    case 'empty-article':
      return "Couldn't find an article on that page (it may be behind a paywall or need JavaScript).";
    case 'not-a-feed':
      return "Couldn't find a news feed at that address.";
    case 'feed-parse':
      return "That feed couldn't be read (it isn't valid RSS, Atom or JSON Feed).";
    case 'not-opml':
      return "That file isn't an OPML list of feeds (it should be XML with an <opml> root, as feed readers export).";
    case 'invalid-filter':
      return "That filter pattern can't be used: it is too long, not a valid regular expression, or could take too long to match.";
  }
}
