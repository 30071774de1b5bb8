import type { Browser, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, KR_CO_CHAIR, signIn, test, US_DELEGATE } from './fixtures.js';

const KR_TALKING_POINTS = 'KR talking points for the first meeting (Washington)';

async function newSignedInPage(browser: Browser, baseURL: string, email: string): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

/** The id of a paper by title, read with the page's own session through the API. */
async function findPaperId(page: Page, title: string): Promise<string> {
  const groupId = new URL(page.url()).pathname.split('/')[2] ?? '';
  const response = await page.request.get(`/api/v1/groups/${groupId}/documents`);
  const body = (await response.json()) as { items: { id: string; title: string }[] };
  const found = body.items.find((d) => d.title === title);
  if (!found) throw new Error(`no paper titled ${title}`);
  return found.id;
}

test('a KR co-chair switches to Korean, which sticks, and reads the KR talking points', async ({ page }) => {
  await signIn(page, KR_CO_CHAIR);
  await expect(
    page.getByRole('heading', { level: 1, name: 'ROK–US Working Group on North Korea' }),
  ).toBeVisible();
  await expect(page.getByTestId('group-note')).toContainText(
    'Historical scenario reconstructed from public reporting (2018)',
  );
  await expect(page.getByRole('heading', { name: 'Needs my attention' })).toBeVisible();
  await expectNoAxeViolations(page, 'home (en)');

  await page.getByRole('button', { name: '한국어로 보기' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page.getByRole('heading', { level: 1, name: '한미 워킹그룹' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '내가 처리할 일' })).toBeVisible();
  await expect(page.getByRole('button', { name: '로그아웃' })).toBeVisible();
  await expectNoAxeViolations(page, 'home (ko)');

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page.getByRole('heading', { level: 1, name: '한미 워킹그룹' })).toBeVisible();

  const sideNav = page.getByRole('navigation', { name: '워킹그룹' });
  await sideNav.getByRole('link', { name: '구성원' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '구성원' })).toBeVisible();
  await expect(page.getByRole('table', { name: '외교부' })).toContainText('Lee Do-hoon');
  await expect(page.getByRole('table', { name: '국무부' })).toContainText('공동의장');
  await expectNoAxeViolations(page, 'people (ko)');

  await sideNav.getByRole('link', { name: '분야' }).click();
  await expect(page.getByRole('heading', { level: 2, name: '비핵화' })).toBeVisible();
  await expectNoAxeViolations(page, 'tracks (ko)');

  await sideNav.getByRole('link', { name: '문서' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '문서' })).toBeVisible();
  await page.getByLabel('문서 종류').selectOption('talking_points');
  await expect(page).toHaveURL(/kind=talking_points/);
  await expect(page.getByRole('link', { name: /Non-paper/ })).toHaveCount(0);
  await expectNoAxeViolations(page, 'papers (ko)');

  await page.getByRole('link', { name: KR_TALKING_POINTS }).click();
  await expect(page.getByRole('heading', { level: 1, name: KR_TALKING_POINTS })).toBeVisible();
  await expect(page.getByTestId('marking-top')).toHaveText('SBU // KR 한정');
  await expect(page.getByTestId('marking-bottom')).toHaveText('SBU // KR 한정');
  await expectNoAxeViolations(page, 'paper (ko)');

  // A deep link survives a reload.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: KR_TALKING_POINTS })).toBeVisible();
});

test('a US delegate can neither list nor open the KR talking points', async ({ browser, page, server }) => {
  const kr = await newSignedInPage(browser, server.baseURL, KR_CO_CHAIR);
  const hiddenId = await findPaperId(kr, KR_TALKING_POINTS);
  await kr.context().close();

  await signIn(page, US_DELEGATE);
  await page.getByRole('navigation', { name: 'Working group' }).getByRole('link', { name: 'Papers' }).click();
  await expect(page.getByRole('link', { name: /terms of reference/ })).toBeVisible();
  await expect(page.getByRole('link', { name: KR_TALKING_POINTS })).toHaveCount(0);

  await page.goto(`/papers/${hiddenId}`);
  await expect(page.getByTestId('not-found')).toBeVisible();
  const hiddenText = await page.locator('main').innerText();
  await expect(page.getByText(KR_TALKING_POINTS)).toHaveCount(0);

  await page.goto('/papers/no-such-paper-0000');
  await expect(page.getByTestId('not-found')).toBeVisible();
  expect(await page.locator('main').innerText()).toBe(hiddenText);

  await page.goto('/no/such/page');
  await expect(page.getByTestId('not-found')).toBeVisible();
  expect(await page.locator('main').innerText()).toBe(hiddenText);
  await expectNoAxeViolations(page, 'not found (en)');

  await page.goto('/search?q=talking%20points');
  await expect(page.getByRole('heading', { name: /Results for/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /US talking points/ })).toBeVisible();
  await expect(page.getByRole('link', { name: KR_TALKING_POINTS })).toHaveCount(0);
  await expectNoAxeViolations(page, 'search (en)');
});

