/**
 * The timeline library (vis-timeline), loaded when the chart is first drawn rather than with the
 * page: it is the page's largest file and its longest script, and a page that asks to sign in
 * first never needs it. `container` names its script and stylesheet (`data-library-script`,
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
