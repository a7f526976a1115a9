// Keyboard only, end to end: load the example, compare with Ctrl+Enter, reach the results,
// jump from a fact to its sentences, export, add and remove an article.
import { test } from "node:test";
import assert from "node:assert/strict";
import { browserSuite, openPage, screenshot, ready } from "./harness.mjs";

const env = browserSuite();

/** Presses Tab (or Shift+Tab) until the focused element has this tag and name. */
async function tabTo(page, describe, { max = 300, key = "Tab" } = {}) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    if ((await activeTag(page)) === describe.tag && (await activeLabel(page)) === describe.name) return;
  }
  throw new Error(`could not reach ${JSON.stringify(describe)} with ${key}`);
}

const activeTag = (page) => page.evaluate(() => document.activeElement?.tagName);
const activeLabel = (page) =>
  page.evaluate(() => {
    const a = document.activeElement;
    return a?.getAttribute("aria-label") ?? a?.labels?.[0]?.textContent ?? a?.textContent?.trim();
  });

test("keyboard only, end to end", async () => {
  const { context, page, log } = await openPage(env.browser, env.origin);
  await page.goto(env.origin + "/");
  await ready(page);
  await tabTo(page, { tag: "BUTTON", name: "Load example" });
  await page.keyboard.press("Enter");
  assert.equal(await activeLabel(page), "Compare", "focus moves to Compare");
  // Back into the last article, edit it, compare with Ctrl+Enter from inside the text box.
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Shift+Tab");
  assert.equal(await activeLabel(page), "Article 4");
  await page.keyboard.press("Control+End");
  await page.keyboard.type(" Edited by keyboard.");
  await page.keyboard.press("Control+Enter");
  await page.getByRole("heading", { name: /^Disputed/ }).waitFor({ timeout: 30000 });
  assert.equal(await activeLabel(page), "Article 4", "typing focus is kept");
  // Compare by button: the results heading gets focus when they are ready.
  await tabTo(page, { tag: "BUTTON", name: "Compare" });
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.activeElement?.classList.contains("results-title"), null, { timeout: 30000 });
  // The exports are reachable, then a fact's "Show in sources" lands on its sentence.
  await tabTo(page, { tag: "BUTTON", name: "Download JSON" });
  await tabTo(page, { tag: "BUTTON", name: "Show in sources" });
  await page.keyboard.press("Enter");
  assert.equal(await page.evaluate(() => document.activeElement?.matches("mark.claim.located")), true);
  // Back up to "Add article"; add one, then remove it.
  await tabTo(page, { tag: "BUTTON", name: "Add article" }, { key: "Shift+Tab", max: 400 });
  await page.keyboard.press("Enter");
  assert.equal(await activeLabel(page), "Article 5");
  await page.keyboard.press("Shift+Tab");
  assert.equal(await activeLabel(page), "Source of article 5");
  await page.keyboard.press("Shift+Tab");
  assert.equal(await activeLabel(page), "Remove article 5");
  await page.keyboard.press("Enter");
  assert.equal(await page.getByRole("textbox", { name: /^Article \d+$/ }).count(), 4);
  assert.equal(await activeLabel(page), "Article 4");
  // Clear all asks; Escape dismisses and returns focus.
  await tabTo(page, { tag: "BUTTON", name: "Clear all" }, { key: "Shift+Tab" });
  await page.keyboard.press("Enter");
  assert.equal(await activeLabel(page), "Keep my articles");
  await page.keyboard.press("Escape");
  assert.equal(await activeLabel(page), "Clear all");
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, "none", "a visible focus ring");
  await screenshot(page, "keyboard");
  assert.deepEqual(log.errors, []);
  await context.close();
});
