import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FakeAttachment } from './messages.js';

/** A file the fake's CDN holds, with the bytes it serves. */
export interface CdnFile extends FakeAttachment {
  data: Buffer;
  url: string;
}

/** What a test attaches to a slash command's attachment option. */
export interface NewUpload {
  filename: string;
  content: string | Buffer;
  /** As the client would declare it; Discord leaves it out when it cannot tell. */
  contentType?: string;
}

/**
 * The fake's CDN at `<origin>/cdn`: message uploads under `attachments/<channel>/<id>/<filename>`,
 * files attached to slash commands under `ephemeral-attachments/<application>/<id>/<filename>`, the
 * paths Discord's CDN uses (DOCS reference.mdx "Signed Attachment CDN URLs"; the signature query is
 * left out, nothing here checks it).
 */
export function createCdn(origin: () => string, nextId: () => string) {
  const files = new Map<string, CdnFile>();
  const byPath = new Map<string, CdnFile>();

  function add(folder: string, upload: NewUpload): CdnFile {
    const id = nextId();
    const data = Buffer.isBuffer(upload.content) ? upload.content : Buffer.from(upload.content, 'utf8');
    const path = `/cdn/${folder}/${id}/${encodeURIComponent(upload.filename)}`;
    const file: CdnFile = {
      id,
      filename: upload.filename,
      size: data.length,
      ...(upload.contentType ? { contentType: upload.contentType } : {}),
      data,
      url: `${origin()}${path}`,
    };
    files.set(id, file);
    byPath.set(path, file);
    return file;
  }

  return {
    add,
    get: (id: string) => files.get(id),
    /** The attachment object of `resolved.attachments` (DOCS resources/message.mdx "Attachment Object"). */
    apiAttachment(id: string) {
      const file = files.get(id);
      if (!file) return undefined;
      return {
        id: file.id,
        filename: file.filename,
        size: file.size,
        url: file.url,
        proxy_url: file.url.replace('/cdn/', '/media/'),
        ...(file.contentType ? { content_type: file.contentType } : {}),
        ephemeral: true,
      };
    },
    /** Answers GET /cdn/… and /media/…; false when the request is for something else. */
    serve(req: IncomingMessage, res: ServerResponse): boolean {
      const path = (req.url ?? '/').split('?')[0] ?? '/';
      if (!path.startsWith('/cdn/') && !path.startsWith('/media/')) return false;
      const file = byPath.get(path.replace(/^\/media\//, '/cdn/'));
      if (!file || req.method !== 'GET') {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('Not Found');
        return true;
      }
      res
        .writeHead(200, {
          'content-type': file.contentType ?? 'application/octet-stream',
          'content-length': String(file.size),
        })
        .end(file.data);
      return true;
    },
  };
}

export type Cdn = ReturnType<typeof createCdn>;
