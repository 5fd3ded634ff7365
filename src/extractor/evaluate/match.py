"""One-to-one matching of gold and predicted items: a maximum matching with the
most right fields (Hungarian algorithm)."""

from __future__ import annotations

import math
from typing import Callable


# -------------------------------------------------------------------- matching

def _assign(weights: list[list[float]]) -> list[int]:
    """Max-weight matching of rows to columns (weight <= 0 means no edge).

    Hungarian algorithm on an n x (m + n) cost matrix whose extra columns let a
    row stay unmatched. Returns, per row, its column or -1.
    """
    n = len(weights)
    if n == 0:
        return []
    m = len(weights[0])
    cols = m + n
    cost = [[-w if w > 0 else 0.0 for w in row] + [0.0] * n for row in weights]
    inf = math.inf
    u, v = [0.0] * (n + 1), [0.0] * (cols + 1)
    p, way = [0] * (cols + 1), [0] * (cols + 1)
    for i in range(1, n + 1):
        p[0], j0 = i, 0
        minv, used = [inf] * (cols + 1), [False] * (cols + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = p[j0], inf, 0
            row = cost[i0 - 1]
            for j in range(1, cols + 1):
                if not used[j]:
                    cur = row[j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(cols + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
    result = [-1] * n
    for j in range(1, m + 1):
        if p[j] and weights[p[j] - 1][j - 1] > 0:
            result[p[j] - 1] = j - 1
    return result


def match_items(rows: list[int], cols: list[int], edge: Callable[[int, int], float | None]) -> dict[int, int]:
    """Maximum matching between row and column ids, ties broken by quality.

    ``edge(r, c)`` gives None for no edge, else a quality >= 0.
    """
    if not rows or not cols:
        return {}
    quality = [[edge(r, c) for c in cols] for r in rows]
    top = max((q for row in quality for q in row if q is not None), default=None)
    if top is None:
        return {}
    big = (top + 1) * (len(rows) + 1)  # one more pair always beats any quality
    weights = [[0.0 if q is None else big + q for q in row] for row in quality]
    return {rows[i]: cols[j] for i, j in enumerate(_assign(weights)) if j >= 0}
