/**
 * Links as a reader should get them: without the campaign and click-tracking parameters a site
 * appends for its own analytics, and never an affiliate redirect.
 */

/** Query parameters that only track where a click came from (Google Analytics, ad and mail platforms). */
const TRACKING_PARAM =
  /^(?:utm_\w+|gmpage|from|fbclid|gclid|dclid|msclkid|yclid|mc_cid|mc_eid|_ga|_gl|igshid|ref|ref_src|ref_url|referrer|cmpid|icid|ncid|ocid|soc_src|soc_trk|smid|smtyp|sr_share|taid|wt\.mc_id|xtor|__twitter_impression|at_medium|at_campaign|spm|scm|s_cid|mkt_tok|trk|trkcampaign)$/i;

/** Hosts that exist to count an affiliate click and redirect (Amazon short links, Skimlinks, CJ, Rakuten, Awin, Impact…). */
const AFFILIATE_HOST =
  /(?:^|\.)(?:amzn\.to|amzn\.eu|go\.skimresources\.com|skimresources\.com|click\.linksynergy\.com|linksynergy\.com|shareasale\.com|awin1\.com|anrdoezrs\.net|jdoqocy\.com|tkqlhce\.com|dpbolvw\.net|kqzyfj\.com|avantlink\.com|pjtra\.com|pntra\.com|prf\.hn|redirect\.viglink\.com|howl\.me|shop-links\.co|sjv\.io|pxf\.io|ojrq\.net|tidd\.ly|go\.redirectingat\.com|fave\.co|narrativ\.com)$/;

/** Parameters that name an affiliate account on a shop's own link (`amazon.com/dp/…?tag=site-20`). */
const AFFILIATE_PARAM = /^(?:tag|affid|aff_id|affiliate|affiliate_id|aff|ascsubtag|irgwc|clickid)$/i;

/** `url` without its tracking parameters (and the `?` when none is left). */
export function withoutTracking(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  for (const key of [...parsed.searchParams.keys()]) if (TRACKING_PARAM.test(key)) parsed.searchParams.delete(key);
  return parsed.href.replace(/\?(?=#|$)/, '');
}

/** Whether `url` is an affiliate link: an affiliate redirect host, or a shop link carrying an affiliate id. */
export function isAffiliateLink(url: string): boolean {
  try {
    const parsed = new URL(url);
    if (AFFILIATE_HOST.test(parsed.hostname.toLowerCase())) return true;
    return [...parsed.searchParams.keys()].some((key) => AFFILIATE_PARAM.test(key));
  } catch {
    return false;
  }
}
