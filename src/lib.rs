//! # corroborate
//!
//! Compare how different outlets report the same event. Give [`analyze`] the pasted text of
//! several articles as [`Source`]s; it returns a [`Report`] whose [`Fact`]s say which claims
//! the sources agree on ([`Verdict::Consensus`]), which they report differently
//! ([`Verdict::Disputed`], with each [`Conflict`] and every source's value), and which only
//! one source carries ([`Verdict::Single`]).
//!
//! The core is pure: no I/O, no clock, no web APIs. The CLI (`src/main.rs`), the page and the
//! `<corroborate-widget>` (the `web` module, compiled for wasm32 only) are hosts that convert
//! and display. The same input gives byte-identical JSON everywhere.
//!
//! ```
//! use corroborate::{analyze, Options, Source};
//!
//! let sources = vec![
//!     Source::new("a", "The bridge opened on Monday. About 300 people attended."),
//!     Source::new("b", "The bridge opened on Monday. About 500 people attended."),
//! ];
//! let report = analyze(&sources, &Options::default());
//! assert_eq!(report.sources.len(), 2);
//! ```
//!
//! The pipeline, one module per stage: [`text::clean`], [`text::segment`], [`extract`],
//! [`matching::candidates`] and [`matching::similarity`], [`matching::cluster`], [`compare`].

#![warn(missing_docs)]

mod analyze;
pub mod compare;
pub mod error;
pub mod eval;
pub mod example;
pub mod extract;
pub mod matching;
pub mod render;
pub mod report;
pub mod text;
#[cfg(target_arch = "wasm32")]
pub mod web;

pub use analyze::{analyze, Options, Source};
pub use error::{Error, ErrorKind};
pub use report::{
    Conflict, ConflictKind, ConflictValue, Fact, Mention, Report, SourceInfo, Verdict,
};
