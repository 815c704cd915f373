import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hostNames, stripSiteName } from '../../../src/services/extract/title.js';

test('stripSiteName removes the site name, never part of the headline', () => {
  const cases: { name: string; title: string; sites: string[]; headings?: string[]; want: string }[] = [
    { name: 'pipe suffix', title: 'OpenAI turns to AWS | Insights', sites: ['Insights'], want: 'OpenAI turns to AWS' },
    { name: 'dash suffix', title: 'Rates hold steady - Reuters', sites: ['Reuters'], want: 'Rates hold steady' },
    { name: 'em dash suffix', title: 'Rates hold steady — The Verge', sites: ['The Verge'], want: 'Rates hold steady' },
    {
      name: 'prefix',
      title: 'WSJ | Is Football Violence a Crime?',
      sites: ['WSJ'],
      want: 'Is Football Violence a Crime?',
    },
    {
      name: 'section then site',
      title: 'Rates hold | Markets | Example News',
      sites: ['Example News', 'Markets'],
      want: 'Rates hold',
    },
    {
      name: 'host name stands for the site',
      title: 'Rates hold steady - Entermedia',
      sites: hostNames('http://entermedia.co.kr/news'),
      want: 'Rates hold steady',
    },
    {
      name: 'site name written without spaces',
      title: 'Phones get pricier | TheVerge',
      sites: ['The Verge'],
      want: 'Phones get pricier',
    },
    {
      name: 'dash inside the headline stays',
      title: 'Covid - a year on',
      sites: ['Example News'],
      want: 'Covid - a year on',
    },
    { name: 'no separator', title: 'A headline', sites: ['Insights'], want: 'A headline' },
    { name: 'a title that is only the site name stays', title: 'Insights', sites: ['Insights'], want: 'Insights' },
    {
      name: 'h1 agreement: unknown suffix',
      title: 'Seeking a bigger role | TSR',
      sites: [],
      headings: ['Seeking a bigger role'],
      want: 'Seeking a bigger role',
    },
    {
      name: 'h1 agreement: label prefix with a colon',
      title: 'The Space Review: Seeking a bigger role',
      sites: [],
      headings: ['Logo', 'Seeking a bigger role'],
      want: 'Seeking a bigger role',
    },
    { name: 'non-Latin title', title: 'OpenAI의 AWS 행보 | Insights', sites: ['Insights'], want: 'OpenAI의 AWS 행보' },
  ];
  for (const { name, title, sites, headings, want } of cases) {
    assert.equal(stripSiteName(title, sites, headings), want, name);
  }
});

test('hostNames gives the bare host and its first label', () => {
  assert.deepEqual(hostNames('https://www.nytimes.com/2024/a.html'), ['nytimes.com', 'nytimes']);
  assert.deepEqual(hostNames('not a url'), []);
});
