/**
 * Paint first; start the framework only where and when it has something to do.
 *
 * Next.js puts its client chunks in the page's <head> as `<script src async>`, and its stylesheet
 * as a <link> the first paint must wait for. An async script runs the moment it arrives, so React's
 * runtime (about 70 ms of evaluation on a desktop, four times that on a phone) and then hydration
 * (walking every element of the page) block the main thread while the reader starts to read. Yet
 * Readout's pages are complete as HTML: every link is a plain anchor and every form a plain GET form.
 * The framework only improves a few parts (the timeline's filter form and in-place links update the
 * list without a reload; a Copy button beside the permalink and the citation). So this rewrite
 *
 * - inlines the stylesheet in place of its <link>, so the first paint waits for no second request;
 * - turns each chunk's <script> (and the preload of the bootstrap chunk) into a call that queues
 *   the chunk; a small loader adds the queued files, in the same order and still async, when the
 *   reader first reaches for an enhanced part (see LOADER). A page with no such part never loads
 *   them. The stylesheet's <link> is added first: React expects to find it when it hydrates (without
 *   it, React adds one itself). Its rules are already in the page, so it is added with
 *   `media="not all"`: applied a second time they would change nothing and cost a restyle of the
 *   whole page (40-60 ms measured on a desktop, counted as blocking time).
 *
 * Changes a reader makes before the framework has loaded are not lost: the filter form applies them
 * once it hydrates (components/timeline/filter-form.tsx), and a link or a submit button works as
 * plain HTML in the meantime.
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
 * The attribute that marks an element the framework enhances (the timeline's filter form and
 * in-place links, a Copy field). Everything works without JavaScript; these parts work better with it.
 */
export const ENHANCED_ATTRIBUTE = "data-js";

/**
 * Defined once per page, before the first queued file. `__readoutDefer(src)` queues a chunk until
 * the reader reaches for a part of the page the framework enhances (an element with
 * `ENHANCED_ATTRIBUTE`): the pointer moves over it or presses it, or it takes the focus. The queued
 * files are then added, in order, and from then on each is added at once. A page without such an
 * element never loads the framework: it has nothing for it to do, its links and forms being plain
 * HTML. Next's error document (`<html id="__next_error__">`, sent when a page fails or calls
 * notFound() before its shell is out) is empty until React renders it, so it loads at once.
 * History entries the client router added (a filter, then a reload) can outlive it: Back to one of
 * them, with no router to render it, would change the address and not the page, so the page is
 * loaded afresh (a Back to a #fragment of the same page is left to the browser). A stylesheet
 * (`.css`, inlined in the page) is added back, inert, as the <link> React expects to find when it
 * hydrates.
 */
export const LOADER =
  "(function(w,d){var q=[],on=0,E=[\"pointerover\",\"pointerdown\",\"focusin\"],l=w.location,u=l.pathname+l.search;" +
  'function add(s){var e;if(/\\.css$/.test(s)){e=d.createElement("link");e.rel="stylesheet";e.media="not all";e.href=s;e.setAttribute("data-precedence","next")}' +
  'else{e=d.createElement("script");e.src=s;e.async=!0}d.head.appendChild(e)}' +
  "function go(){if(!on){on=1;E.forEach(function(t){d.removeEventListener(t,near,!0)});q.forEach(add)}}" +
  `function near(e){var t=e.target;t&&t.closest&&t.closest("[${ENHANCED_ATTRIBUTE}]")&&go()}` +
  "w.__readoutDefer=function(s){on?add(s):q.push(s)};" +
  'w.addEventListener("popstate",function(){on||l.pathname+l.search==u||l.reload()});' +
  'd.documentElement.id=="__next_error__"?go():E.forEach(function(t){d.addEventListener(t,near,{capture:!0,passive:!0})})})(self,document)';

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
