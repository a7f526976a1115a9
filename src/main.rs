//! The `corroborate` command line: a thin host around the library.
//!
//! ```text
//! corroborate [--format json|text|markdown] FILE...
//! corroborate eval mrpc|stsb FILE [--sweep]
//! ```

use std::path::Path;
use std::process::ExitCode;

use corroborate::{analyze, render, Options, Source};

const USAGE: &str = "usage: corroborate [--format json|text|markdown] FILE...
       corroborate eval mrpc|stsb FILE [--sweep]

Compares articles about one event and reports the facts they agree on and the ones they
report differently. Each FILE is one article; its id is the file name without extension.
`eval` measures the claim matcher on a benchmark file and prints its figures as JSON on the
last line; `--sweep` (MRPC) first lists accuracy and F1 at each threshold from 0.05 to 0.95.";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(out) => {
            print!("{out}");
            ExitCode::SUCCESS
        }
        Err(msg) => {
            eprintln!("corroborate: {msg}");
            ExitCode::from(2)
        }
    }
}

fn run(args: &[String]) -> Result<String, String> {
    if args.first().map(String::as_str) == Some("eval") {
        return eval(&args[1..]);
    }
    let mut format = "text";
    let mut files = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "-h" | "--help" => return Ok(format!("{USAGE}\n")),
            "--format" => {
                format = match it.next().map(String::as_str) {
                    Some("json") => "json",
                    Some("text") => "text",
                    Some("markdown") => "markdown",
                    other => {
                        return Err(format!(
                            "--format takes json, text or markdown, not {other:?}"
                        ))
                    }
                }
            }
            s if s.starts_with("--format=") => {
                format = match &s["--format=".len()..] {
                    "json" => "json",
                    "text" => "text",
                    "markdown" => "markdown",
                    other => {
                        return Err(format!(
                            "--format takes json, text or markdown, not {other:?}"
                        ))
                    }
                }
            }
            s if s.starts_with('-') && s.len() > 1 => {
                return Err(format!("unknown option {s}\n{USAGE}"))
            }
            s => files.push(s.to_string()),
        }
    }
    if files.is_empty() {
        return Err(format!("no files given\n{USAGE}"));
    }
    let sources = read_sources(&files)?;
    let report = analyze(&sources, &Options::default());
    Ok(match format {
        "json" => {
            let mut s = serde_json::to_string_pretty(&report).map_err(|e| e.to_string())?;
            s.push('\n');
            s
        }
        "markdown" => render::markdown(&report),
        _ => render::text(&report),
    })
}

/// Reads each file as one source. Bytes that are not UTF-8 are replaced, never fatal.
fn read_sources(files: &[String]) -> Result<Vec<Source>, String> {
    let stems: Vec<String> = files.iter().map(|f| stem(Path::new(f))).collect();
    files
        .iter()
        .zip(&stems)
        .map(|(f, s)| {
            let bytes = std::fs::read(f).map_err(|e| format!("cannot read {f}: {e}"))?;
            let id = if stems.iter().filter(|t| *t == s).count() > 1 {
                let parent = Path::new(f)
                    .parent()
                    .and_then(|p| p.file_name())
                    .map(|p| p.to_string_lossy().into_owned())
                    .unwrap_or_default();
                format!("{parent}/{s}")
            } else {
                s.clone()
            };
            Ok(Source::new(
                id,
                String::from_utf8_lossy(&bytes).into_owned(),
            ))
        })
        .collect()
}

fn stem(p: &Path) -> String {
    p.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| p.to_string_lossy().into_owned())
}

fn eval(args: &[String]) -> Result<String, String> {
    let (sweep, args): (bool, Vec<&String>) = (
        args.iter().any(|a| a == "--sweep"),
        args.iter().filter(|a| *a != "--sweep").collect(),
    );
    let [dataset, file] = args[..] else {
        return Err(format!("eval takes a dataset and a file\n{USAGE}"));
    };
    if sweep && dataset.as_str() != "mrpc" {
        return Err("--sweep applies to mrpc (STS-B has no threshold)".to_string());
    }
    let bytes = std::fs::read(file).map_err(|e| format!("cannot read {file}: {e}"))?;
    let text = String::from_utf8_lossy(&bytes);
    let mut out = String::new();
    let json = match dataset.as_str() {
        "mrpc" if sweep => corroborate::eval::mrpc_sweep(&text).and_then(|(result, rows)| {
            out = sweep_table(&rows);
            to_json(&result)
        }),
        "mrpc" => corroborate::eval::mrpc(&text).and_then(|r| to_json(&r)),
        "stsb" => corroborate::eval::stsb(&text).and_then(|r| to_json(&r)),
        other => return Err(format!("unknown dataset {other:?}: mrpc or stsb")),
    }
    .map_err(|e| format!("{file}: {e}"))?;
    out.push_str(&json);
    out.push('\n');
    Ok(out)
}

/// The rows of a threshold sweep as tab-separated lines, and the best of them.
fn sweep_table(rows: &[corroborate::eval::ThresholdRow]) -> String {
    let mut out = String::from("threshold\taccuracy\tf1\n");
    for r in rows {
        out.push_str(&format!(
            "{:.2}\t{:.4}\t{:.4}\n",
            r.threshold, r.accuracy, r.f1
        ));
    }
    if let Some(best) = corroborate::eval::best(rows) {
        out.push_str(&format!(
            "best accuracy at {:.2}: {:.4} (F1 {:.4})\n",
            best.threshold, best.accuracy, best.f1
        ));
    }
    out
}

fn to_json<T: serde::Serialize>(v: &T) -> Result<String, corroborate::Error> {
    serde_json::to_string(v)
        .map_err(|e| corroborate::Error::new(corroborate::ErrorKind::Format, e.to_string()))
}
