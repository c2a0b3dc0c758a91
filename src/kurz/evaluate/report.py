"""Aggregate per-article rows into the documented JSON contract, and render it as a table or Markdown."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from kurz import editorial
from kurz.evaluate.runner import Row, System, editorial_defects
from kurz.metrics.rouge import tokenize
from kurz.metrics.stats import bootstrap_ci, paired_bootstrap
from kurz.summary import count_words
from kurz.text.sentences import segment

METRICS = ("rouge1", "rouge2", "rougeL")
# Below this many articles, bootstrap intervals and p-values rest on too few resampled values to mean much.
FEW_FOR_STATISTICS = 30


def _p(value: float) -> str:
    """A bootstrap p-value as printed: 1,000 resamples cannot show less than 0.001."""
    return "p<0.001" if value < 0.001 else f"p={value:.3f}"


def _mean(values: Sequence[float] | np.ndarray) -> float:
    return float(np.mean(values)) if len(values) else 0.0


def paired(rows: list[Row], base: list[Row], seed: int) -> dict[str, dict[str, float]]:
    """Mean F1 difference per metric against another system on the same articles, with the paired-bootstrap p."""
    return {
        metric: {
            "delta_f1": _mean([a.scores[metric][2] - b.scores[metric][2] for a, b in zip(rows, base)]),
            "p_value": paired_bootstrap([a.scores[metric][2] for a in rows], [b.scores[metric][2] for b in base], seed),
        }
        for metric in METRICS
    }


def system_figures(
    rows: list[Row], system: System, baseline: list[Row] | None, seed: int, lead: list[Row] | None = None
) -> dict[str, Any]:
    """All figures for one system on one set of articles."""
    out: dict[str, Any] = {} if system.model_version is None else {"model_version": system.model_version}
    for metric in METRICS:
        p, r, f = (np.array([row.scores[metric][k] for row in rows]) for k in range(3))
        out[metric] = {"f1": _mean(f), "precision": _mean(p), "recall": _mean(r), "ci95": list(bootstrap_ci(f, seed))}
    out["length"] = {
        "words": _mean([r.words for r in rows]),
        "chars": _mean([r.chars for r in rows]),
        "sentences": _mean([r.sentences for r in rows]),
    }
    shares = [r.token_share for r in rows if r.summary.strip()]  # an empty summary has no words to check
    out["faithfulness"] = {
        "extractive": system.extractive,
        "source_token_share": _mean(shares) if shares else None,
        "novel_names": int(sum(r.novel_names for r in rows)),
        "novel_numbers": int(sum(r.novel_numbers for r in rows)),
        "novel_dates": int(sum(r.novel_dates for r in rows)),
    }
    seconds = sum(r.seconds for r in rows)
    out["speed"] = {"articles_per_second": len(rows) / seconds if seconds else None, "seconds": seconds}
    out["empty_summaries"] = sum(1 for r in rows if not r.summary.strip())
    out["editorial"] = editorial_shares([r.defects for r in rows])
    verdicts = [r.llm_verdict for r in rows if r.llm_verdict is not None]
    if verdicts:
        out["llm"] = {
            "accepted": verdicts.count("accepted"),
            "rejected": verdicts.count("rejected"),
            "error": verdicts.count("error"),
            "acceptance_rate": verdicts.count("accepted") / len(verdicts),
        }
    if system.known_ids is not None:
        out["missing_predictions"] = sum(1 for r in rows if r.example.id not in system.known_ids)
    if baseline is not None:
        out["vs_baseline"] = paired(rows, baseline, seed)
    if lead is not None:
        out["vs_lead_at_budget"] = paired(rows, lead, seed)
    return out


def editorial_shares(defects: list[tuple[str, ...]]) -> dict[str, float]:
    """The share of teasers with each editorial defect, and of those with none ("clean")."""
    n = max(len(defects), 1)
    shares = {kind: sum(kind in found for found in defects) / n for kind in editorial.KINDS}
    return {**shares, "clean": sum(not found for found in defects) / n}


def reference_lengths(rows: list[Row]) -> dict[str, float]:
    refs = [r.example.summary for r in rows]
    return {
        "words": _mean([count_words(s) for s in refs]),
        "chars": _mean([len(s) for s in refs]),
        "sentences": _mean([len(segment(s)) for s in refs]),
        "tokens": _mean([len(tokenize(s)) for s in refs]),
    }


def build_report(
    results: dict[str, list[Row]], systems: dict[str, System], baseline: str | None, seed: int, meta: dict[str, Any]
) -> dict[str, Any]:
    """The JSON contract: overall `methods`, and the same shape again under `per_source`."""

    def section(select: list[int]) -> dict[str, Any]:
        base = [results[baseline][i] for i in select] if baseline in results else None
        any_rows = next(iter(results.values()))
        return {
            "n": len(select),
            "reference": reference_lengths([any_rows[i] for i in select]),
            "reference_editorial": editorial_shares([reference_defects[i] for i in select]),
            "methods": {
                name: system_figures(
                    [rows[i] for i in select],
                    systems[name],
                    base if name != baseline else None,
                    seed,
                    [results[compare][i] for i in select] if (compare := systems[name].compare_to) in results else None,
                )
                for name, rows in results.items()
            },
        }

    first = next(iter(results.values()))
    reference_defects = [editorial_defects(row.example, row.example.summary) for row in first]
    sources: dict[str, list[int]] = {}
    for i, row in enumerate(first):
        sources.setdefault(row.example.source, []).append(i)
    overall = section(list(range(len(first))))
    notes = []
    if overall["n"] < FEW_FOR_STATISTICS:
        notes.append(
            f"{overall['n']} articles are too few for the confidence intervals and p-values to mean much "
            f"(they need at least {FEW_FOR_STATISTICS}); read them as rough"
        )
    return {
        **meta,
        "notes": notes,
        "baseline": baseline,
        "n": overall["n"],
        "reference": overall["reference"],
        "reference_editorial": overall["reference_editorial"],
        "methods": overall["methods"],
        "per_source": {source: section(idx) for source, idx in sources.items()} if len(sources) > 1 else {},
    }


def _rows(section: dict[str, Any], baseline: str | None) -> list[list[str]]:
    rows = []
    for name, fig in section["methods"].items():
        r1, r2, rl = (fig[m] for m in METRICS)
        faith = fig["faithfulness"]
        vs = fig.get("vs_baseline")
        speed = fig["speed"]["articles_per_second"]
        rows.append(
            [
                name,
                f"{100 * r1['f1']:.2f} [{100 * r1['ci95'][0]:.1f}–{100 * r1['ci95'][1]:.1f}]",
                f"{100 * r2['f1']:.2f}",
                f"{100 * rl['f1']:.2f}",
                f"{fig['length']['words']:.1f}",
                f"{fig['length']['chars']:.0f}",
                f"{fig['length']['sentences']:.2f}",
                "–" if faith["source_token_share"] is None else f"{100 * faith['source_token_share']:.1f} %",
                f"{faith['novel_names']}/{faith['novel_numbers']}/{faith['novel_dates']}",
                f"{speed:,.0f}" if speed else "–",
                f"{100 * vs['rouge1']['delta_f1']:+.2f} ({_p(vs['rouge1']['p_value'])})" if vs else _no_delta(name, baseline),
            ]
        )
    return rows


def _no_delta(name: str, baseline: str | None) -> str:
    return "(the baseline)" if name == baseline else "–"


HEADER = [
    "method",
    "ROUGE-1 F1 [95% CI]",
    "ROUGE-2",
    "ROUGE-L",
    "words",
    "chars",
    "sents",
    "words in source",
    "new names/numbers/dates",
    "articles/s",
    "ΔR1 vs baseline",
]


def _section_title(name: str, section: dict[str, Any]) -> str:
    ref = section["reference"]
    return f"{name}: {section['n']} articles; reference teasers {ref['words']:.1f} words, {ref['chars']:.0f} chars, {ref['sentences']:.2f} sentences"


def _sections(report: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    return [("overall", report), *report["per_source"].items()]


def _aligned(rows: list[list[str]]) -> list[str]:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    return ["  ".join(cell.ljust(w) for cell, w in zip(r, widths)).rstrip() for r in rows]


EDITORIAL_HEADER = ["source", "teasers", "clean", *(kind.replace("_", " ") for kind in editorial.KINDS)]
REFERENCE = "editors' teasers"


def editorial_rows(report: dict[str, Any]) -> list[list[str]]:
    """The share of teasers with each editorial defect, per system and for the editors' own, overall and per source."""
    rows = []
    for name, section in _sections(report):
        shown = [*section["methods"].items(), (REFERENCE, {"editorial": section["reference_editorial"]})]
        for system, fig in shown:
            shares = fig["editorial"]
            rows.append([name, system, *(f"{100 * shares[k]:.1f} %" for k in ("clean", *editorial.KINDS))])
    return rows


