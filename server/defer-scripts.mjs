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

/** The stylesheet and chunks Next emits, `/_next/static/chunks/<name>.css|js`, optionally under an asset prefix. */
const STYLESHEET_TAG = /<link rel="stylesheet" href="([^"<>]*\/_next\/static\/chunks\/[\w.~-]+\.css)" data-precedence="next"\/>/g;
const SCRIPT_PRELOAD = /<link rel="preload" as="script" fetchPriority="low" href="[^"<>]*\/_next\/static\/chunks\/[\w.~-]+\.js"\/>/g;
const SCRIPT_TAG = /<script src="([^"<>]*\/_next\/static\/chunks\/[\w.~-]+\.js)" async="">/g;

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
 * A rewriter for one HTML document: `push` each chunk of text in order, then `flush`.
 * `readStylesheet(href)` returns a stylesheet's text, to be inlined in place of its <link> (so the
 * first paint waits for no request but the page itself), or undefined to leave that <link> alone.
 */
export function createScriptDeferrer({ readStylesheet = () => undefined } = {}) {
  let carry = "";
  let loaderSent = false;
  const queue = (src) => {
    const call = `<script>self.__readoutDefer(${JSON.stringify(src)})`;
    if (loaderSent) return call;
    loaderSent = true;
    return `<script>${LOADER}</script>${call}`;
  };
  const rewrite = (text) =>
    text
      .replace(STYLESHEET_TAG, (tag, href) => {
        const css = readStylesheet(href);
        // "</style" cannot occur in a stylesheet Next wrote, but a <style> must never end early.
        if (css === undefined || /<\/style/i.test(css)) return tag;
        return `<style data-href="${href}">${css}</style>${queue(href)}</script>`;
      })
      .replace(SCRIPT_PRELOAD, "")
      .replace(SCRIPT_TAG, (_, src) => queue(src));
  return {
    push(chunk) {
      const text = carry + chunk;
      const open = text.lastIndexOf("<");
      // A tag still open at the end of the chunk waits for the next one.
      if (open >= 0 && text.indexOf(">", open) < 0) {
        carry = text.slice(open);
        return rewrite(text.slice(0, open));
      }
      carry = "";
      return rewrite(text);
    },
    flush() {
      const rest = carry;
      carry = "";
      return rewrite(rest);
    },
  };
}

/** Rewrites a whole document at once (tests, and anything that is not a stream). */
export function deferFrameworkScripts(html, options) {
  const deferrer = createScriptDeferrer(options);
  return deferrer.push(html) + deferrer.flush();
}
