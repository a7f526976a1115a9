// Runs the engine off the main thread: {seq, sources} in, {seq, ok, report | error} out.
import init, { analyze } from "../corroborate.js";

const ready = init({ module_or_path: new URL("../corroborate_bg.wasm", import.meta.url) });
self.onmessage = async ({ data }) => {
  try {
    await ready;
    self.postMessage({ seq: data.seq, ok: true, report: analyze(data.sources) });
  } catch (err) {
    self.postMessage({ seq: data.seq, ok: false, error: String(err?.message ?? err) });
  }
};
