/**
 * The set-up every browser test shares: the built API on a fresh demo database and a fresh
 * Chromium, started once per file and stopped after it.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { callApi, launchBrowser, openPage, startApi, tokenOf, type RunningApi } from './harness.mjs';

export function useBrowserSession() {
  let api: RunningApi;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let other: Awaited<ReturnType<typeof launchBrowser>> | undefined;
  beforeAll(async () => {
    api = await startApi();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await other?.close();
    await browser?.close();
    await api?.stop();
  });
  return {
    get url(): string {
      return api.url;
    },
    newPage: (): Promise<Page> => openPage(browser.context),
    /**
     * A tab in a second browser, for another person signed in at the same time: the tabs of one
     * browser share a session, as they do for people.
     */
    newPersonPage: async (): Promise<Page> => {
      other ??= await launchBrowser();
      return openPage(other.context);
    },
    /** Calls the API with the page's own session. */
    graphql: async <T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> =>
      callApi(api.url, await tokenOf(page), query, variables) as Promise<T>,
  };
}
