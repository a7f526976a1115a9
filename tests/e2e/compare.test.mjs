// Pasting articles, comparing, and reading the result, as a person does.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join } from "node:path";
import { serveDist, launch, openPage, screenshot, ROOT } from "./harness.mjs";

let server;
let browser;
before(async () => {
  server = await serveDist();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function ready(page) {
  await page.goto(server.origin + "/");
  await page.getByRole("status").filter({ hasText: "Ready" }).waitFor({ timeout: 15000 });
}

/** ../shared beside the clone, or null after saying the test is skipped (a failure in CI). */
function shared(t) {
  const dir = join(ROOT, "..", "shared");
  if (existsSync(dir)) return dir;
  assert.ok(!process.env.CI, "../shared is missing and CI is set");
  t.skip("SKIPPED: ../shared not found beside the repository");
  return null;
}

test("the example shows disputes with each source's value highlighted", async () => {
  const { context, page, log } = await openPage(browser, server.origin);
  await ready(page);
  await page.getByRole("button", { name: "Load example" }).click();
  const disputed = page.locator("section.verdict.disputed");
  await disputed.getByText("Differs on: time").first().waitFor();
  const marks = await disputed.locator("mark").allTextContents();
  assert.ok(marks.includes("after 9:00 a.m."), `marks: ${marks}`);
  assert.ok(marks.includes("after 9:30 a.m."), `marks: ${marks}`);
  assert.ok(marks.some((m) => m.includes("Former Mayor")), `marks: ${marks}`);
  // rounding is no conflict: $2 million and $2,150,000 agree
  const consensus = await page.locator("section.verdict.consensus").textContent();
  assert.match(consensus, /\$2,150,000/);
  assert.match(await page.getByRole("status").textContent(), /Done: \d+ facts/);
  await screenshot(page, "example-compared");
  await page.setViewportSize({ width: 360, height: 800 });
  await screenshot(page, "example-360px");
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.offsite, []);
  await context.close();
});

test("the five Istanbul articles show the dispute over the time of Putin's address", async (t) => {
  const dir = shared(t);
  if (!dir) return;
  const folder = join(dir, "corpus/istanbul-2025/articles");
  const files = readdirSync(folder).filter((f) => f.endsWith(".txt")).sort();
  const { context, page, log } = await openPage(browser, server.origin);
  await ready(page);
  for (let i = 3; i < files.length; i++) await page.getByRole("button", { name: "Add article" }).click();
  for (const [i, f] of files.entries()) {
    await page.getByLabel(`Article ${i + 1}`, { exact: true }).fill(readFileSync(join(folder, f), "utf8"));
  }
  await page.getByRole("button", { name: "Compare" }).click();
  const time = page.locator("section.verdict.disputed .fact").filter({ hasText: "Differs on: time" });
  await time.first().waitFor();
  const marks = await time.first().locator("mark").allTextContents();
  assert.ok(marks.includes("after 1:00 a.m."), `marks: ${marks}`);
  assert.ok(marks.includes("after 1:30 a.m."), `marks: ${marks}`);
  await screenshot(page, "istanbul-compared");
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.offsite, []);
  await context.close();
});

test("articles can be added and removed, and renumber", async () => {
  const { context, page } = await openPage(browser, server.origin);
  await ready(page);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.getByRole("status").filter({ hasText: "Ready" }).waitFor();
  assert.equal(await page.locator("textarea").count(), 3);
  await page.getByRole("button", { name: "Add article" }).click();
  await page.getByRole("button", { name: "Add article" }).click();
  assert.equal(await page.locator("textarea").count(), 5);
  await page.getByLabel("Article 5", { exact: true }).fill("fifth");
  await page.getByRole("button", { name: "Remove article 2" }).click();
  assert.equal(await page.locator("textarea").count(), 4);
  // the fifth article is now the fourth
  assert.equal(await page.getByLabel("Article 4", { exact: true }).inputValue(), "fifth");
  assert.match(await page.locator(".count").nth(3).textContent(), /5 characters, 1 words/);
  await screenshot(page, "add-remove");
  await context.close();
});

