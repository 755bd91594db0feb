"""Beta distribution quantiles without scipy: the regularized incomplete beta by continued
fraction (Lentz's method, as in Numerical Recipes) and a safeguarded Newton search on it."""

from __future__ import annotations

import math
from functools import lru_cache

_EPS = 1e-14
_TINY = 1e-300


def _clamp(v: float) -> float:
    return v if abs(v) > _TINY else _TINY


def _continued_fraction(a: float, b: float, x: float) -> float:
    qab, qap, qam = a + b, a + 1.0, a - 1.0
    c, d = 1.0, 1.0 / _clamp(1.0 - qab * x / qap)
    h = d
    for m in range(1, 300):
        m2 = 2 * m
        even = m * (b - m) * x / ((qam + m2) * (a + m2))
        d = 1.0 / _clamp(1.0 + even * d)
        c = _clamp(1.0 + even / c)
        h *= d * c
        odd = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
        d = 1.0 / _clamp(1.0 + odd * d)
        c = _clamp(1.0 + odd / c)
        h *= d * c
        if abs(d * c - 1.0) < _EPS:
            break
    return h


def beta_cdf(x: float, a: float, b: float) -> float:
    """P(X ≤ x) for X ~ Beta(a, b), a, b > 0."""
    if x <= 0.0:
        return 0.0
    if x >= 1.0:
        return 1.0
    log_front = (
        math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b) + a * math.log(x) + b * math.log1p(-x)
    )
    front = math.exp(log_front)
    # The fraction converges fast on this side of the mean; use the symmetry on the other.
    if x < (a + 1.0) / (a + b + 2.0):
        return front * _continued_fraction(a, b, x) / a
    return 1.0 - front * _continued_fraction(b, a, 1.0 - x) / b


def _log_pdf(x: float, a: float, b: float) -> float:
    return (
        math.lgamma(a + b)
        - math.lgamma(a)
        - math.lgamma(b)
        + (a - 1) * math.log(x)
        + (b - 1) * math.log1p(-x)
    )


def beta_quantile(p: float, a: float, b: float) -> float:
    """The x with P(X ≤ x) = p: Newton steps kept inside a shrinking bisection bracket."""
    if p <= 0.0:
        return 0.0
    if p >= 1.0:
        return 1.0
    low, high = 0.0, 1.0
    x = a / (a + b)
    for _ in range(100):
        diff = beta_cdf(x, a, b) - p
        if abs(diff) < 1e-12:
            return x
        if diff < 0:
            low = x
        else:
            high = x
        step = diff / math.exp(_log_pdf(x, a, b))
        guess = x - step
        # Fall back to halving whenever Newton would leave the bracket.
        x = guess if low < guess < high else (low + high) / 2
        if high - low < 1e-12:
            break
    return x


@lru_cache(maxsize=1024)
def credible_interval(hits: int, total: int, level: float = 0.9) -> tuple[float, float, float]:
    """Posterior mean and central interval of a rate under a Beta(1, 1) prior."""
    a, b = 1.0 + hits, 1.0 + total - hits
    tail = (1.0 - level) / 2
    return a / (a + b), beta_quantile(tail, a, b), beta_quantile(1.0 - tail, a, b)
