//! Engine cost on real text: 1, 10 and all 50 events of ../shared/corpus/basil-dev compared at
//! once (3, 30 and 150 articles). Run with `cargo bench --bench engine`; the README gives the
//! figures. Each iteration asserts the report is non-trivial, so a benchmark that silently
//! does nothing fails.
#![cfg_attr(target_arch = "wasm32", allow(unused))]

#[cfg(not(target_arch = "wasm32"))]
mod bench {
    use std::path::{Path, PathBuf};

    use corroborate::{analyze, Options, Source};
    use criterion::{black_box, BenchmarkId, Criterion, Throughput};

    /// The basil-dev events, each a sorted list of (id, text), events sorted by folder name.
    fn events() -> Vec<Vec<Source>> {
        let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/basil-dev");
        let Ok(dirs) = std::fs::read_dir(&root) else {
            eprintln!(
                "SKIPPED: {} not found; the engine bench needs it",
                root.display()
            );
            return Vec::new();
        };
        let mut dirs: Vec<PathBuf> = dirs
            .map(|e| e.unwrap().path())
            .filter(|p| p.is_dir())
            .collect();
        dirs.sort();
        dirs.iter().map(|d| read_event(d)).collect()
    }

    fn read_event(dir: &Path) -> Vec<Source> {
        let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        files.sort();
        let event = dir.file_name().unwrap().to_string_lossy();
        files
            .iter()
            .map(|p| {
                let id = format!("{event}/{}", p.file_stem().unwrap().to_string_lossy());
                Source::new(id, std::fs::read_to_string(p).unwrap())
            })
            .collect()
    }

    pub fn engine(c: &mut Criterion) {
        let events = events();
        if events.is_empty() {
            return;
        }
        let mut group = c.benchmark_group("analyze");
        group.sample_size(10);
        for n in [1usize, 10, 50] {
            let sources: Vec<Source> = events.iter().take(n).flatten().cloned().collect();
            let bytes: usize = sources.iter().map(|s| s.text.len()).sum();
            group.throughput(Throughput::Bytes(bytes as u64));
            group.bench_with_input(BenchmarkId::new("events", n), &sources, |b, sources| {
                b.iter(|| {
                    let report = analyze(black_box(sources), &Options::default());
                    assert!(
                        report.facts.len() >= sources.len(),
                        "the engine found almost nothing"
                    );
                    report
                })
            });
        }
        group.finish();
    }
}

#[cfg(not(target_arch = "wasm32"))]
criterion::criterion_group!(benches, bench::engine);
#[cfg(not(target_arch = "wasm32"))]
criterion::criterion_main!(benches);

#[cfg(target_arch = "wasm32")]
fn main() {}
