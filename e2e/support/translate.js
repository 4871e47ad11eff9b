// Acts like a browser's page translator: every text node that appears is replaced by
// <font><font>text</font></font>, as Chrome's and Edge's translators do. The original text node
// leaves the page, so a view that still holds it must cope (see translated.spec.js).

/** Installs the translator on every page load; call before `page.goto`. */
export async function translateLikeABrowser(page) {
  await page.addInitScript(() => {
    const skip = new Set(['SCRIPT', 'STYLE', 'TEXTAREA', 'OPTION', 'TITLE', 'FONT']);
    const wrap = (node) => {
      const parent = node.parentNode;
      if (!parent || skip.has(parent.nodeName) || !node.data.trim()) return;
      const outer = document.createElement('font');
      const inner = document.createElement('font');
      outer.style.verticalAlign = 'inherit';
      inner.style.verticalAlign = 'inherit';
      inner.appendChild(document.createTextNode(node.data));
      outer.appendChild(inner);
      parent.replaceChild(outer, node);
      window.__translatedNodes = (window.__translatedNodes || 0) + 1;
    };
    const walk = (root) => {
      if (root.nodeType === Node.TEXT_NODE) return wrap(root);
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const found = [];
      while (walker.nextNode()) found.push(walker.currentNode);
      found.forEach(wrap);
    };
    const start = () => {
      walk(document.body);
      new MutationObserver((records) => {
        for (const r of records) {
          if (r.type === 'characterData') wrap(r.target);
          r.addedNodes.forEach((n) => n.isConnected && walk(n));
        }
      }).observe(document.body, { childList: true, subtree: true, characterData: true });
    };
    if (document.body) start();
    else document.addEventListener('DOMContentLoaded', start);
  });
}
