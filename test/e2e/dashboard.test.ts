import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { type BotWorld, startBotWorld } from '../helpers/bot.js';
import { REPO_ROOT } from '../helpers/paths.js';

// The web dashboard in a real browser (Debian's chromium, driven by playwright-core), against the
// real bot, the fake Discord and the fixture site, all on loopback.

const CHROMIUM = '/usr/bin/chromium';
const SKIP = existsSync(CHROMIUM)
  ? false
  : `${CHROMIUM} is missing: install it (apt-get install chromium) to run the dashboard browser tests`;
// Screenshots go to dist/ so a test run leaves the worktree clean; SCREENSHOT_DIR=docs refreshes the README's.
const SCREENSHOTS = join(REPO_ROOT, process.env.SCREENSHOT_DIR ?? join('dist', 'screenshots'));
const MINUTE = 60_000;

describe('the web dashboard', { skip: SKIP }, () => {
  let world: BotWorld;
  let browser: Browser;
  // The dashboard's clock: real time plus what a test moved it by.
  let ahead = 0;

  before(async () => {
    world = await startBotWorld({
      env: { DASHBOARD_PORT: '0', FEED_MAX_ITEM_AGE_HOURS: String(24 * 365) },
      dashboardNow: () => Date.now() + ahead,
    });
    // The test ticks the scheduler itself.
    await world.bot.scheduler.stopHeartbeat();
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  });

  after(async () => {
    await browser?.close();
    await world?.close();
  });

  const base = () => world.bot.dashboard?.url ?? assert.fail('the dashboard is not running');

  /** A sign-in link, as /dashboard tells it to a member privately. */
  async function signInLink(user = world.fake.users.admin): Promise<string> {
    const reply = await world.fake.slashCommand('dashboard', {}, { user }).reply();
    assert.equal(reply.ephemeral, true, 'the link is told only to the member');
    return /\((http[^)\s]+\/dashboard\/sign-in\/[^)\s]+)\)/.exec(reply.content)?.[1] ?? assert.fail(reply.content);
  }

  /** A new browser profile signed in through a fresh /dashboard link. */
  async function signedIn(width = 1000): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    const response = await page.goto(await signInLink());
    assert.equal(response?.status(), 200);
    assert.equal(new URL(page.url()).pathname, '/dashboard');
    return { context, page };
  }

  test('a /dashboard link signs in once: the cookie is HttpOnly and SameSite=Lax, the used link is refused', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const link = await signInLink();
    await page.goto(link);
    assert.equal(await page.locator('h1').textContent(), 'Subscriptions');
    assert.match((await page.locator('.guild').textContent()) ?? '', /Newsdesk Test Server/);
    const [cookie] = await context.cookies();
    assert.equal(cookie?.httpOnly, true);
    assert.equal(cookie?.sameSite, 'Lax');
    assert.equal(cookie?.secure, false, 'served over http here, so not Secure');
    assert.ok(!link.includes(cookie?.value ?? '-'), 'the session id is not the link token');

    const again = await (await browser.newContext()).newPage();
    const response = await again.goto(link);
    assert.equal(response?.status(), 403);
    assert.match(await again.locator('main').innerText(), /used already or has expired/);
    await context.close();
  });

  test('a link opened after 10 minutes is refused', async () => {
    const link = await signInLink();
    ahead = 10 * MINUTE + 1000;
    try {
      const page = await (await browser.newContext()).newPage();
      const response = await page.goto(link);
      assert.equal(response?.status(), 403);
    } finally {
      ahead = 0;
    }
  });

  test('a member without Manage Server gets no link, and a session of theirs is refused by Discord re-checking', async () => {
    const { member } = world.fake.users;
    const reply = await world.fake.slashCommand('dashboard', {}, { user: member }).reply();
    assert.doesNotMatch(reply.content, /sign-in/);
    assert.match(reply.content, /Only members who can manage this server/);
    // As if they had Manage Server when the link was made and lost it since.
    const token = await (world.bot.services.dashboard?.links.issue({
      guildId: world.fake.guildId,
      userId: member.id,
    }) ?? assert.fail('no dashboard state'));
    const page = await (await browser.newContext()).newPage();
    const response = await page.goto(`${base()}/dashboard/sign-in/${token}`);
    assert.equal(response?.status(), 403);
    assert.match(await page.locator('main').innerText(), /Only members who can manage this server/);
  });

  test('a feed added in the dashboard is listed, and its first post shows in its log after a tick', async () => {
    const { context, page } = await signedIn();
    await page.getByLabel('Feed or site address').fill(world.link('/feed.xml'));
    await page.getByLabel('Channel').selectOption({ label: '#news' });
    await page.getByRole('button', { name: 'Add feed' }).click();
    await page.waitForURL(`${base()}/dashboard/subscriptions`);
    assert.match(await page.locator('.notice').innerText(), /Added Insights — AI/);
    const item = page.locator('.subscription');
    assert.equal(await item.count(), 1);
    assert.match(await item.innerText(), /Insights — AI\s+active/);
    assert.match(await item.innerText(), /#news/);

    await world.bot.scheduler.tick();
    const posts = world.fake.botPosts(world.fake.channels.news);
    assert.equal(posts.length, 1, 'the first check posts the newest item');
    await page.goto(`${base()}/dashboard`);
    assert.match(await item.innerText(), /Last post\s+\S/);
    await page.getByRole('link', { name: 'Delivery log' }).click();
    const newest = page.locator('.log li').first();
    assert.match(await newest.innerText(), /posted OpenAI’s AWS turn/);
    assert.equal(
      await newest.locator('a', { hasText: 'message' }).getAttribute('href'),
      `https://discord.com/channels/${world.fake.guildId}/${world.fake.channels.news}/${posts[0]?.id}`,
    );

    await page.goto(`${base()}/dashboard`);
    await page.getByRole('link', { name: 'Preview next post' }).click();
    assert.match(await page.locator('main').innerText(), /Nothing new right now; a post looks like this:/);
    assert.match((await page.locator('.embed-title').textContent()) ?? '', /OpenAI’s AWS turn/);

    await page.goto(`${base()}/dashboard`);
    await page.getByRole('button', { name: 'Pause: Insights — AI' }).click();
    assert.match(await item.innerText(), /paused\s+Paused by a member\./);
    assert.match(await item.innerText(), /Next check\s+not while paused/);
    await page.getByRole('button', { name: 'Resume: Insights — AI' }).click();
    assert.match(await page.locator('.notice').innerText(), /Resumed Insights — AI/);
    assert.match(await item.innerText(), /active/);

    await page.goto(`${base()}/dashboard`);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'dashboard-subscriptions.png'), fullPage: true });
    await context.close();
  });

  test('every control has a label or a name, is reachable with Tab, and the page fits a phone', async () => {
    const { context, page } = await signedIn(375);
    // (Page code as strings: the tests compile without the DOM's types.)
    const unlabelled = await page.evaluate(
      "[...document.querySelectorAll('input:not([type=hidden]), select')].filter((c) => c.labels.length === 0).map((c) => c.outerHTML)",
    );
    assert.deepEqual(unlabelled, []);
    const focused: string[] = [];
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press('Tab');
      focused.push(await page.evaluate<string>("document.activeElement?.id || document.activeElement?.tagName || ''"));
    }
    assert.ok(focused.includes('add-url') && focused.includes('add-channel'), focused.join(' '));
    const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
    assert.ok(overflow <= 0, `the page is ${overflow}px wider than a phone`);
    await context.close();
  });

  test("the preview of the fixture site's seed article shows the card's title, source link and a related link", async () => {
    const { context, page } = await signedIn(700);
    await page.getByRole('link', { name: 'Preview a link' }).click();
    const url = world.link('/ai/openai-aws-turn');
    await page.getByLabel('Article address').fill(url);
    await page.getByRole('button', { name: 'Preview' }).click();
    const card = page.locator('.embed');
    await card.waitFor();
    await card.screenshot({ path: join(SCREENSHOTS, 'dashboard-preview.png') });
    const title = card.locator('.embed-title a');
    assert.equal(await title.textContent(), 'OpenAI’s AWS turn shows how fast the Microsoft alliance is bending');
    assert.equal(await title.getAttribute('href'), url);
    const field = (name: string) => card.locator('.field', { has: page.locator('.field-name', { hasText: name }) });
    assert.equal(
      await field('Original').locator('a').getAttribute('href'),
      'https://www.geekwire.com/2026/openai-sees-staggering-demand-for-amazon-offering/',
    );
    const related = await field('Related')
      .locator('a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    assert.ok(
      related.some((href) => href?.endsWith('/ai/microsoft-openai-terms-unchanged')),
      related.join(' '),
    );
    assert.equal(
      await card
        .locator('.embed-description')
        .innerText()
        .then((text) => text.split('\n').length),
      3,
    );
    assert.equal(
      await page.evaluate("getComputedStyle(document.querySelector('.embed')).borderLeftColor"),
      'rgb(43, 108, 176)',
      "the colour bar is the card's colour (set by app.js under the CSP)",
    );
    await context.close();
  });

  test('removing a feed asks first, then removes it and what it remembers', async () => {
    const { context, page } = await signedIn();
    const [subscription] = await world.bot.services.subscriptions.inGuild(world.fake.guildId);
    assert.ok(subscription);
    page.once('dialog', (dialog) => void dialog.dismiss());
    await page.getByRole('button', { name: 'Remove: Insights — AI' }).click();
    assert.equal(await page.locator('.subscription').count(), 1, 'a dismissed question removes nothing');
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Remove: Insights — AI' }).click();
    await page.waitForURL(`${base()}/dashboard/subscriptions/${subscription.id}/remove`);
    assert.match(await page.locator('.notice').innerText(), /Removed Insights — AI/);
    assert.equal(await page.locator('.subscription').count(), 0);
    assert.equal(await world.bot.services.subscriptions.get(subscription.id), undefined);
    assert.deepEqual(await world.bot.services.deliveryLog.recent(subscription.id), []);
    await context.close();
  });

  test('a form posted without its CSRF token is refused (403), even with the session cookie', async () => {
    const { context } = await signedIn();
    const form = { url: world.link('/feed.xml'), channel: world.fake.channels.general };
    const forged = await context.request.post(`${base()}/dashboard/subscriptions`, { form });
    assert.equal(forged.status(), 403);
    const wrong = await context.request.post(`${base()}/dashboard/subscriptions`, {
      form: { ...form, _csrf: 'guess' },
    });
    assert.equal(wrong.status(), 403);
    const subscriptions = await world.bot.services.subscriptions.inGuild(world.fake.guildId);
    assert.ok(!subscriptions.some((subscription) => subscription.channelId === world.fake.channels.general));
    assert.equal(forged.headers()['content-security-policy']?.includes("script-src 'self'"), true);
    await context.close();
  });

  test('no secret reaches the log, and the fake Discord saw no broken rule', () => {
    const logs = world.bot.logs.join('\n');
    assert.doesNotMatch(logs, /sign-in\/[A-Za-z0-9_-]{20,}/);
    assert.doesNotMatch(logs, /newsdesk_session=/);
    assert.deepEqual(world.fake.violations, []);
  });
});

test('without DASHBOARD_PORT there is no dashboard, and /dashboard says so', async () => {
  const world = await startBotWorld();
  try {
    assert.equal(world.bot.dashboard, undefined);
    assert.equal(world.bot.services.dashboard, undefined);
    const reply = await world.fake.slashCommand('dashboard', {}, { user: world.fake.users.admin }).reply();
    assert.equal(reply.ephemeral, true);
    assert.match(reply.content, /web dashboard is off/);
  } finally {
    await world.close();
  }
});
