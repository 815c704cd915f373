import type { IncomingMessage, ServerResponse } from 'node:http';

/** Discord's request size cap (DOCS resources/message.mdx:1072): larger bodies get 413 40005. */
export const MAX_REQUEST_BYTES = 25 * 1024 * 1024;

/** A file part of a multipart request. */
export interface UploadedFile {
  field: string;
  filename: string;
  size: number;
  contentType: string;
  data: Buffer;
}

/** A parsed request body: JSON, or multipart `payload_json` + `files[n]` (how discord.js sends uploads). */
export type ParsedBody =
  | { ok: true; body: unknown; files: UploadedFile[] }
  | { ok: false; status: number; code: number; message: string };

/** Reads and parses a request body, refusing more than MAX_REQUEST_BYTES. */
export async function readBody(req: IncomingMessage): Promise<ParsedBody> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_REQUEST_BYTES) return { ok: false, status: 413, code: 40005, message: 'Request entity too large' };
    chunks.push(chunk as Buffer);
  }
  const raw = Buffer.concat(chunks);
  const type = req.headers['content-type'] ?? '';
  if (raw.length === 0) return { ok: true, body: undefined, files: [] };
  try {
    if (type.startsWith('multipart/form-data')) {
      // The platform's own multipart parser (undici's Response#formData), not a hand-rolled one.
      const form = await new Response(raw, { headers: { 'content-type': type } }).formData();
      const files: UploadedFile[] = [];
      let body: unknown;
      for (const [field, value] of form.entries()) {
        if (typeof value === 'string') {
          if (field === 'payload_json') body = JSON.parse(value);
        } else {
          const data = Buffer.from(await value.arrayBuffer());
          files.push({ field, filename: value.name, size: value.size, contentType: value.type, data });
        }
      }
      return { ok: true, body, files };
    }
    return { ok: true, body: JSON.parse(raw.toString('utf8')), files: [] };
  } catch {
    return { ok: false, status: 400, code: 50109, message: 'The request body contains invalid JSON.' };
  }
}

/** Writes a response; JSON bodies always carry `Content-Type: application/json` (else discord.js yields an ArrayBuffer, notes §3). */
export function writeResponse(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
  done?: () => void,
): void {
  const text = body === undefined ? '' : JSON.stringify(body);
  res.writeHead(status, { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers });
  res.end(text, done);
}
