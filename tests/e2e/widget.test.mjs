// <corroborate-widget> on the demo blog post: pre-filled and empty, loaded twice, isolated
// from the blog's styles, themed by attribute, readable without scripts.
import { test } from "node:test";
import assert from "node:assert/strict";
import { browserSuite, openPage, screenshot } from "./harness.mjs";

const env = browserSuite();

const BLOG = "/static/demo/blog.html";

/** Resolves with the detail of the widget's next corroborate:done event, caught on window. */
function doneEvents(page) {
  return page.addInitScript(() => {
    window.__done = [];
    window.addEventListener("corroborate:done", (e) =>
      window.__done.push({ id: e.target.id, composed: e.composed, bubbles: e.bubbles, detail: e.detail }),
    );
  });
}

test("the pre-filled widget replaces its articles with the comparison", async () => {
  const { context, page, log } = await openPage(env.browser, env.origin);
  await doneEvents(page);
  await page.goto(env.origin + BLOG);
  await page.waitForFunction(() => window.__done.some((d) => d.id === "prefilled"), null, { timeout: 30000 });
  const done = (await page.evaluate(() => window.__done)).find((d) => d.id === "prefilled");
  assert.equal(done.bubbles, true);
  assert.equal(done.composed, true);
  assert.equal(done.detail.sources, 3);
  assert.deepEqual(done.detail.labels, ["Fenwick Herald", "Radio Fenwick", "The Weekly Post"]);
  assert.ok(done.detail.facts > 0);
  const w = page.locator("#prefilled");
  // The shadow root is open and holds the results; the author's articles are not shown.
  await w.getByRole("heading", { name: /^Disputed/ }).waitFor();
  await w.getByRole("heading", { name: /^Consensus/ }).waitFor();
  // The differences the post is about are shown, each source's value set against the others.
  const disputed = w.locator(".disputed-section");
  for (const value of ["7 to 2", "6 to 3", "$48 million", "$52 million", "11 stops", "12 stops", "2027", "2028"]) {
    assert.ok(
      (await disputed.locator("mark", { hasText: value }).count()) > 0,
      `the disputed facts highlight ${value}`,
    );
  }
  assert.equal(await w.getByRole("textbox", { name: /^Article/ }).count(), 0, "no inputs when pre-filled");
  assert.equal(await page.locator("#prefilled > article").first().isVisible(), false);
  // The blog's CSS (hotpink buttons and marks, indented paragraphs) does not reach inside.
  const style = await w.locator(".summary").evaluate((p) => getComputedStyle(p).textIndent);
  assert.equal(style, "0px");
  const btn = await w.getByRole("button", { name: "Show in sources" }).first()
    .evaluate((b) => getComputedStyle(b).backgroundColor);
  assert.notEqual(btn, "rgb(255, 105, 180)");
  // The widget's styles do not reach the blog either.
  assert.match(await page.locator("body").evaluate((b) => getComputedStyle(b).fontFamily), /Georgia/);
  // Loaded twice (two script tags), defined once, no error.
  assert.equal(await page.evaluate(() => document.querySelectorAll('script[src*="corroborate-widget.js"]').length), 2);
  assert.equal(await page.evaluate(() => typeof customElements.get("corroborate-widget")), "function");
  await screenshot(page, "blog");
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.offsite, []);
  await context.close();
});

test("the empty widget lets a reader paste and compare", async () => {
  const { context, page, log } = await openPage(env.browser, env.origin);
  await doneEvents(page);
  await page.goto(env.origin + BLOG);
  const w = page.locator("#empty");
  await w.getByRole("textbox", { name: "Article 1", exact: true }).waitFor({ timeout: 20000 });
  assert.equal(await w.getByRole("textbox", { name: /^Article \d+$/ }).count(), 2, "compact starts with two");
  await w.getByRole("textbox", { name: "Article 1", exact: true }).fill(
    "The museum reopened on Friday after a two-year renovation. About 2,000 visitors came on the first day.",
  );
  await w.getByRole("textbox", { name: "Article 2", exact: true }).fill(
    "The museum reopened on Friday after a two-year renovation. About 3,000 visitors came on the first day.",
  );
  await w.getByRole("button", { name: "Compare", exact: true }).click();
  await page.waitForFunction(() => window.__done.some((d) => d.id === "empty"), null, { timeout: 30000 });
  await w.getByRole("heading", { name: /^Consensus|^Disputed/ }).first().waitFor();
  // Nothing of the widget's state leaks into the page's drafts.
  assert.equal(await page.evaluate(() => localStorage.length), 0);
  await w.scrollIntoViewIfNeeded();
  await screenshot(page, "blog-empty-widget");
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("theme attribute and prefers-color-scheme", async () => {
  const { context, page } = await openPage(env.browser, env.origin);
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto(env.origin + BLOG);
  const w = page.locator("#prefilled");
  await w.locator(".summary").waitFor({ timeout: 30000 });
  const bg = () => w.evaluate((el) => getComputedStyle(el).backgroundColor);
  const dark = await bg();
  await w.evaluate((el) => el.setAttribute("theme", "light"));
  const light = await bg();
  assert.notEqual(dark, light);
  assert.equal(light, "rgb(247, 246, 242)");
  await w.evaluate((el) => el.setAttribute("theme", "dark"));
  assert.equal(await bg(), dark);
  await screenshot(page, "blog-dark");
  await context.close();
});

test("without scripts, readers see the articles as plain text", async () => {
  const context = await env.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(env.origin + BLOG);
  const first = page.locator("#prefilled > article").first();
  assert.equal(await first.isVisible(), true);
  assert.match(await first.textContent(), /approved the eastern tram line by a vote of 7 to 2/);
  await screenshot(page, "blog-no-script");
  await context.close();
});

test("loading the widget script again later is harmless", async () => {
  const { context, page, log } = await openPage(env.browser, env.origin);
  await page.goto(env.origin + BLOG);
  await page.locator("#prefilled").locator(".summary").waitFor({ timeout: 30000 });
  await page.evaluate(async () => {
    await import("/static/corroborate-widget.js?third");
    const w = document.createElement("corroborate-widget");
    w.id = "late";
    document.querySelector("main").append(w);
  });
  await page.locator("#late").getByRole("button", { name: "Compare", exact: true }).waitFor();
  assert.equal(await page.locator("#prefilled .results-title").count(), 1);
  assert.deepEqual(log.errors, []);
  await context.close();
});