test('a paper the US shares appears for the KR side while they look at the list', async ({
  browser,
  page,
  server,
}) => {
  const kr = await newSignedInPage(browser, server.baseURL, KR_CO_CHAIR);
  await kr.getByRole('navigation', { name: 'Working group' }).getByRole('link', { name: 'Papers' }).click();
  await expect(kr.getByRole('heading', { level: 1, name: 'Papers' })).toBeVisible();

  await signIn(page, US_DELEGATE);
  await page.getByRole('navigation', { name: 'Working group' }).getByRole('link', { name: 'Papers' }).click();
  await page.getByRole('link', { name: 'New paper' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New paper' })).toBeVisible();
  // Classification offered only up to the delegate's clearance.
  const levels = await page.getByLabel('Classification').locator('option').allTextContents();
  expect(levels[0]).toBe('UNCLASSIFIED');

  await page.getByRole('button', { name: 'Create paper' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary.getByRole('link', { name: 'Enter a title' })).toBeVisible();
  await expect(page.getByLabel('Title')).toHaveClass(/usa-input--error/);
  await expect(page.getByLabel('Title')).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page, 'new paper with errors');

  const title = 'Non-paper: humanitarian shipment timing';
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Kind').selectOption('non_paper');
  await page.getByLabel('Shared with all parties').check();
  await page.getByLabel('Classification').selectOption('UNCLASSIFIED');
  await page
    .getByLabel('Text')
    .fill('## Timing\n\n- after the **second** meeting\n\n<script>alert(1)</script>');
  await page.getByRole('button', { name: 'Create paper' }).click();

  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByTestId('marking-top')).toHaveText('UNCLASSIFIED // SHARED WITH ALL PARTIES');
  await expect(page.getByRole('heading', { level: 2, name: 'Timing' })).toBeVisible();
  await expect(page.locator('main script')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Edit this paper' })).toBeVisible();

  // Live update: the KR list shows the new paper without a reload.
  await expect(kr.getByRole('link', { name: title })).toBeVisible({ timeout: 15_000 });
  await kr.getByRole('link', { name: title }).click();
  await expect(kr.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(kr.getByRole('link', { name: 'Edit this paper' })).toHaveCount(0);

  // The author edits; the KR reader's open page follows.
  await page.getByRole('link', { name: 'Edit this paper' }).click();
  await page.getByLabel('Title').fill(`${title} (revised)`);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${title} (revised)` })).toBeVisible();
  await expect(kr.getByRole('heading', { level: 1, name: `${title} (revised)` })).toBeVisible({
    timeout: 15_000,
  });
  await kr.context().close();
});

test('sign-in errors, account settings, notifications and the primary nav at 1280 px', async ({ page }) => {
  await page.goto('/login');
  await expectNoAxeViolations(page, 'login (en)');
  await page.getByLabel('E-mail address').fill(US_DELEGATE);
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toContainText('The e-mail address or password is not right.');
  await expect(page).toHaveURL(/\/login/);
  await expectNoAxeViolations(page, 'login with error');

  // After five failures the account is locked for a while, and the page says for how long.
  await page.getByLabel('E-mail address').fill('mark.lambert@state.us.example');
  for (let attempt = 1; attempt <= 6; attempt += 1) {
    const answered = page.waitForResponse((r) => r.url().endsWith('/api/v1/auth/login'));
    await page.getByRole('button', { name: 'Sign in' }).click();
    expect((await answered).status()).toBe(attempt <= 5 ? 401 : 429);
  }
  await expect(page.getByRole('alert')).toContainText(
    /Too many failed sign-in attempts\. Try again in 1[45] minutes\./,
  );

  await page.getByRole('button', { name: '한국어로 보기' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '로그인' })).toBeVisible();
  await expectNoAxeViolations(page, 'login (ko)');
  await page.getByRole('button', { name: 'View in English' }).click();

  await signIn(page, US_DELEGATE);
  const primary = page.getByRole('navigation', { name: 'Primary' });
  for (const [link, heading] of [
    ['Papers', 'Papers'],
    ['Search', 'Search'],
    ['Notifications', 'Notifications'],
    ['My account', 'My account'],
    ['Home', 'ROK–US Working Group on North Korea'],
  ] as const) {
    await primary.getByRole('link', { name: new RegExp(`^${link}`) }).click();
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  }

  await primary.getByRole('link', { name: /^Notifications/ }).click();
  await expectNoAxeViolations(page, 'notifications');

  await primary.getByRole('link', { name: 'My account' }).click();
  await expectNoAxeViolations(page, 'account');
  await page.getByLabel('Token name').fill('ci script');
  await page.getByRole('button', { name: 'Create token' }).click();
  await expect(page.getByTestId('new-token')).not.toBeEmpty();
  await expect(page.getByRole('row', { name: /ci script/ })).toBeVisible();
  await page.getByLabel('Time zone', { exact: true }).selectOption('Asia/Seoul');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Your settings are saved.')).toBeVisible();
  await expectNoAxeViolations(page, 'account after changes');

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await page.goto('/account');
  await expect(page).toHaveURL(/\/login\?next=%2Faccount/);
});

test('at 320 px the pages do not scroll sideways and the menu button opens every link', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await signIn(page, KR_CO_CHAIR);
  const noSidewaysScroll = async () =>
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(320);
  await noSidewaysScroll();

  await page.getByRole('button', { name: 'Menu' }).click();
  const primary = page.getByRole('navigation', { name: 'Primary' });
  await primary.getByRole('link', { name: 'Papers' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Papers' })).toBeVisible();
  await noSidewaysScroll();

  await page.getByRole('link', { name: KR_TALKING_POINTS }).click();
  await expect(page.getByTestId('marking-bottom')).toBeVisible();
  await noSidewaysScroll();
  await expectNoAxeViolations(page, 'paper at 320 px');

  await page.getByRole('button', { name: 'Menu' }).click();
  await primary.getByRole('link', { name: 'Search' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Search' })).toBeVisible();
  await page.getByRole('button', { name: 'Menu' }).click();
  await page.getByRole('button', { name: 'Close menu' }).click();
  await expect(primary.getByRole('link', { name: 'Papers' })).toBeHidden();
});
