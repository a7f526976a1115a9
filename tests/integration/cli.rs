//! The `corroborate` command line, run as a user runs it.

use std::path::PathBuf;
use std::process::Command;

use corroborate::Report;

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_corroborate"))
}

fn temp_dir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("corroborate-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

const A: &str = "The council approved the new budget on Tuesday. The vote was 7 to 2.\n";
const B: &str =
    "On Tuesday the city council approved the new budget. Critics said it was rushed.\n";

#[test]
fn json_report_names_sources_by_file_stem() {
    let d = temp_dir("json");
    std::fs::write(d.join("herald.txt"), A).unwrap();
    std::fs::write(d.join("courier.md"), B).unwrap();
    let out = bin()
        .args(["--format", "json"])
        .arg(d.join("herald.txt"))
        .arg(d.join("courier.md"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: Report = serde_json::from_slice(&out.stdout).unwrap();
    let ids: Vec<&str> = report.sources.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, ["herald", "courier"]);
    // every mention's text is the source's own text at its offsets
    let texts = [A, B];
    for f in &report.facts {
        for m in &f.mentions {
            let i = ids.iter().position(|id| *id == m.source).unwrap();
            assert_eq!(&texts[i][m.start_byte..m.end_byte], m.text);
        }
    }
}

#[test]
fn files_sharing_a_name_get_their_folder_in_the_id() {
    let d = temp_dir("clash");
    for sub in ["one", "two"] {
        std::fs::create_dir_all(d.join(sub)).unwrap();
        std::fs::write(d.join(sub).join("fox.txt"), A).unwrap();
    }
    let out = bin()
        .args(["--format=json"])
        .arg(d.join("one/fox.txt"))
        .arg(d.join("two/fox.txt"))
        .output()
        .unwrap();
    let report: Report = serde_json::from_slice(&out.stdout).unwrap();
    let ids: Vec<&str> = report.sources.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, ["one/fox", "two/fox"]);
}

#[test]
fn text_format_has_a_summary_and_sections() {
    let d = temp_dir("text");
    std::fs::write(d.join("a.txt"), A).unwrap();
    std::fs::write(d.join("b.txt"), B).unwrap();
    let out = bin()
        .arg(d.join("a.txt"))
        .arg(d.join("b.txt"))
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("2 sources, "), "{text}");
    assert!(text.contains("facts:"), "{text}");
}

#[test]
fn usage_errors_exit_2_with_a_message() {
    for args in [
        &[][..],
        &["--format", "xml", "a.txt"][..],
        &["--bogus"][..],
        &["/no/such/file.txt"][..],
    ] {
        let out = bin().args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(!out.stderr.is_empty(), "{args:?} printed no message");
    }
}

#[test]
fn binary_file_is_read_lossily_not_fatally() {
    let d = temp_dir("binary");
    let mut bytes: Vec<u8> = (0..=255u8).cycle().take(10_000).collect();
    bytes.extend_from_slice(A.as_bytes());
    std::fs::write(d.join("blob.bin"), &bytes).unwrap();
    std::fs::write(d.join("b.txt"), B).unwrap();
    let out = bin()
        .args(["--format", "json"])
        .arg(d.join("blob.bin"))
        .arg(d.join("b.txt"))
        .output()
        .unwrap();
    assert!(out.status.success());
    let _: Report = serde_json::from_slice(&out.stdout).unwrap();
}

#[test]
fn markdown_report_has_its_sections() {
    let d = temp_dir("markdown");
    std::fs::write(d.join("herald.txt"), A).unwrap();
    std::fs::write(d.join("courier.txt"), B).unwrap();
    let out = bin()
        .args(["--format", "markdown"])
        .arg(d.join("herald.txt"))
        .arg(d.join("courier.txt"))
        .output()
        .unwrap();
    assert!(out.status.success());
    let md = String::from_utf8(out.stdout).unwrap();
    for heading in [
        "# Corroborate report",
        "## Disputed",
        "## Consensus",
        "## Single source",
    ] {
        assert!(md.lines().any(|l| l == heading), "{heading} missing:\n{md}");
    }
    assert!(md.contains("- **herald**: "), "{md}");
}