test("drafts survive a reload; clear all asks first", async () => {
  const { context, page } = await openPage(browser, server.origin);
  await ready(page);
  await page.getByLabel("Article 1", { exact: true }).fill("Kept across reloads.");
  await page.getByLabel("Source of article 1").fill("Test Outlet");
  await page.reload();
  await page.getByRole("status").filter({ hasText: "Ready" }).waitFor();
  assert.equal(await page.getByLabel("Article 1", { exact: true }).inputValue(), "Kept across reloads.");
  assert.equal(await page.getByLabel("Source of article 1").inputValue(), "Test Outlet");
  await page.getByRole("button", { name: "Clear all" }).click();
  // nothing is cleared until confirmed
  assert.equal(await page.getByLabel("Article 1", { exact: true }).inputValue(), "Kept across reloads.");
  await page.getByRole("button", { name: "Yes, clear all" }).click();
  assert.equal(await page.getByLabel("Article 1", { exact: true }).inputValue(), "");
  await context.close();
});

test("pasted markup is shown as text and runs nothing", async () => {
  const { context, page, log } = await openPage(browser, server.origin);
  await ready(page);
  // Markup inside a sentence: the mention is the source's own text, so it carries the markup.
  const evil = 'The council <img src=x onerror="window.__pwned=1"> met on Monday <script>window.__pwned=2</script> at noon.';
  await page.getByLabel("Article 1", { exact: true }).fill(evil + " The vote was close.");
  await page.getByLabel("Article 2", { exact: true }).fill(evil + " The vote was close.");
  await page.getByRole("button", { name: "Compare" }).click();
  await page.locator(".summary").waitFor();
  const shown = await page.locator("#results").textContent();
  assert.match(shown, /<img src=x onerror=/);
  assert.match(shown, /<script>window.__pwned=2<\/script>/);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.locator("#results img, #results script").count(), 0);
  await screenshot(page, "xss-as-text");
  assert.deepEqual(log.offsite, []);
  await context.close();
});

test("keyboard only: type, Ctrl+Enter compares, results are announced", async () => {
  const { context, page, log } = await openPage(browser, server.origin);
  await ready(page);
  await page.evaluate(() => localStorage.clear());
  await page.keyboard.press("Tab"); // into the first control
  await page.getByLabel("Article 1", { exact: true }).focus();
  await page.keyboard.type("The bridge reopened on Monday. About 40 people came.");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await page.keyboard.type("The bridge reopened on Monday. About 90 people came.");
  await page.keyboard.press("Control+Enter");
  await page.locator(".summary").waitFor();
  assert.match(await page.getByRole("status").textContent(), /Done: \d+ facts/);
  await screenshot(page, "keyboard");
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("150 real articles at once: the page stays responsive and shows the result", async (t) => {
  const dir = shared(t);
  if (!dir) return;
  const root = join(dir, "corpus/basil-dev");
  const texts = readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .flatMap((ev) => readdirSync(join(root, ev)).filter((f) => f.endsWith(".txt")).sort().map((f) => readFileSync(join(root, ev, f), "utf8")));
  assert.equal(texts.length, 150);
  const { context, page, log } = await openPage(browser, server.origin);
  await ready(page);
  const add = page.getByRole("button", { name: "Add article" });
  while ((await page.locator("textarea").count()) < texts.length) await add.click();
  // Fill every box as a paste would (an input event per box).
  await page.evaluate((all) => {
    document.querySelectorAll("textarea").forEach((ta, i) => {
      ta.value = all[i];
      ta.dispatchEvent(new Event("input", { bubbles: true }));
    });
  }, texts);
  // Watch the main thread: the longest gap between animation frames while comparing.
  await page.evaluate(() => {
    window.__gap = 0;
    let last = performance.now();
    const tick = (now) => {
      window.__gap = Math.max(window.__gap, now - last);
      last = now;
      if (!document.querySelector(".summary")) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await page.getByRole("button", { name: "Compare" }).click();
  await page.getByRole("status").filter({ hasText: "Comparing 150 articles" }).waitFor();
  // While the worker runs, the page still answers: a new article can be added.
  await add.click();
  await page.locator(".summary").waitFor({ timeout: 120000 });
  assert.equal(await page.locator("textarea").count(), 151);
  const gap = await page.evaluate(() => window.__gap);
  assert.ok(gap < 1000, `the main thread was blocked for ${gap} ms`);
  assert.match(await page.locator(".summary").textContent(), /facts found/);
  await page.locator(".summary").scrollIntoViewIfNeeded();
  await screenshot(page, "large-input", { fullPage: false });
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.offsite, []);
  await context.close();
});
