// Managing articles: add, remove, renumber, labels, lengths, drafts across reloads,
// clearing, exports and the embed snippet.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { browserSuite, openPage, screenshot, ready, compareAndWait } from "./harness.mjs";

const env = browserSuite();

const articleBoxes = (page) => page.getByRole("textbox", { name: /^Article \d+$/ });

test("articles can be added and removed, and are renumbered", async () => {
  const { context, page, log } = await openPage(env.browser, env.origin);
  await page.goto(env.origin + "/");
  await ready(page);
  assert.equal(await articleBoxes(page).count(), 3, "starts with three");
  for (let i = 0; i < 19; i++) await page.getByRole("button", { name: "Add article" }).click();
  assert.equal(await articleBoxes(page).count(), 22, "twenty and more");
  // The new article has focus and the right name.
  assert.equal(await page.getByRole("textbox", { name: "Article 22", exact: true }).evaluate((e) => e === document.activeElement), true);
  await page.getByRole("textbox", { name: "Article 2", exact: true }).fill("Second article text.");
  await page.getByRole("textbox", { name: "Article 3", exact: true }).fill("Third article text.");
  await page.getByRole("button", { name: "Remove article 2", exact: true }).click();
  assert.equal(await articleBoxes(page).count(), 21);
  // Article 3 became Article 2.
  assert.equal(await page.getByRole("textbox", { name: "Article 2", exact: true }).inputValue(), "Third article text.");
  assert.equal(await page.getByRole("button", { name: "Remove article 21", exact: true }).count(), 1);
  assert.equal(await page.getByRole("button", { name: "Remove article 22", exact: true }).count(), 0);
  await screenshot(page, "articles-many");
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("length is shown and the outlet is guessed from a dateline or byline", async () => {
  const { context, page } = await openPage(env.browser, env.origin);
  await page.goto(env.origin + "/");
  await ready(page);
  const a1 = page.getByRole("textbox", { name: "Article 1", exact: true });
  await a1.fill("LISBON (Reuters) — Ministers met on Monday. They agreed.");
  assert.equal(await page.getByRole("textbox", { name: "Source of article 1" }).inputValue(), "Reuters");
  assert.match(await page.locator(".count").first().textContent(), /56 characters · 8 words/);
  await page.getByRole("textbox", { name: "Article 2", exact: true }).fill("Madrid, 3 May (EFE).— The talks began.");
  assert.equal(await page.getByRole("textbox", { name: "Source of article 2" }).inputValue(), "EFE");
  await page.getByRole("textbox", { name: "Article 3", exact: true }).fill("Talks begin\n\nBy [AFP](#)\n\nThe talks began on Monday.");
  assert.equal(await page.getByRole("textbox", { name: "Source of article 3" }).inputValue(), "AFP");
  // A label typed by the user is never overwritten.
  await page.getByRole("textbox", { name: "Source of article 1" }).fill("My label");
  await a1.fill("PARIS (AFP) — Something else.");
  assert.equal(await page.getByRole("textbox", { name: "Source of article 1" }).inputValue(), "My label");
  await context.close();
});

test("drafts survive a reload; Clear all asks first", async () => {
  const { context, page, log } = await openPage(env.browser, env.origin);
  await page.goto(env.origin + "/");
  await ready(page);
  await page.getByRole("button", { name: "Add article" }).click();
  await page.getByRole("textbox", { name: "Article 4", exact: true }).fill("Fourth <b>draft</b> kept.");
  await page.getByRole("textbox", { name: "Source of article 4" }).fill("Desk notes");
  await page.reload();
  await ready(page);
  assert.equal(await articleBoxes(page).count(), 4);
  assert.equal(await page.getByRole("textbox", { name: "Article 4", exact: true }).inputValue(), "Fourth <b>draft</b> kept.");
  assert.equal(await page.getByRole("textbox", { name: "Source of article 4" }).inputValue(), "Desk notes");
  // Clear all: asks, "Keep" keeps.
  await page.getByRole("button", { name: "Clear all" }).click();
  const dialog = page.getByRole("alertdialog");
  await dialog.waitFor();
  assert.match(await dialog.textContent(), /1 article with text will be removed/);
  await screenshot(page, "clear-confirm");
  await page.getByRole("button", { name: "Keep my articles" }).click();
  assert.equal(await page.getByRole("textbox", { name: "Article 4", exact: true }).inputValue(), "Fourth <b>draft</b> kept.");
  await page.getByRole("button", { name: "Clear all" }).click();
  await page.getByRole("button", { name: "Clear everything" }).click();
  assert.equal(await articleBoxes(page).count(), 3);
  assert.equal(await page.getByRole("textbox", { name: "Article 1", exact: true }).inputValue(), "");
  await page.reload();
  await ready(page);
  assert.equal(await articleBoxes(page).count(), 3);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("exports: JSON parses and has facts, Markdown has the headings, copy works", async () => {
  const { context, page, log } = await openPage(env.browser, env.origin);
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: env.origin });
  await page.goto(env.origin + "/");
  await ready(page);
  await page.getByRole("button", { name: "Load example" }).click();
  await compareAndWait(page);
  const [json] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download JSON" }).click(),
  ]);
  assert.equal(json.suggestedFilename(), "corroborate-report.json");
  const report = JSON.parse(await readFile(await json.path(), "utf8"));
  assert.ok(Array.isArray(report.facts) && report.facts.length > 0, "facts");
  assert.equal(report.sources.length, 4);
  assert.equal(report.sources[0].label, "Northline Press");
  const [md] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download Markdown" }).click(),
  ]);
  assert.equal(md.suggestedFilename(), "corroborate-report.md");
  const text = await readFile(await md.path(), "utf8");
  for (const h of ["# Corroborate report", "## Disputed", "## Consensus", "## Single source"]) {
    assert.ok(text.split("\n").includes(h), `Markdown heading ${h}`);
  }
  await page.getByRole("button", { name: "Copy as Markdown" }).click();
  await page.locator("#engine-status", { hasText: "copied as Markdown" }).waitFor();
  const clip = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(clip.startsWith("# Corroborate report"));
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("Embed produces a snippet with the articles, HTML-escaped", async () => {
  const { context, page } = await openPage(env.browser, env.origin);
  await page.goto(env.origin + "/");
  await ready(page);
  await page.getByRole("textbox", { name: "Article 1", exact: true }).fill("A <script>alert(1)</script> & \"quotes\"");
  await page.getByRole("textbox", { name: "Source of article 1" }).fill("Outlet \"One\"");
  await page.getByRole("textbox", { name: "Article 2", exact: true }).fill("Second article.");
  await page.getByRole("button", { name: "Embed" }).click();
  const code = await page.getByRole("textbox", { name: "Embed code" }).inputValue();
  assert.match(code, /^<script type="module" src="http:\/\/127\.0\.0\.1:\d+\/static\/corroborate-widget\.js"><\/script>/);
  assert.ok(code.includes('<article data-source="Outlet &quot;One&quot;">'));
  assert.ok(code.includes("A &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;"));
  assert.ok(!code.includes("<script>alert"));
  assert.equal((code.match(/<article /g) ?? []).length, 2);
  await screenshot(page, "embed");
  await context.close();
});
