// 150 articles at once (the basil-dev corpus): the page stays responsive while the worker
// compares them, shows progress, and then shows the result.
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { browserSuite, openPage, screenshot, ready } from "./harness.mjs";
import { SHARED, needShared, textFiles } from "./shared.mjs";

const env = browserSuite();

test("150 articles: progress, a responsive page, then the result", { timeout: 600000 }, async (t) => {
  if (!(await needShared(t, "corpus/basil-dev"))) return;
  const files = await textFiles(join(SHARED, "corpus/basil-dev"), true);
  assert.equal(files.length, 150);
  const { context, page, log } = await openPage(env.browser, env.origin);
  await page.goto(env.origin + "/");
  await ready(page);
  await page.locator("input[type=file]").setInputFiles(files);
  const boxes = page.getByRole("textbox", { name: /^Article \d+$/ });
  await page.getByRole("textbox", { name: "Article 150", exact: true }).waitFor({ timeout: 20000 });
  assert.equal(await boxes.count(), 150);
  assert.equal(await page.getByRole("textbox", { name: "Source of article 1", exact: true }).inputValue(), "fox");

  // Watch the main thread from Compare until the results are on screen: the longest gap
  // between animation frames, rendering of the results included.
  await page.evaluate(() => {
    window.__gap = 0;
    let last = performance.now();
    let after = 0;
    const tick = (now) => {
      window.__gap = Math.max(window.__gap, now - last);
      last = now;
      if (document.querySelector(".summary")) after += 1;
      if (after < 2) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await page.getByRole("button", { name: "Compare", exact: true }).click();
  const progress = page.locator(".progress-text");
  await progress.filter({ hasText: "Comparing 150 articles…" }).waitFor({ timeout: 5000 });
  assert.match(await page.locator("#engine-status").textContent(), /Comparing 150 articles…/);
  // While the worker runs, the page handles input at once.
  const t0 = Date.now();
  await page.getByRole("button", { name: "Add article" }).click({ timeout: 2000 });
  await page.getByRole("textbox", { name: "Article 151", exact: true }).fill("Typed while comparing.");
  const handled = Date.now() - t0;
  assert.ok(handled < 2000, `a click and typing took ${handled} ms during the analysis`);
  const lag = await page.evaluate(
    () => new Promise((ok) => { const s = performance.now(); setTimeout(() => ok(performance.now() - s), 0); }),
  );
  assert.ok(lag < 200, `main thread blocked for ${lag} ms`);
  await screenshot(page, "large-progress", { fullPage: false });
  await page.getByRole("heading", { name: /^Disputed/ }).waitFor({ timeout: 540000 });
  assert.match(await page.locator(".summary").textContent(), /across 150 sources/);
  assert.match(await page.locator("#engine-status").textContent(), /Compared 150 articles in \d+\.\d s/);
  assert.equal(await page.locator(".progress").isHidden(), true);
  await page.waitForFunction(() => document.querySelector(".summary") && window.__gap > 0);
  const gap = await page.evaluate(() => window.__gap);
  console.log(`longest main-thread gap between frames, Compare to results shown: ${Math.round(gap)} ms`);
  assert.ok(gap < 1000, `the main thread was blocked for ${Math.round(gap)} ms`);
  await page.locator(".summary").scrollIntoViewIfNeeded();
  await screenshot(page, "large-results", { fullPage: false });
  assert.deepEqual(log.offsite, []);
  assert.deepEqual(log.errors, []);
  await context.close();
});
