/**
 * The timeline library (vis-timeline), run when the chart is first used rather than with the
 * page (chartView.js): it is the page's largest file and its longest script. `container` names its script and stylesheet (`data-library-script`,
 * `data-library-styles`: the server points them at the versioned URLs). Resolves to `window.vis`.
 */
export function loadChartLibrary(container) {
  if (window.vis) return Promise.resolve(window.vis);
  const styles = document.createElement('link');
  styles.rel = 'stylesheet';
  styles.href = container.dataset.libraryStyles;
  // Before the page's own styles, which adjust the library's.
  document.head.insertBefore(styles, document.head.querySelector('link[rel="stylesheet"], style'));
  const script = document.createElement('script');
  script.src = container.dataset.libraryScript;
  document.head.append(script);
  const loaded = (element) =>
    new Promise((resolve, reject) => {
      element.addEventListener('load', resolve, { once: true });
      element.addEventListener('error', () => reject(new Error('the timeline library did not load')), { once: true });
    });
  return Promise.all([loaded(script), loaded(styles)]).then(() => {
    if (!window.vis) throw new Error('the timeline library did not load');
    return window.vis;
  });
}

/**
 * Asks the browser to fetch the library's script and stylesheet into its cache at the lowest
 * priority (`prefetch`), without running them: the first use of the chart then waits for their
 * evaluation only. Done once the page has painted what it shows, so nothing it needs first waits
 * behind the library's bytes.
 */
export function prefetchChartLibrary(container) {
  if (window.vis) return;
  for (const href of [container.dataset.libraryScript, container.dataset.libraryStyles]) {
    if (document.head.querySelector(`link[rel="prefetch"][href="${CSS.escape(href)}"]`)) continue;
    document.head.append(Object.assign(document.createElement('link'), { rel: 'prefetch', href }));
  }
}
