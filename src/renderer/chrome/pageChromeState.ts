import type { ChromeBlock } from '../../core/chrome/pageChrome';

/** The page chrome a check run recognised, and whether it was left out of the checks and claims. */
export interface PageChromeState {
  blocks: ChromeBlock[];
  excluded: boolean;
}

export const NO_PAGE_CHROME: PageChromeState = { blocks: [], excluded: true };
