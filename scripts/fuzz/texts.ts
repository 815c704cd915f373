import type { SummaryInput } from '../../src/services/summarize/index.js';
import type { Random } from './random.js';

/** Article texts a summarizer should never choke on, each built to a random size. */
export interface OddText {
  name: string;
  make(random: Random): SummaryInput;
}

function repeatTo(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

export const ODD_TEXTS: OddText[] = [
  {
    name: 'no-punctuation',
    make: (random) => ({ title: 'words', text: repeatTo('word another thing ', random.size(100, 2_000_000)) }),
  },
  {
    name: 'one-huge-sentence',
    make: (random) => ({ title: 'one', text: `${repeatTo('and then ', random.size(1000, 1_000_000))}.` }),
  },
  { name: 'emoji-only', make: (random) => ({ text: repeatTo('😀👍🏽🇺🇸 ', random.size(10, 1_000_000)) }) },
  {
    name: 'rtl',
    make: (random) => ({
      title: 'خبر',
      text: repeatTo('هذا خبر مهم جدا عن المدينة. זו ידיעה חשובה. ', random.size(100, 500_000)),
      lang: random.pick(['ar', 'he', null]),
    }),
  },
  {
    name: 'cjk-no-spaces',
    make: (random) => ({
      title: '記事',
      text: repeatTo(
        random.pick(['東京都は新しい予算を承認した', '新闻报道今天发布了重要消息。', '오늘서울시는예산을승인했다']),
        random.size(100, 1_000_000),
      ),
      lang: random.pick(['ja', 'zh', 'ko', null]),
    }),
  },
  {
    name: 'one-paragraph-per-character',
    make: (random) => ({ text: repeatTo('a.\n\n', random.size(10, 500_000)) }),
  },
  {
    name: 'combining-marks',
    make: (random) => ({ text: repeatTo('Z\u0301\u0302\u0303\u0304\u0305a\u0306\u0307. ', random.size(10, 500_000)) }),
  },
  {
    name: 'lone-surrogates-and-controls',
    make: (random) => ({
      title: '\ud800',
      text: repeatTo('A \ud800 b\u0000 c\u200b\u202e d. ', random.size(10, 300_000)),
    }),
  },
  {
    name: 'periods-only',
    make: (random) => ({ title: '...', text: repeatTo('. ', random.size(10, 1_000_000)) }),
  },
  {
    name: 'abbreviations',
    make: (random) => ({ text: repeatTo('Dr. U.S. e.g. Mr. St. No. 5. ', random.size(10, 500_000)), lang: 'en' }),
  },
];

/** An odd text as the body of a page, so it also goes through the extractor. */
export function asPage(input: SummaryInput): string {
  const escaped = input.text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const paragraphs = escaped
    .split('\n\n')
    .map((paragraph) => `<p>${paragraph}</p>`)
    .join('');
  return `<!DOCTYPE html><html lang="${input.lang ?? 'en'}"><head><meta charset="utf-8"><title>${input.title ?? ''}</title></head><body><article>${paragraphs}</article></body></html>`;
}
