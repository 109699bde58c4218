"""Cohen's kappa against hand-computed cases, and the blind coding's agreement with the first."""

from __future__ import annotations

import pandas as pd
import pytest

import azru
from azru.agreement import coding_agreement, cohen_kappa


def test_kappa_hand_computed() -> None:
    # 10 items, 3 categories. Agreement on 7: p_o = 0.7.
    # Coder A: x×5, y×3, z×2; coder B: x×4, y×4, z×2 -> p_e = (5·4 + 3·4 + 2·2) / 100 = 0.36.
    # kappa = (0.7 - 0.36) / (1 - 0.36) = 0.53125
    first = ["x", "x", "x", "x", "x", "y", "y", "y", "z", "z"]
    second = ["x", "x", "x", "y", "y", "y", "y", "x", "z", "z"]
    assert sum(p == q for p, q in zip(first, second, strict=True)) == 7
    assert cohen_kappa(first, second) == pytest.approx((0.7 - 0.36) / 0.64, abs=1e-4)


def test_kappa_limits() -> None:
    assert cohen_kappa(["a", "b"], ["a", "b"]) == 1.0
    assert cohen_kappa(["a", "b"], ["b", "a"]) == -1.0
    with pytest.raises(ValueError, match="same, non-empty"):
        cohen_kappa(["a"], ["a", "b"])


def test_no_shared_happening_is_an_error() -> None:
    codings = pd.DataFrame({"happening_id": ["h"], "coder": ["primary"], "cameo_code": ["042"], "direction": ["both"]})
    with pytest.raises(ValueError, match="no happening is coded by both"):
        coding_agreement(codings)


@pytest.mark.parametrize(
    ("sample", "heading"),
    [("sample.csv", "### Result (November 2026)"), ("sample-2026-12.csv", "### Result (December 2026)")],
)
def test_blind_coding_covers_the_sample_and_is_reported(sample: str, heading: str) -> None:
    facts = azru.load()
    drawn = set(pd.read_csv(facts.path.parent / "_blind" / sample, dtype=str)["happening_id"])
    codings = facts.codings[facts.codings["happening_id"].isin(drawn)]
    blind = codings[codings["coder"].astype(str) == "blind"]
    assert len(drawn) == 40 and set(blind["happening_id"]) == drawn
    result = coding_agreement(codings)
    assert result.n == 40
    page = (facts.path.parent / "CODING.md").read_text(encoding="utf-8")
    section = page[page.index(heading) :]
    section = (
        section[: section.index("### Result", len(heading))] if "### Result" in section[len(heading) :] else section
    )
    assert f"| Cohen's kappa, root code (category) | {result.kappa:.2f} |" in section, (
        "CODING.md must report this kappa"
    )
    assert f"{round(result.code_agreement * 40)} / 40 on the full" in section
