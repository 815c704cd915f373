import type { Translations } from './translations.js';

export const ko: Translations = {
  replies: {
    rateLimited: '요청이 너무 잦습니다. {seconds}초 후에 다시 시도해 주세요.',
    apology: '죄송합니다. 저희 쪽에서 문제가 생겼습니다. 잠시 후 다시 시도해 주세요.',
    unknownCommand: '더 이상 지원하지 않는 명령어입니다.',
  },
  failures: {
    'not-html': '이 페이지는 기사가 아닙니다.',
    'empty-article': '이 페이지에서 기사를 찾지 못했습니다 (유료 기사이거나 JavaScript가 필요한 페이지일 수 있습니다).',
    'invalid-url': '웹 주소가 아닌 것 같습니다 (http:// 또는 https://로 시작해야 합니다).',
    timeout: '페이지 응답이 너무 오래 걸렸습니다.',
    network: '사이트에 연결하지 못했습니다.',
  },
};
