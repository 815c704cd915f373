import { SETTINGS } from '../../src/config.js';
import type { SummaryInput } from '../../src/services/summarize/index.js';
import { HTML_MUTATIONS, type Mutation, XML_MUTATIONS } from './mutations.js';
import { Random } from './random.js';
import type { Seed, Seeds } from './seeds.js';
import { ODD_TEXTS } from './texts.js';

/** One fuzz input: a mutated page, a mutated feed, or an odd text for the summarizer. */
export type FuzzCase =
  | { index: number; kind: 'html' | 'xml'; seed: string; mutations: string[]; bytes: Buffer }
  | { index: number; kind: 'text'; seed: string; mutations: string[]; input: SummaryInput };

// Bodies past the fetcher's caps never reach the parsers, so a case is cut to the same size.
const MAX_HTML_BYTES = Number(SETTINGS.fetchMaxHtmlBytes.default);
const MAX_FEED_BYTES = Number(SETTINGS.fetchMaxFeedBytes.default);

/** A fixture or a benchmark file, each origin half the time (the fixtures are few but always there). */
function pickSeed(origins: { fixtures: Seed[]; bench: Seed[] }, random: Random): Seed {
  const useBench = origins.bench.length > 0 && (origins.fixtures.length === 0 || random.chance(0.5));
  return random.pick(useBench ? origins.bench : origins.fixtures);
}

/** One or two mutations stacked on one seed. */
function mutate(seed: Seed, mutations: readonly Mutation[], random: Random, limit: number) {
  const applied: string[] = [];
  let bytes = seed.bytes;
  for (let count = random.int(1, 2); count > 0; count--) {
    const mutation = random.pick(mutations);
    bytes = mutation.apply(bytes, random).subarray(0, limit);
    applied.push(mutation.name);
  }
  return { applied, bytes };
}

/** Case `index` of the run seeded `seed`: the same case every time. */
export function makeCase(seed: number, index: number, seeds: Seeds): FuzzCase {
  const random = Random.forCase(seed, index);
  const roll = random.next();
  if (roll < 0.12) {
    const odd = random.pick(ODD_TEXTS);
    return { index, kind: 'text', seed: odd.name, mutations: [odd.name], input: odd.make(random) };
  }
  if (roll < 0.27) {
    const page = pickSeed(seeds.xml, random);
    const { applied, bytes } = mutate(page, XML_MUTATIONS, random, MAX_FEED_BYTES);
    return { index, kind: 'xml', seed: page.name, mutations: applied, bytes };
  }
  const page = pickSeed(seeds.html, random);
  const { applied, bytes } = mutate(page, HTML_MUTATIONS, random, MAX_HTML_BYTES);
  return { index, kind: 'html', seed: page.name, mutations: applied, bytes };
}
