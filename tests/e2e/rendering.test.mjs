// The results view on a hand-made report with a dispute of every kind, rendered by the same
// Rust code as the page through the module's public renderReport export: values marked
// inside their own sentences, multi-byte text before them, user text never parsed as HTML.
import { test } from "node:test";
import assert from "node:assert/strict";
import { browserSuite, openPage, screenshot, ready } from "./harness.mjs";

const env = browserSuite();

// Byte offsets computed here the way the engine computes them (UTF-8).
const enc = new TextEncoder();
const span = (text, needle) => {
  const i = text.indexOf(needle);
  const start = enc.encode(text.slice(0, i)).length;
  return { start_byte: start, end_byte: start + enc.encode(needle).length };
};

const A = "Zürich — «Le pont» s’est effondré. The bridge gave way shortly after 9:00 p.m., police said. About 40 people were hurt. <img src=x onerror=alert(1)> appeared in a caption.";
const B = "The bridge gave way shortly after 9:30 p.m., police said. About 70 people were hurt.";

function report() {
  const m = (source, text, sentence) => ({ source, text: sentence, ...span(text, sentence) });
  const v = (source, text, value) => ({ source, value, ...span(text, value) });
  return {
    sources: [
      { id: "a", label: "Ünïcode Wire", claims: 4 },
      { id: "b", label: "Second Outlet", claims: 2 },
    ],
    facts: [
      {
        verdict: "disputed",
        statement: "The bridge gave way shortly after 9:00 p.m., police said.",
        mentions: [
          m("a", A, "The bridge gave way shortly after 9:00 p.m., police said."),
          m("b", B, "The bridge gave way shortly after 9:30 p.m., police said."),
        ],
        conflicts: [{ kind: "time", values: [v("a", A, "after 9:00 p.m."), v("b", B, "after 9:30 p.m.")] }],
      },
      {
        verdict: "disputed",
        statement: "About 40 people were hurt.",
        mentions: [m("a", A, "About 40 people were hurt."), m("b", B, "About 70 people were hurt.")],
        conflicts: [{ kind: "count", values: [v("a", A, "About 40 people"), v("b", B, "About 70 people")] }],
      },
      {
        verdict: "consensus",
        statement: "Zürich — «Le pont» s’est effondré.",
        mentions: [m("a", A, "Zürich — «Le pont» s’est effondré."), m("b", B, "police said.")],
        conflicts: [],
      },
      {
        verdict: "single",
        statement: "<img src=x onerror=alert(1)> appeared in a caption.",
        mentions: [m("a", A, "<img src=x onerror=alert(1)> appeared in a caption.")],
        conflicts: [],
      },
    ],
    warnings: [],
  };
}

test("renderReport marks each source's value inside its own sentence", async () => {
  const { context, page, log } = await openPage(env.browser, env.origin);
  await page.goto(env.origin + "/");
  await ready(page);
  await page.evaluate(
    async ({ report, sources }) => {
      const { renderReport } = await import("/corroborate.js");
      const out = document.querySelector(".results");
      renderReport(out, report, sources);
    },
    { report: report(), sources: [{ id: "a", label: "Ünïcode Wire", text: A }, { id: "b", text: B }] },
  );
  const values = page.locator(".disputed-section .value");
  assert.equal(await values.count(), 4);
  const first = values.first();
  assert.equal(await first.locator("mark").textContent(), "after 9:00 p.m.");
  assert.equal(await first.locator(".sentence").textContent(), "The bridge gave way shortly after 9:00 p.m., police said.");
  assert.equal(await first.locator(".src").textContent(), "Ünïcode Wire");
  assert.equal(await values.nth(1).locator("mark").textContent(), "after 9:30 p.m.");
  assert.equal(await values.nth(2).locator("mark").textContent(), "About 40 people");
  assert.deepEqual(await page.locator(".disputed-section .conflict-kind .kind").allTextContents(), ["time", "count"]);
  assert.match(await page.locator(".consensus-section .carried").textContent(), /2 of 2 sources/);
  // The source text keeps the tag as characters.
  assert.equal(await page.locator(".results img").count(), 0);
  await page.locator("details.single-section > summary").click();
  assert.match(await page.locator(".single-fact .statement").textContent(), /<img src=x onerror=alert\(1\)>/);
  await screenshot(page, "rendering-disputes");
  await page.setViewportSize({ width: 360, height: 800 });
  await screenshot(page, "rendering-disputes-360");
  await page.emulateMedia({ colorScheme: "dark" });
  await page.setViewportSize({ width: 1280, height: 900 });
  await screenshot(page, "rendering-disputes-dark");
  assert.deepEqual(log.errors, []);
  await context.close();
});
