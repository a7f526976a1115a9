//! Access to ../shared (the corpora and benchmarks beside the clone).
//!
//! Tests that need it call [`dir`]. Where ../shared is missing they print that they were
//! skipped, except in CI (`CI` set), where a missing ../shared is a failure.

use std::path::PathBuf;

/// The path of ../shared, or `None` (after saying so) when it is missing outside CI.
#[track_caller]
pub fn dir(test: &str) -> Option<PathBuf> {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared");
    if p.is_dir() {
        return Some(p);
    }
    if std::env::var_os("CI").is_some() {
        panic!("{test}: ../shared is missing, and CI is set: it must be beside the clone");
    }
    eprintln!("SKIPPED {test}: ../shared not found beside the repository");
    None
}
