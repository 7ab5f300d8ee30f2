/**
 * Paint first, then start the framework.
 *
 * Next.js puts its client chunks in the page's <head> as `<script src async>`, and its stylesheet
 * as a <link> the first paint must wait for. An async script runs the moment it arrives, so on a
 * fast connection React's runtime (about 70 ms of evaluation on a desktop, four times that on a
 * phone) runs before the browser has painted the page it already has, and the first paint waits
 * for it; the stylesheet costs one more round trip before anything shows. Readout's pages are
 * complete as HTML (every page works without JavaScript), so the first paint needs neither a
 * second request nor the framework. This rewrite
 *
 * - inlines the stylesheet in place of its <link>;
 * - turns each chunk's <script> (and the preload of the bootstrap chunk) into a call that queues
 *   the chunk; a small loader adds the queued files, in the same order and still async, once the
 *   document is parsed and a frame has been painted, the stylesheet's <link> first: React expects
 *   to find it when it hydrates (without it, React adds one itself). Its rules are already in the
 *   page, so it is added with `media="not all"`: applied a second time they would change nothing and
 *   cost a restyle of the whole page (40-60 ms measured on a desktop, counted as blocking time).
 *
 * The chunks are not even preloaded: a download that ends before the paint, or a script compiled
 * before it, is counted as holding the paint back by Lighthouse's simulation (it was: LCP 1.5-2.2 s
 * with low-priority preloads against 1.0-1.1 s without, in the same conditions).
 *
 * Hydration starts a frame later; nothing else changes (same files, same order, same attributes).
 *
 * The rewrite works on a stream of text: a tag cut in two by a chunk boundary is held back until
 * the rest of it arrives, so the result is the same however the HTML is chunked.
 */

/**
 * The tags this rewrite changes, as Next 16 writes them (assets under `/_next/static/chunks/`,
 * optionally behind an asset prefix), in one pattern so they are handled in document order:
 * 1. a stylesheet's <link> (href), 2. the bootstrap chunk's preload, 3. a chunk's <script> (src).
 */
const TAGS = new RegExp(
  [
    /<link rel="stylesheet" href="([^"<>]*\/_next\/static\/chunks\/[\w.~-]+\.css)" data-precedence="next"\/>/.source,
    /<link rel="preload" as="script" fetchPriority="low" href="[^"<>]*\/_next\/static\/chunks\/[\w.~-]+\.js"\/>/.source,
    /<script src="([^"<>]*\/_next\/static\/chunks\/[\w.~-]+\.js)" async="">/.source,
  ].join("|"),
  "g",
);

/**
 * Defined once per page, before the first queued file. `__readoutDefer(src)` queues a chunk until
 * the page has painted (the document parsed, then one animation frame, then a task), and adds it at
 * once after that; a stylesheet (`.css`, inlined in the page) is added back, inert, as the <link>
 * React expects to find when it hydrates. A page opened in a background tab paints nothing, so it starts
 * at once.
 */
export const LOADER =
  "(function(w,d){var q=[],on=0;function add(s){var e;if(/\\.css$/.test(s)){e=d.createElement(\"link\");e.rel=\"stylesheet\";e.media=\"not all\";e.href=s;e.setAttribute(\"data-precedence\",\"next\")}" +
  'else{e=d.createElement("script");e.src=s;e.async=!0}d.head.appendChild(e)}' +
  "function go(){if(!on){on=1;q.forEach(add)}}w.__readoutDefer=function(s){on?add(s):q.push(s)};" +
  'function later(){d.visibilityState=="hidden"?go():requestAnimationFrame(function(){setTimeout(go,0)})}' +
  'd.readyState=="loading"?d.addEventListener("DOMContentLoaded",later):later()})(self,document)';

/**
 * A rewriter for one HTML document: `push` each chunk of text in order, then `flush`; each returns
 * the rewritten text as a list of parts, strings and inlined stylesheets as `readStylesheet` gave
 * them (a server can hand it a ready Buffer, written as it is, however many pages include it).
 * `readStylesheet(href)` returns a stylesheet, to be inlined in place of its <link> (so the first
 * paint waits for no request but the page itself), or undefined to leave that <link> alone; it
 * must not contain "</style" (the server checks each file once).
 */
export function createScriptDeferrer({ readStylesheet = () => undefined } = {}) {
  let carry = "";
  let loaderSent = false;
  let headClosed = false;
  let done = false;
  const queue = (src) => {
    const call = `<script>self.__readoutDefer(${JSON.stringify(src)})`;
    if (loaderSent) return call;
    loaderSent = true;
    return `<script>${LOADER}</script>${call}`;
  };
  const scan = (text) => {
    const parts = [];
    let last = 0;
    for (const match of text.matchAll(TAGS)) {
      const [tag, href, src] = match;
      let replacement = "";
      if (href) {
        const css = readStylesheet(href);
        if (css === undefined) continue;
        parts.push(text.slice(last, match.index), `<style data-href="${href}">`, css);
        replacement = `</style>${queue(href)}</script>`;
      } else {
        parts.push(text.slice(last, match.index));
        if (src) {
          // Next writes its chunks in the head and its bootstrap chunk once, after the page's shell.
          if (headClosed || text.lastIndexOf("</head>", match.index) >= 0) done = true;
          replacement = queue(src);
        }
      }
      parts.push(replacement);
      last = match.index + tag.length;
    }
    parts.push(text.slice(last));
    if (text.includes("</head>")) headClosed = true;
    return parts.filter((part) => part.length > 0);
  };
  return {
    push(chunk) {
      const text = carry + chunk;
      const open = text.lastIndexOf("<");
      // A tag still open at the end of the chunk waits for the next one.
      if (open >= 0 && text.indexOf(">", open) < 0) {
        carry = text.slice(open);
        return scan(text.slice(0, open));
      }
      carry = "";
      return scan(text);
    },
    flush() {
      const rest = carry;
      carry = "";
      return scan(rest);
    },
    /** True once the bootstrap chunk is queued: the rest of the page needs no rewriting (flush, then pass it through). */
    get done() {
      return done;
    },
  };
}

/** Rewrites a whole document at once (tests, and anything that is not a stream). */
export function deferFrameworkScripts(html, options) {
  const deferrer = createScriptDeferrer(options);
  return [...deferrer.push(html), ...deferrer.flush()].join("");
}
