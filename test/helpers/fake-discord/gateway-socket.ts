import { constants, createDeflate } from 'node:zlib';
import { WebSocket } from 'ws';

/** Sends one gateway payload on a socket. */
export type SendPayload = (payload: unknown) => void;

/**
 * A payload sender for one connection. With `compress=zlib-stream` every payload goes through one
 * deflate stream per connection and ends with a Z_SYNC_FLUSH (`00 00 ff ff`), which is what
 * discord.js waits for when zlib-sync is installed (notes §1.3; DOCS events/gateway.mdx:547-553).
 */
export function createSender(ws: WebSocket, zlibStream: boolean): SendPayload {
  const open = () => ws.readyState === WebSocket.OPEN;
  if (!zlibStream) return (payload) => open() && ws.send(JSON.stringify(payload));
  const deflate = createDeflate();
  let pending: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => pending.push(chunk));
  deflate.on('error', () => ws.terminate());
  ws.once('close', () => deflate.close());
  return (payload) => {
    if (!open()) return;
    deflate.write(JSON.stringify(payload));
    // Flush callbacks run in write order, after the flushed bytes were emitted as 'data'.
    deflate.flush(constants.Z_SYNC_FLUSH, () => {
      const frame = Buffer.concat(pending);
      pending = [];
      if (frame.length && open()) ws.send(frame);
    });
  };
}
