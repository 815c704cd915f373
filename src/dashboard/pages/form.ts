import type { FastifyRequest } from 'fastify';

/** A text field of a submitted form (formbody parses it into an object), trimmed; '' when absent. */
export function formField(request: FastifyRequest, name: string): string {
  const body = request.body;
  const value = body && typeof body === 'object' ? (body as Record<string, unknown>)[name] : undefined;
  return typeof value === 'string' ? value.trim() : '';
}