def render_table(report: dict[str, Any]) -> str:
    """Plain-text tables for the terminal: overall, then one per source, then each method against lead@budget,
    then the editorial defects."""
    out = [f"note: {note}" for note in report.get("notes", [])]
    for name, section in _sections(report):
        out.append(_section_title(name, section))
        out.extend(_aligned([HEADER, *_rows(section, report["baseline"])]))
        out.append("")
    for name, fig in report["methods"].items():
        if llm := fig.get("llm"):
            out.append(llm_line(name, llm, fig))
            out.append("")
    if lead := lead_rows(report):
        out.append("against the lead at the same budget:")
        out.extend(_aligned([LEAD_HEADER, *lead]))
        out.append("")
    out.append("editorial defects (automatic checks; share of teasers, docs/eval.md):")
    out.extend(_aligned([EDITORIAL_HEADER, *editorial_rows(report)]))
    out.append("")
    return "\n".join(out)


LEAD_HEADER = ["source", "method", "R1", "RL", "lead@budget R1", "lead@budget RL", "ΔR1 (p)", "ΔRL (p)", "words"]


def lead_rows(report: dict[str, Any]) -> list[list[str]]:
    """Each method against the lead at its own budget, overall and per source: does it beat the first sentences?"""
    rows = []
    for name, section in _sections(report):
        for method, fig in section["methods"].items():
            vs = fig.get("vs_lead_at_budget")
            if not vs:
                continue
            r1, rl = 100 * fig["rouge1"]["f1"], 100 * fig["rougeL"]["f1"]
            d1, dl = 100 * vs["rouge1"]["delta_f1"], 100 * vs["rougeL"]["delta_f1"]
            rows.append(
                [
                    name,
                    method,
                    f"{r1:.2f}",
                    f"{rl:.2f}",
                    f"{r1 - d1:.2f}",
                    f"{rl - dl:.2f}",
                    f"{d1:+.2f} ({_p(vs['rouge1']['p_value'])})",
                    f"{dl:+.2f} ({_p(vs['rougeL']['p_value'])})",
                    f"{fig['length']['words']:.1f}",
                ]
            )
    return rows


