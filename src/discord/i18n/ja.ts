import type { Translations } from './translations.js';

export const ja: Translations = {
  replies: {
    rateLimited: 'リクエストが多すぎます。{seconds}秒後にもう一度お試しください。',
    apology: '申し訳ありません。こちら側で問題が発生しました。しばらくしてからもう一度お試しください。',
    unknownCommand: 'このコマンドは現在ありません。',
  },
  failures: {
    'not-html': 'このページは記事ではありません。',
    'empty-article': 'このページに記事が見つかりませんでした（有料記事か、JavaScriptが必要なページかもしれません）。',
    'invalid-url': 'ウェブアドレスではないようです（http:// または https:// で始まる必要があります）。',
    timeout: 'ページの応答に時間がかかりすぎました。',
    network: 'サイトに接続できませんでした。',
  },
};
