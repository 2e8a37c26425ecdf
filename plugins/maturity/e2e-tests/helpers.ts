import {
  test as base,
  expect,
  request as requests,
  type APIRequestContext,
  type Locator,
  type Page,
} from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';

/*
 * What the browser tests of the maturity plugin share: signing in as the
 * example portal's guest (a member of team-storefront), the example
 * catalog's oracle, screenshots for the READMEs, the backend for waiting
 * and cleaning up, and the layout check for words broken mid-word.
 */

const ROOT = path.resolve(__dirname, '../../..');
// Outside the report folder, which the HTML reporter empties on every run.
const SCREENSHOTS = path.join(ROOT, 'e2e-test-screenshots');
const BACKEND_URL =
  process.env.PLAYWRIGHT_BACKEND_URL ?? 'http://localhost:7007';

/** The phase each example component reaches, and why (examples/expected-phases.json). */
export const expectedPhases: Record<string, { phase: string; why: string }> =
  JSON.parse(
    fs.readFileSync(
      path.join(ROOT, 'examples', 'expected-phases.json'),
      'utf8',
    ),
  );

/** How phase ids of the checklist, `not-started` and `unknown` read. */
export const PHASE_NAMES: Record<string, string> = {
  unknown: 'Unknown',
  'not-started': 'Not started',
  'walking-skeleton': 'Walking Skeleton',
  foundation: 'Solid Foundation',
  'production-ready': 'Production Ready',
  'operational-maturity': 'Operational Maturity',
  kaizen: 'Kaizen',
};

export const STOREFRONT_WEB = '/catalog/default/component/storefront-web';
export const LEGACY_GATEWAY = '/catalog/default/component/legacy-gateway';
export const TEAM_STOREFRONT = 'group:default/team-storefront';

async function signIn(page: Page) {
  await page.goto('/');
  await page.getByRole('button', { name: 'Enter' }).click();
  await expect(
    sidebar(page).getByRole('link', { name: 'Maturity', exact: true }),
  ).toBeVisible();
}

/**
 * The tests of this folder share one page, signed in as the guest once per
 * worker: the development build takes ten seconds to start in a fresh
 * page, which would otherwise be most of the suite's time. Each test
 * starts on the home page at the configured size. (Playwright traces and
 * screenshots this page on failure like its own.)
 */
export const test = base.extend<{}, { signedInPage: Page }>({
  signedInPage: [
    async ({ browser }, provide, workerInfo) => {
      const { baseURL, viewport } = workerInfo.project.use;
      const context = await browser.newContext({ baseURL, viewport });
      const page = await context.newPage();
      await signIn(page);
      await provide(page);
      await context.close();
    },
    { scope: 'worker' },
  ],
  page: async ({ signedInPage, viewport }, provide) => {
    if (viewport) await signedInPage.setViewportSize(viewport);
    await open(signedInPage, '/');
    await provide(signedInPage);
  },
});

export { expect };

/**
 * Opens a path of the portal the way its own links do, without loading the
 * app again (see `test`). Deep-link tests load theirs with `page.goto`.
 */
export async function open(page: Page, url: string) {
  await page.evaluate(target => {
    // As a page newly opened, from its top.
    window.scrollTo(0, 0);
    window.history.pushState(null, '', target);
    window.dispatchEvent(new PopStateEvent('popstate', { state: null }));
  }, url);
  // The page may rewrite its query (the catalog adds its filters).
  const { pathname } = new URL(url, page.url());
  await expect(page).toHaveURL(current => current.pathname === pathname);
}

export function sidebar(page: Page): Locator {
  return page.getByRole('navigation', { name: 'sidebar nav' });
}

export async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}

/** The dashboard's list of entities (named after what it lists). */
export function entityList(page: Page): Locator {
  return page.getByRole('table', { name: 'Components', exact: true });
}

/** The rows of the dashboard's list, without its header row. */
export function entityRows(page: Page): Locator {
  return entityList(page).locator('tbody').getByRole('row');
}