def llm_line(name: str, llm: dict[str, Any], fig: dict[str, Any]) -> str:
    """How often the fact guard let the model's teaser through, and the seconds per article."""
    n = llm["accepted"] + llm["rejected"] + llm["error"]
    per = fig["speed"]["seconds"] / n if n else 0.0
    return (
        f"{name}: LLM teaser accepted for {llm['accepted']} of {n} articles ({100 * llm['acceptance_rate']:.1f} %), "
        f"rejected by the fact guard {llm['rejected']}, errors {llm['error']}; {per:.2f} s per article"
    )


def render_markdown(report: dict[str, Any]) -> str:
    out = [f"*Note: {note}.*\n" for note in report.get("notes", [])]
    for name, fig in report["methods"].items():
        if llm := fig.get("llm"):
            out += [llm_line(name, llm, fig), ""]
    if lead := lead_rows(report):
        out.append(f"**Against the lead at the same budget (cv: {report.get('cv')})**\n")
        out.append("| " + " | ".join(LEAD_HEADER) + " |")
        out.append("|" + "---|" * len(LEAD_HEADER))
        out.extend("| " + " | ".join(r) + " |" for r in lead)
        out.append("")
    out.append("**Editorial defects (automatic checks; share of teasers)**\n")
    out.append("| " + " | ".join(EDITORIAL_HEADER) + " |")
    out.append("|" + "---|" * len(EDITORIAL_HEADER))
    out.extend("| " + " | ".join(r) + " |" for r in editorial_rows(report))
    out.append("")
    for name, section in _sections(report):
        out.append(f"**{_section_title(name, section)}**\n")
        out.append("| " + " | ".join(HEADER) + " |")
        out.append("|" + "---|" * len(HEADER))
        out.extend("| " + " | ".join(r) + " |" for r in _rows(section, report["baseline"]))
        out.append("")
    return "\n".join(out)
