//! The JS boundary (wasm32 only): converts between JS values and the core's types, nothing
//! more. Thresholds, splitting and scoring all live in the core.

use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;

use crate::{analyze, Options, Source};

/// Installs the panic hook so a panic reaches the console with its message.
#[wasm_bindgen(start)]
pub fn start() {
    console_error_panic_hook::set_once();
}

/// The engine's version, so the page can show that the module loaded.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

#[derive(Deserialize)]
struct SourceDto {
    id: String,
    #[serde(default)]
    label: Option<String>,
    text: String,
}

/// Compares sources given as `[{id, label?, text}]` and returns the report as a plain object.
///
/// # Errors
/// A `JsError` when the argument is not an array of sources.
#[wasm_bindgen(js_name = analyze)]
pub fn analyze_js(sources: JsValue) -> Result<JsValue, JsError> {
    let dtos: Vec<SourceDto> = serde_wasm_bindgen::from_value(sources)
        .map_err(|e| JsError::new(&format!("expected an array of {{id, text}}: {e}")))?;
    let sources: Vec<Source> = dtos
        .into_iter()
        .map(|d| Source {
            id: d.id,
            label: d.label,
            text: d.text,
        })
        .collect();
    let report = analyze(&sources, &Options::default());
    to_js(&report)
}

/// Converts a serialisable value to a plain JS object (maps as objects, not `Map`s).
fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&e.to_string()))
}
