export interface FeedItem { id: string; title: string; link: string | null; published: string | null; summary: string; author: string | null }
export interface ParsedFeed { format: 'rss' | 'atom' | 'rdf' | 'json'; title: string; link: string | null; items: FeedItem[] }
export function parseFeed(_body: Uint8Array | string, _baseUrl: string, _contentType?: string | null): ParsedFeed { throw new Error('todo'); }
