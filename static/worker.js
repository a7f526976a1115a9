// The analysis runs here, off the page's main thread. Only glue: the engine does the work.
import init, { analyze } from "../corroborate.js";

const ready = init({ module_or_path: new URL("../corroborate_bg.wasm", import.meta.url) });

self.onmessage = async (event) => {
  const { id, sources } = event.data;
  try {
    await ready;
    self.postMessage({ id, report: analyze(sources) });
  } catch (err) {
    self.postMessage({ id, error: String(err) });
  }
};
