// The browser benchmark: reads the chosen files and asks the engine (benchAnalyze, timed in
// Rust) for each size. Only glue: reading files and writing table cells as text.
import init, { benchAnalyze } from "../../corroborate.js";

const status = document.getElementById("bench-status");
const input = document.getElementById("bench-files");
const run = document.getElementById("bench-run");
const table = document.getElementById("bench-results");

await init({ module_or_path: new URL("../../corroborate_bg.wasm", import.meta.url) });
status.textContent = "Ready: choose a folder of articles.";
input.addEventListener("change", () => {
  run.disabled = input.files.length === 0;
  status.textContent = `${input.files.length} files chosen.`;
});

run.addEventListener("click", async () => {
  run.disabled = true;
  const files = [...input.files]
    .filter((f) => f.name.toLowerCase().endsWith(".txt"))
    .sort((a, b) => (a.webkitRelativePath || a.name).localeCompare(b.webkitRelativePath || b.name));
  const sources = await Promise.all(
    files.map(async (f) => ({ id: f.webkitRelativePath || f.name, text: await f.text() })),
  );
  const sizes = [...new Set([3, 30, sources.length].filter((n) => n <= sources.length))];
  const body = table.tBodies[0];
  body.replaceChildren();
  table.hidden = false;
  for (const n of sizes) {
    status.textContent = `Timing ${n} articles…`;
    await new Promise((r) => setTimeout(r, 0)); // let the status paint
    const row = benchAnalyze(sources.slice(0, n), n > 30 ? 3 : 5);
    const tr = body.insertRow();
    for (const v of [row.sources, row.bytes, row.runs, row.median_ms.toFixed(1), row.min_ms.toFixed(1), row.facts, row.disputed]) {
      tr.insertCell().textContent = String(v);
    }
  }
  status.textContent = "Done.";
  status.dataset.state = "done";
  run.disabled = false;
});
