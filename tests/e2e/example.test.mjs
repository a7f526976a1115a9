// Load the example articles, compare them, and read the results as a reader would.
import { test } from "node:test";
import assert from "node:assert/strict";
import { browserSuite, openPage, screenshot, ready, compareAndWait } from "./harness.mjs";

const env = browserSuite();

test("the example compares into disputes, consensus and single-source facts", async () => {
  const { context, page, log } = await openPage(env.browser, env.origin);
  await page.goto(env.origin + "/");
  await ready(page);
  await page.getByRole("button", { name: "Load example" }).click();
  assert.equal(await page.getByRole("textbox", { name: /^Article \d+$/ }).count(), 4);
  assert.equal(await page.getByRole("textbox", { name: "Source of article 2" }).inputValue(), "Harbour Broadcast News");
  await page.getByRole("button", { name: "Compare", exact: true }).click();
  const disputed = page.getByRole("heading", { name: /^Disputed/ });
  await disputed.waitFor({ timeout: 30000 });
  await page.getByRole("heading", { name: /^Consensus/ }).waitFor();
  await page.getByRole("heading", { name: /^Single source/ }).waitFor();
  assert.match(await page.locator(".summary").textContent(), /facts? found across 4 sources/);
  // The live region announced the result.
  assert.match(await page.locator("#engine-status").textContent(), /Compared 4 articles/);
  // Single-source facts start collapsed.
  assert.equal(await page.locator("details.single-section").getAttribute("open"), null);
  await screenshot(page, "example-results");
  // Opened, they list each fact with its source, and one can be found in its source's text.
  await page.locator("details.single-section > summary").click();
  const single = page.locator(".single-fact");
  await single.first().waitFor();
  assert.ok((await single.count()) >= 1);
  await single.first().getByRole("button", { name: "Show in sources" }).click();
  await page.locator("mark.claim.single.located").first().waitFor();
  // Choosing a fact shows its sentences in the source texts.
  await page.locator(".disputed-section").getByRole("button", { name: "Show in sources" }).first().click();
  const located = page.locator("mark.claim.located").first();
  await located.waitFor();
  assert.ok(await located.isVisible());
  assert.equal(await located.evaluate((m) => m === document.activeElement), true);
  await screenshot(page, "example-located");
  assert.deepEqual(log.errors, [], "console errors");
  assert.deepEqual(log.offsite, [], "requests that left loopback");
  await context.close();
});

// The example plants a difference of each kind the engine names (src/example.rs has the
// engine-level test); here the page shows them.
test("the engine finds the disputes planted in the example", async () => {
  const { context, page } = await openPage(env.browser, env.origin);
  await page.goto(env.origin + "/");
  await ready(page);
  await page.getByRole("button", { name: "Load example" }).click();
  await compareAndWait(page);
  await screenshot(page, "example-disputes");
  // A time dispute with both values marked inside their sentences.
  const marks = await page.locator(".disputed-section mark.value-mark").allTextContents();
  assert.ok(marks.some((m) => m.includes("9:00 p.m.")), `marks: ${marks}`);
  assert.ok(marks.some((m) => m.includes("9:30 p.m.")), `marks: ${marks}`);
  const kinds = await page.locator(".disputed-section .conflict-kind .kind").allTextContents();
  for (const k of ["time", "count", "date", "number", "duration", "title/role", "name", "negation", "attribution"]) {
    assert.ok(kinds.includes(k), `conflict kinds: ${kinds}`);
  }
  await context.close();
});

test("readable at 360 px wide and in the dark theme", async () => {
  const { context, page, log } = await openPage(env.browser, env.origin, { width: 360, height: 780 });
  await page.goto(env.origin + "/");
  await ready(page);
  await page.getByRole("button", { name: "Load example" }).click();
  await page.getByRole("button", { name: "Compare", exact: true }).click();
  await page.getByRole("heading", { name: /^Disputed/ }).waitFor({ timeout: 30000 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `page is ${overflow}px wider than the 360px viewport`);
  await screenshot(page, "narrow-360");
  await page.emulateMedia({ colorScheme: "dark" });
  await page.setViewportSize({ width: 1280, height: 900 });
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert.notEqual(bg, "rgb(247, 246, 242)", "dark theme background");
  await screenshot(page, "dark-theme");
  assert.deepEqual(log.errors, []);
  await context.close();
});