/**
 * The maturity card of an entity's overview. Entity cards are not named
 * regions, so it is found as the card that links to the scorecard.
 */
export function maturityCard(page: Page): Locator {
  return page
    .locator('.MuiCard-root')
    .filter({ has: page.getByRole('link', { name: 'View scorecard' }) });
}

/** A check's row (an accordion button) in the tab's check list. */
export function checkRow(page: Page, title: string): Locator {
  return page
    .getByRole('region', { name: 'Checks', exact: true })
    .getByRole('button', { name: new RegExp(escapeRegExp(title)) })
    .first();
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** An entity of the maturity API's list, as far as these tests read it. */
export interface ListedEntity {
  entityRef: string;
  name: string;
  title?: string;
  system?: string;
  domain?: string;
  phase: string | null;
  blocking: string[];
  unknown?: { reason: string; checks: string[] };
}

/**
 * The maturity backend as the guest user, for waiting until the example
 * catalog is evaluated, reading the oracle's data and cleaning up: the
 * journeys themselves go through the UI.
 */
export class Backend {
  private constructor(
    private readonly request: APIRequestContext,
    private readonly token: string,
  ) {}

  static async signIn(request: APIRequestContext): Promise<Backend> {
    const response = await request.get(
      `${BACKEND_URL}/api/auth/guest/refresh`,
      { headers: { 'X-Requested-With': 'XMLHttpRequest' } },
    );
    expect(response.ok(), 'guest sign-in to the backend').toBeTruthy();
    const body = await response.json();
    return new Backend(request, body.backstageIdentity.token);
  }

  private get headers() {
    return { Authorization: `Bearer ${this.token}` };
  }

  async get<T>(route: string): Promise<T> {
    const response = await this.request.get(
      `${BACKEND_URL}/api/maturity${route}`,
      { headers: this.headers },
    );
    expect(response.ok(), `GET ${route}: ${response.status()}`).toBeTruthy();
    return response.json();
  }

  async entities(query = ''): Promise<ListedEntity[]> {
    const list = await this.get<{ items: ListedEntity[] }>(
      `/entities?limit=500${query}`,
    );
    return list.items;
  }

  /**
   * Waits for the example catalog's first evaluation, which the portal runs
   * shortly after start-up: every component of the oracle is listed.
   */
  async waitForEvaluation(timeoutMs = 180_000) {
    const deadline = Date.now() + timeoutMs;
    let missing: string[] = Object.keys(expectedPhases);
    while (Date.now() < deadline) {
      const response = await this.request.get(
        `${BACKEND_URL}/api/maturity/entities?limit=500`,
        { headers: this.headers },
      );
      if (response.ok()) {
        const { items } = (await response.json()) as { items: ListedEntity[] };
        const names = new Set(items.map(e => e.name));
        missing = Object.keys(expectedPhases).filter(n => !names.has(n));
        if (missing.length === 0) return;
      }
      await new Promise(resolve => setTimeout(resolve, 2_000));
    }
    throw new Error(
      `The example catalog was not evaluated in time; missing: ${missing.join(
        ', ',
      )}`,
    );
  }

  /**
   * Revokes the entity's exemptions and attestations of a check made
   * through the API (left by an earlier, interrupted run) and re-evaluates
   * the entity, so that the check counts as it really is.
   */
  async revokeWaivers(entityPath: string, checkId: string) {
    const waivers = await this.get<{
      items: {
        id: string;
        checkId: string;
        active: boolean;
        source?: string;
      }[];
    }>(`/entities/${entityPath}/waivers`);
    const left = waivers.items.filter(
      w => w.checkId === checkId && w.active && w.source !== 'annotation',
    );
    for (const waiver of left) {
      const response = await this.request.delete(
        `${BACKEND_URL}/api/maturity/waivers/${encodeURIComponent(waiver.id)}`,
        {
          headers: this.headers,
          data: { reason: 'Clean state for the browser tests' },
        },
      );
      expect(response.ok(), `revoke ${waiver.id}`).toBeTruthy();
    }
    if (left.length) {
      const response = await this.request.post(
        `${BACKEND_URL}/api/maturity/entities/${entityPath}/refresh`,
        { headers: this.headers },
      );
      expect(response.ok(), `re-evaluate ${entityPath}`).toBeTruthy();
    }
  }
}

/** Runs `task` with the backend signed in as the guest. */
export async function withBackend<T>(
  task: (backend: Backend) => Promise<T>,
): Promise<T> {
  const context = await requests.newContext();
  try {
    return await task(await Backend.signIn(context));
  } finally {
    await context.dispose();
  }
}

/** A word drawn across two lines, and where. */
export interface BrokenWord {
  word: string;
  text: string;
  where: string;
}

/**
 * The words drawn across more than one line in the text of the elements
 * `selector` matches inside `scope`: a run of letters without a space, a
 * hyphen or a slash (where lines may break) whose glyphs lie on two lines
 * is a word broken mid-word, like "Engineerin / g".
 */
export async function findBrokenWords(
  scope: Locator,
  selector: string,
): Promise<BrokenWord[]> {
  return scope.evaluateAll((roots, sel) => {
    const found: { word: string; text: string; where: string }[] = [];
    const seen = new Set<Node>();
    const describe = (element: Element) => {
      const cell = element.closest(
        'th, td, [role=cell], [role=columnheader], [role=rowheader]',
      );
      const table = element.closest('table, [role=table], [role=grid]');
      const label =
        table?.getAttribute('aria-label') ??
        element.closest('section, [role=region]')?.getAttribute('aria-label') ??
        element.closest('section, [role=region]')?.querySelector('h2, h3')
          ?.textContent ??
        '';
      return `${label}${cell ? ` / ${cell.tagName.toLowerCase()}` : ''}`;
    };
    for (const root of roots) {
      const elements = [
        ...(root.matches(sel) ? [root] : []),
        ...root.querySelectorAll(sel),
      ];
      for (const element of elements) {
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (seen.has(node)) continue;
          seen.add(node);
          const parent = node.parentElement;
          if (!parent) continue;
          const box = parent.getBoundingClientRect();
          // Visually hidden text (for screen readers) is one pixel wide.
          if (box.width <= 2 || box.height <= 2) continue;
          if (!parent.checkVisibility({ visibilityProperty: true })) {
            continue;
          }
          const text = node.textContent ?? '';
          const words = /[^\s\-\u2010-\u2015/]+/g;
          for (let m = words.exec(text); m; m = words.exec(text)) {
            if (m[0].length < 2) continue;
            const range = document.createRange();
            range.setStart(node, m.index);
            range.setEnd(node, m.index + m[0].length);
            const lines: number[] = [];
            for (const rect of range.getClientRects()) {
              if (rect.width === 0 || rect.height === 0) continue;
              if (
                !lines.some(top => Math.abs(top - rect.top) < rect.height / 2)
              ) {
                lines.push(rect.top);
              }
            }
            if (lines.length > 1) {
              found.push({
                word: m[0],
                text: text.trim(),
                where: describe(parent),
              });
            }
          }
        }
      }
    }
    return found;
  }, selector);
}

/** Table headers and cells, in HTML and ARIA tables alike. */
export const TABLE_TEXT =
  'th, td, [role=columnheader], [role=rowheader], [role=cell], [role=gridcell]';

/**
 * Fails, naming the words, when any text of `selector` inside `scope` has
 * a word broken across lines at the page's current width.
 */
export async function expectNoBrokenWords(
  page: Page,
  scope: Locator,
  selector: string,
  what: string,
) {
  const width = page.viewportSize()?.width;
  const broken = await findBrokenWords(scope, selector);
  expect(
    broken.map(b => `"${b.word}" in "${b.text}" (${b.where})`),
    `words broken mid-word in ${what} at ${width} px`,
  ).toEqual([]);
}
