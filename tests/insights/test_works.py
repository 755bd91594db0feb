from __future__ import annotations

import math
from dataclasses import dataclass

import pytest

from nextyes.insights import works
from nextyes.insights.beta import beta_cdf, beta_quantile, credible_interval


@dataclass
class Rec:
    channel: str = "job-board"
    resume_version: str = ""
    fit: int | None = None
    role: str = "Engineer"
    reached_interview: bool = False
    reached_offer: bool = False
    closed: bool = True

    @property
    def interview(self) -> bool:
        return self.reached_interview

    @property
    def offer(self) -> bool:
        return self.reached_offer

    @property
    def interview_known(self) -> bool:
        return self.interview or self.closed

    @property
    def offer_known(self) -> bool:
        return self.offer or self.closed


def many(n: int, **fields: object) -> list[Rec]:
    return [Rec(**fields) for _ in range(n)]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("x", "a", "b", "expected"),
    [
        (0.3, 1, 1, 0.3),  # uniform
        (0.3, 2, 1, 0.09),  # x²
        (0.3, 1, 2, 0.51),  # 1 − (1 − x)²
        (0.5, 5, 5, 0.5),  # symmetric
        (0.2, 3, 4, 0.09888),  # Σ_{j≥3} C(6,j) 0.2^j 0.8^(6−j)
    ],
)
def test_it_computes_the_beta_cdf_against_closed_forms(
    x: float, a: float, b: float, expected: float
) -> None:
    assert beta_cdf(x, a, b) == pytest.approx(expected, abs=1e-5)


def test_it_inverts_the_cdf() -> None:
    assert beta_quantile(0.95, 1, 500) == pytest.approx(1 - 0.05 ** (1 / 500), rel=1e-9)
    assert beta_quantile(0.25, 2, 1) == pytest.approx(0.5, abs=1e-9)
    for p in (0.05, 0.5, 0.95):
        for a, b in ((1, 1), (3, 9), (40, 160), (1, 2000)):
            assert beta_cdf(beta_quantile(p, a, b), a, b) == pytest.approx(p, abs=1e-9)


def test_it_gives_a_beta_1_1_posterior_interval() -> None:
    mean, low, high = credible_interval(3, 10)
    assert mean == pytest.approx(4 / 12)
    assert low < 3 / 10 < high
    assert 0.12 < low < 0.15 and 0.55 < high < 0.58
    assert credible_interval(0, 0)[1:] == pytest.approx((0.05, 0.95))


def test_it_groups_role_titles_by_keyword() -> None:
    assert works.role_type("Senior Backend Engineer") == "engineer"
    assert works.role_type("Data Analyst II") == "analyst"
    assert works.role_type("Engineering Manager") == "manager"
    assert works.role_type("Product Designer (UX)") == "designer"
    assert works.role_type("Barista") == "other"


def test_it_says_one_channel_works_better_only_when_the_intervals_part() -> None:
    records = many(10, channel="referral", reached_interview=True) + many(2, channel="referral")
    records += many(2, channel="job-board", reached_interview=True) + many(38, channel="job-board")

    found = works.what_works(records)
    channel = next(c for c in found if c.dimension == "channel" and c.measure == "interview")

    assert channel.verdict == "Referral works better for you than Job board (for interviews)."
    assert (channel.better, channel.worse) == ("Referral", "Job board")
    advice = works.channel_advice(found)
    assert (
        advice is not None
        and "moving some of the time you spend on Job board to Referral" in advice
    )


def test_it_asks_for_more_data_when_the_intervals_overlap() -> None:
    records = many(2, channel="referral", reached_interview=True) + many(2, channel="referral")
    records += many(1, channel="job-board", reached_interview=True) + many(4, channel="job-board")

    channel = works.compare(
        "channel",
        "Channels",
        "interview",
        works.group_rates(records, lambda r: r.channel, "interview"),
    )

    assert channel.better is None
    assert channel.verdict.startswith("Not enough data yet — about ")
    assert channel.more_needed is not None and channel.more_needed > 9
    assert works.channel_advice([channel]) is None


def test_it_estimates_fewer_needed_as_the_gap_widens() -> None:
    close = works.more_needed(works.rate("a", 4, 10), works.rate("b", 3, 10))
    wide = works.more_needed(works.rate("a", 7, 10), works.rate("b", 2, 10))
    assert close is not None and wide is not None and wide < close
    assert works.more_needed(works.rate("a", 3, 10), works.rate("b", 3, 10)) is None


def test_it_leaves_pending_applications_out_of_the_rates() -> None:
    records = many(3, reached_interview=True) + many(5, closed=False) + many(3)
    rates = works.group_rates(records, lambda r: r.channel, "interview")
    assert [(r.hits, r.total) for r in rates] == [(3, 6)]


def test_it_compares_fit_bands_and_skips_unrated() -> None:
    records = many(4, fit=5, reached_interview=True) + many(4, fit=1) + many(3, fit=None)
    rates = works.group_rates(records, lambda r: works.fit_band(r.fit), "interview")
    assert {r.label: r.total for r in rates} == {"4–5": 4, "1–2": 4}


def test_it_says_there_is_nothing_to_compare_with_one_group() -> None:
    c = works.compare("resume", "Résumé versions", "offer", [works.rate("v1", 0, 5)])
    assert c.verdict == "Only one group so far: nothing to compare yet."


def test_it_counts_the_share_of_rejections_with_something_outside_control() -> None:
    reasons = works.rejection_reasons(
        [
            (["budget"], ["preparation"]),
            (["internal-candidate", "budget"], []),
            ([], ["examples"]),
            ([], []),  # not answered
        ],
        feedback_count=2,
    )
    assert (reasons.answered, reasons.outside, reasons.inside_only) == (3, 2, 1)
    assert reasons.outside_share is not None and math.isclose(reasons.outside_share, 2 / 3)
    assert reasons.top_outside[0] == ("budget", 2)
    assert reasons.feedback == 2
    assert works.rejection_reasons([], 0).outside_share is None
