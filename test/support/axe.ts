import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/** The rule sets the page is held to: WCAG 2.0–2.2 A and AA, and axe's best practices. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'];

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly targets: string[];
}

let axeSource: string | undefined;

/**
 * Runs axe-core (from its npm package, nothing fetched) on the page as it is now and returns the
 * serious and critical violations, each with the elements it names. The script is evaluated
 * through the debugging protocol rather than added as a script tag: the page's
 * Content-Security-Policy (scripts from its own origin only) stays in force while it is checked.
 */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  axeSource ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  if (!(await page.evaluate("'axe' in window"))) await page.evaluate(`${axeSource}\n;void 0`);
  const violations: AxeViolation[] = await page.evaluate(`(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ${JSON.stringify(TAGS)} },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => String(n.target.join(' '))),
    }));
  })()`);
  return violations.filter((v: AxeViolation) => v.impact === 'serious' || v.impact === 'critical');
}
