//! The benchmark evaluation computes its figures right: metrics on hand-worked inputs, the
//! parsers on the real files' first lines, and the CLI's JSON.

use corroborate::eval::{accuracy_f1, mrpc, parse_mrpc, parse_stsb, scores, spearman, stsb, sweep};
use corroborate::matching::similarity::MATCH_THRESHOLD;

#[test]
fn metrics_worked_by_hand() {
    // decisions T T F F T, labels T F F T T: right 3/5 = 0.6; tp 2, fp 1, fn 1: F1 = 4/6.
    let (acc, f1) = accuracy_f1(
        &[true, true, false, false, true],
        &[true, false, false, true, true],
    );
    assert!((acc - 0.6).abs() < 1e-12);
    assert!((f1 - 4.0 / 6.0).abs() < 1e-12);
    // Perfectly monotone: 1. Reversed: -1.
    assert!((spearman(&[1.0, 2.0, 3.0], &[10.0, 20.0, 30.0]) - 1.0).abs() < 1e-12);
    assert!((spearman(&[1.0, 2.0, 3.0], &[3.0, 2.0, 1.0]) + 1.0).abs() < 1e-12);
    // Ties take average ranks: x ranks 1.5 1.5 3, y ranks 1 2 3;
    // Pearson of those: cov = (-0.5)(-1) + (-0.5)(0) + (1)(1) = 1.5; sx² = 1.5, sy² = 2
    // → 1.5 / sqrt(3) = 0.8660...
    assert!((spearman(&[5.0, 5.0, 9.0], &[1.0, 2.0, 3.0]) - 1.5 / 3f64.sqrt()).abs() < 1e-12);
    // Undefined (constant input): 0.
    assert_eq!(spearman(&[1.0, 1.0], &[1.0, 2.0]), 0.0);
}

#[test]
fn sweep_worked_by_hand() {
    // Scores 0.2 0.5 0.8 with labels F T T.
    let rows = sweep(&[0.2, 0.5, 0.8], &[false, true, true]);
    assert_eq!(rows.len(), 91, "0.05 to 0.95 in hundredths");
    let at = |t: f64| {
        *rows
            .iter()
            .find(|r| (r.threshold - t).abs() < 1e-9)
            .unwrap()
    };
    // At 0.05 all three are "same": right 2/3; tp 2, fp 1: F1 = 4/5.
    assert!((at(0.05).accuracy - 0.6667).abs() < 1e-9);
    assert!((at(0.05).f1 - 0.8).abs() < 1e-9);
    // At 0.20 still all three (the test is score >= threshold); at 0.21 the first drops: all right.
    assert!((at(0.20).accuracy - 0.6667).abs() < 1e-9);
    assert!((at(0.21).accuracy - 1.0).abs() < 1e-9);
    assert!((at(0.50).f1 - 1.0).abs() < 1e-9);
    // At 0.51 only 0.8 is "same": right 2/3; tp 1, fn 1: F1 = 2/3.
    assert!((at(0.51).accuracy - 0.6667).abs() < 1e-9);
    assert!((at(0.51).f1 - 0.6667).abs() < 1e-9);
    // Above every score nothing is "same": right 1/3, F1 0.
    assert!((at(0.95).accuracy - 0.3333).abs() < 1e-9);
    assert_eq!(at(0.95).f1, 0.0);
}

#[test]
fn malformed_files_name_the_line() {
    let err =
        parse_mrpc("Quality\t#1 ID\t#2 ID\t#1 String\t#2 String\nx\t1\t2\ta\tb\n").unwrap_err();
    assert!(err.to_string().contains("line 2"), "{err}");
    let err = parse_stsb("main-news\tf\t2012\t1\tnot-a-number\ta\tb\n").unwrap_err();
    assert!(err.to_string().contains("line 1"), "{err}");
}

/// The first `n` lines of a benchmark file in ../shared (with the header for MRPC).
fn slice(path: &str, n: usize) -> Option<String> {
    let shared = crate::shared::dir(path)?;
    let text = std::fs::read_to_string(shared.join(path)).unwrap();
    Some(text.lines().take(n).collect::<Vec<_>>().join("\n"))
}

