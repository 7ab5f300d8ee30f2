/** Where the changelog lives: the page and its Atom feed. No imports, so any module may read them. */
export const CHANGES_PATH = "/changes";
export const CHANGES_FEED_PATH = "/changes.xml";
