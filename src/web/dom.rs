//! Small DOM helpers. User text only ever enters the DOM through text nodes and
//! `set_text_content`, never through HTML parsing.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlElement};

/// Creates `<tag class="class">`.
pub(crate) fn el(doc: &Document, tag: &str, class: &str) -> Element {
    let e = doc.create_element(tag).expect("valid tag name");
    if !class.is_empty() {
        e.set_class_name(class);
    }
    e
}

/// Creates `<tag class="class">text</tag>` (text as a text node).
pub(crate) fn text_el(doc: &Document, tag: &str, class: &str, text: &str) -> Element {
    let e = el(doc, tag, class);
    e.set_text_content(Some(text));
    e
}

/// Appends `child` to `parent`.
pub(crate) fn add(parent: &Element, child: &Element) {
    let _ = parent.append_child(child);
}

/// Appends a text node.
pub(crate) fn add_text(parent: &Element, text: &str) {
    if let Some(doc) = parent.owner_document() {
        let _ = parent.append_child(&doc.create_text_node(text));
    }
}

/// Sets an attribute, ignoring the (impossible for valid names) error.
pub(crate) fn attr(e: &Element, name: &str, value: &str) {
    let _ = e.set_attribute(name, value);
}

/// A `<button type="button">` with a label and a `data-action`.
pub(crate) fn button(doc: &Document, label: &str, class: &str, action: &str) -> Element {
    let b = text_el(doc, "button", class, label);
    attr(&b, "type", "button");
    attr(&b, "data-action", action);
    b
}

/// Removes every child of `e`.
pub(crate) fn clear(e: &Element) {
    e.set_text_content(None);
}

/// Shows or hides an element with the `hidden` attribute.
pub(crate) fn set_hidden(e: &Element, hidden: bool) {
    if let Some(h) = e.dyn_ref::<HtmlElement>() {
        h.set_hidden(hidden);
    }
}

/// Focuses an element if it can be focused.
pub(crate) fn focus(e: &Element) {
    if let Some(h) = e.dyn_ref::<HtmlElement>() {
        let _ = h.focus();
    }
}

/// Adds an event listener that lives as long as the page.
pub(crate) fn listen<E: wasm_bindgen::convert::FromWasmAbi + 'static>(
    target: &web_sys::EventTarget,
    event: &str,
    f: impl FnMut(E) + 'static,
) {
    let c = Closure::<dyn FnMut(E)>::new(f);
    let _ = target.add_event_listener_with_callback(event, c.as_ref().unchecked_ref());
    c.forget();
}

/// Formats a count with thousands separators ("1,234").
pub(crate) fn thousands(n: usize) -> String {
    let s = n.to_string();
    let mut out = String::with_capacity(s.len() + s.len() / 3);
    for (i, ch) in s.chars().enumerate() {
        if i > 0 && (s.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(ch);
    }
    out
}

/// "1 fact" / "3 facts".
pub(crate) fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{} {}", thousands(n), if n == 1 { one } else { many })
}
