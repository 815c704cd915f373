import { LIMITS } from '../../../format/limits.js';

/**
 * Room kept free in the message text for what opens a post before the template's text: the role
 * pings of the subscriptions that carry it, and `/feed test`'s line saying where it will be posted.
 */
export const CONTENT_RESERVE = 100;

/** The texts of a template, each with the Discord limit its rendering must fit and its name in answers. */
export const TEMPLATE_PARTS = {
  content: { limit: LIMITS.content - CONTENT_RESERVE, label: 'the message text' },
  title: { limit: LIMITS.title, label: 'the embed title' },
  description: { limit: LIMITS.description, label: 'the embed description' },
  footer: { limit: LIMITS.footer, label: 'the embed footer' },
} as const;

export type TemplatePart = keyof typeof TEMPLATE_PARTS;