#[test]
fn mrpc_figures_follow_from_the_decisions() {
    let Some(text) = slice("benchmarks/mrpc/msr_paraphrase_train.txt", 21) else {
        return;
    };
    let pairs = parse_mrpc(&text).unwrap();
    assert_eq!(pairs.len(), 20);
    let s = scores(&pairs);
    let mut right = 0;
    let (mut tp, mut fp, mut fn_) = (0.0, 0.0, 0.0);
    for (p, x) in pairs.iter().zip(&s) {
        let (d, l) = (*x >= MATCH_THRESHOLD, p.gold > 0.5);
        right += usize::from(d == l);
        tp += f64::from(u8::from(d && l));
        fp += f64::from(u8::from(d && !l));
        fn_ += f64::from(u8::from(!d && l));
    }
    let r = mrpc(&text).unwrap();
    assert_eq!(r.pairs, 20);
    assert!((r.accuracy - right as f64 / 20.0).abs() < 1e-4);
    assert!((r.f1 - 2.0 * tp / (2.0 * tp + fp + fn_)).abs() < 1e-4);
    assert_eq!(r.threshold, MATCH_THRESHOLD);
}

#[test]
fn stsb_figures_follow_from_the_scores() {
    let Some(text) = slice("benchmarks/stsb/sts-dev.csv", 30) else {
        return;
    };
    let pairs = parse_stsb(&text).unwrap();
    assert_eq!(pairs.len(), 30);
    let s = scores(&pairs);
    let gold: Vec<f64> = pairs.iter().map(|p| p.gold).collect();
    let r = stsb(&text).unwrap();
    assert!((r.spearman - spearman(&s, &gold)).abs() < 1e-4);
    assert!(r.spearman > 0.0, "similarity should track the gold scores");
}

#[test]
fn cli_prints_the_json_last() {
    let Some(shared) = crate::shared::dir("cli_prints_the_json_last") else {
        return;
    };
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_corroborate"))
        .args(["eval", "stsb"])
        .arg(shared.join("benchmarks/stsb/sts-dev.csv"))
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let last: serde_json::Value = serde_json::from_str(text.lines().last().unwrap()).unwrap();
    assert_eq!(last["dataset"], "stsb");
    assert_eq!(last["pairs"], 1500);
    assert!(last["spearman_news"].as_f64().unwrap() > 0.5);
}

#[test]
fn cli_sweep_lists_thresholds_and_keeps_the_engine_figure_last() {
    let Some(shared) = crate::shared::dir("cli_sweep_lists_thresholds") else {
        return;
    };
    let file = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("mrpc-slice.txt");
    let text =
        std::fs::read_to_string(shared.join("benchmarks/mrpc/msr_paraphrase_train.txt")).unwrap();
    std::fs::write(&file, text.lines().take(41).collect::<Vec<_>>().join("\n")).unwrap();
    let run = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_corroborate"))
            .args(args)
            .arg(&file)
            .output()
            .unwrap()
    };
    let out = run(&["eval", "mrpc", "--sweep"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "threshold\taccuracy\tf1");
    // The row at the engine's threshold agrees with the JSON the plain command prints.
    let last: serde_json::Value = serde_json::from_str(lines.last().unwrap()).unwrap();
    assert_eq!(last["dataset"], "mrpc");
    let row = lines
        .iter()
        .find(|l| l.starts_with(&format!("{:.2}\t", MATCH_THRESHOLD)))
        .unwrap();
    let cells: Vec<f64> = row.split('\t').map(|c| c.parse().unwrap()).collect();
    assert!((cells[1] - last["accuracy"].as_f64().unwrap()).abs() < 1e-4);
    assert!((cells[2] - last["f1"].as_f64().unwrap()).abs() < 1e-4);
    assert!(lines.iter().any(|l| l.starts_with("best accuracy at ")));
    // STS-B has no threshold to sweep: a clear message, not a silent no-op.
    let out = run(&["eval", "stsb", "--sweep"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("--sweep applies to mrpc"));
}
