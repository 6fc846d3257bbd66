"""Automatic chart layouts: force-directed, hierarchical and circular. Pure Python.

Every layout is deterministic: nodes and edges are sorted first and the force layout
draws its random start from ``random.Random(seed)``, so the same case, chart and seed
give the same picture on every machine. Positions are in chart units (about
``SPACING`` between linked nodes), origin top-left, y downwards (``domain.drawing``).

``fixed`` positions (nodes the user placed by hand, or nodes already on a saved
chart when neighbours are expanded) are kept; the others are laid out around them.

The force layout is Fruchterman–Reingold with the cut-off of their paper (repulsion
only between nodes closer than twice the spacing), in numpy arrays: 2,000 nodes / 5,000
links take one to two seconds (four to eight in the pure Python it replaced).
"""

from __future__ import annotations

import math
import random
from collections import defaultdict, deque
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

Pos = dict[str, tuple[float, float]]
SPACING = 120.0
LAYOUTS = ("force", "hierarchical", "circular", "grouped", "country")
Room = tuple[float, float, float]  # a node's symbol and name: half its width, reach above and below
ROOM_GAP = 0.2  # of the spacing: the least gap between two nodes' rooms (links pass between)
MANY_PAIRS = 300  # overlaps: above this, a round of separate parts them all at once
PART_MARGIN = 0.5  # parted this much further than asked: a ring round a hub settles in fewer rounds


def _clean(nodes: Iterable[str], edges: Iterable[tuple[str, str]]) -> tuple[list[str], list[tuple[str, str]]]:
    ns = sorted(set(nodes))
    present = set(ns)
    es = sorted({(a, b) for a, b in edges if a in present and b in present and a != b})
    return ns, es


def _components(nodes: Sequence[str], edges: Sequence[tuple[str, str]]) -> list[list[str]]:
    adj: dict[str, list[str]] = defaultdict(list)
    for a, b in edges:
        adj[a].append(b)
        adj[b].append(a)
    seen: set[str] = set()
    comps: list[list[str]] = []
    for n in nodes:
        if n in seen:
            continue
        comp, todo = [], deque([n])
        seen.add(n)
        while todo:
            cur = todo.popleft()
            comp.append(cur)
            for nb in sorted(adj[cur]):
                if nb not in seen:
                    seen.add(nb)
                    todo.append(nb)
        comps.append(comp)
    comps.sort(key=lambda c: (-len(c), c[0]))
    return comps


def force_layout(nodes: Iterable[str], edges: Iterable[tuple[str, str]], *, seed: int = 0,
                 fixed: Mapping[str, tuple[float, float]] | None = None,
                 iterations: int | None = None, spacing: float = SPACING,
                 rooms: Mapping[str, Room] | None = None) -> Pos:
    """Fruchterman–Reingold, then overlaps removed. With ``rooms`` (each node's symbol and
    name, measured by the caller in chart units: services know no fonts) no two nodes' rooms
    overlap, so every name can be written in full under its symbol; without, nodes are kept
    ``1.3 × spacing`` apart."""
    ns, es = _clean(nodes, edges)
    n = len(ns)
    if n == 0:
        return {}
    fixed = {k: v for k, v in (fixed or {}).items() if k in set(ns)}
    rng = random.Random(seed)
    index = {name: i for i, name in enumerate(ns)}
    k = spacing
    side = math.sqrt(n) * k
    xs = [0.0] * n
    ys = [0.0] * n
    pinned = [False] * n
    nbrs: list[list[int]] = [[] for _ in range(n)]
    for a, b in es:
        ia, ib = index[a], index[b]
        nbrs[ia].append(ib)
        nbrs[ib].append(ia)
    for i, name in enumerate(ns):
        if name in fixed:
            xs[i], ys[i] = fixed[name]
            pinned[i] = True
    for i in range(n):
        if pinned[i]:
            continue
        anchors = [j for j in nbrs[i] if pinned[j]]
        if anchors:  # start a new node next to the placed nodes it is linked to
            xs[i] = sum(xs[j] for j in anchors) / len(anchors) + rng.uniform(-k, k)
            ys[i] = sum(ys[j] for j in anchors) / len(anchors) + rng.uniform(-k, k)
        else:
            xs[i], ys[i] = rng.uniform(0, side), rng.uniform(0, side)
    if all(pinned):
        return {name: (xs[i], ys[i]) for i, name in enumerate(ns)}
    iters = iterations if iterations is not None else (200 if n < 200 else 100 if n < 800 else 45)
    temp = side / 8 if not fixed else k
    _spring(xs, ys, pinned, [(index[a], index[b]) for a, b in es], k, temp, iters)
    # Names need room: at 0.6 spacing the demo's 38 people, all calling each other, sat in a
    # knot where 97 names could not be printed beside their symbol; at 1.3 five could not,
    # for a chart 20 % wider. Densely linked groups need more rounds to open up.
    spread = {name: (xs[i], ys[i]) for i, name in enumerate(ns)}
    out = separate(spread, set(fixed), spacing * 1.3, rounds=100 if n <= 500 else 30)
    if rooms is not None:  # then each name its room (parting rooms alone stacked names in columns)
        out = separate(out, set(fixed), spacing * ROOM_GAP, rounds=200 if n <= 500 else 60, rooms=rooms)
    return _normalised(out, keep=bool(fixed))


def _pairs_within(x: Any, y: Any, reach_x: float, reach_y: float) -> tuple[Any, Any]:
    """Index pairs (i, j) whose points lie within ``reach_x`` across and ``reach_y`` down
    of each other, each pair once, in a fixed order. The points are cut into strips
    ``reach_y`` high and sorted by strip, then x: each point is compared only with those
    ahead of it in its strip, and those of the next strip, within ``reach_x`` (about
    n·√n pairs, not n²)."""
    np = _numpy()
    n = len(x)
    strip = np.floor((y - y.min()) / reach_y)
    width = float(x.max() - x.min()) + 4 * reach_x + 1.0
    key = strip * width + (x - x.min())
    order = np.argsort(key, kind="stable")
    key = key[order]
    at = np.arange(n)
    firsts, lasts = [], []
    # the same strip, ahead in x; then the next strip, either side in x
    lo = at + 1
    hi = np.searchsorted(key, key + reach_x, side="right")
    firsts.append(lo)
    lasts.append(hi)
    firsts.append(np.searchsorted(key, key + width - reach_x, side="left"))
    lasts.append(np.searchsorted(key, key + width + reach_x, side="right"))
    pi, pj = [], []
    for first, last in zip(firsts, lasts, strict=True):
        count = np.maximum(last - first, 0)
        a = np.repeat(at, count)
        b = np.repeat(first - (np.cumsum(count) - count), count) + np.arange(len(a))
        pi.append(order[a])
        pj.append(order[b])
    i, j = np.concatenate(pi), np.concatenate(pj)
    near = (np.abs(y[i] - y[j]) < reach_y) & (np.abs(x[i] - x[j]) < reach_x)
    return i[near], j[near]


def _numpy() -> Any:
    # imported when a chart is laid out, not when the command line starts (about 0.1 s)
    import numpy

    return numpy


def _spring(xs: list[float], ys: list[float], pinned: list[bool], edges: list[tuple[int, int]],
            k: float, temp: float, iters: int) -> None:
    """Fruchterman–Reingold in place on ``xs``/``ys``, with numpy: repulsion only between
    nodes closer than ``2k`` (their paper's grid approximation), springs along ``edges``,
    a pull to the centre growing with a node's links. One round is a handful of array
    operations over the near pairs, so 2,000 nodes / 5,000 links take a fraction of the
    pure-Python loop's four to eight seconds."""
    np = _numpy()
    n = len(xs)
    x = np.array(xs, dtype=np.float64)
    y = np.array(ys, dtype=np.float64)
    free = ~np.array(pinned, dtype=bool)
    ea = np.array([a for a, _ in edges], dtype=np.intp)
    eb = np.array([b for _, b in edges], dtype=np.intp)
    degree = np.bincount(np.concatenate([ea, eb]), minlength=n).astype(np.float64)
    pull = 0.02 * np.maximum(degree, 1.0)  # gravity: linked hubs stay in the middle
    cut, k2 = 2 * k, k * k
    cool = temp / (iters + 1)
    cx0, cy0 = float(x.mean()), float(y.mean())
    for _ in range(iters):
        i, j = _pairs_within(x, y, cut, cut)
        ddx = x[i] - x[j]
        ddy = y[i] - y[j]
        d2 = ddx * ddx + ddy * ddy
        keep = d2 < cut * cut
        i, j, ddx, ddy, d2 = i[keep], j[keep], ddx[keep], ddy[keep], d2[keep]
        same = d2 < 0.01  # on the same spot: part them along a direction set by their numbers
        if same.any():
            ddx = np.where(same, 0.1 * np.where((i - j) % 2 == 0, 1.0, -1.0), ddx)
            ddy = np.where(same, 0.1, ddy)
            d2 = np.where(same, 0.02, d2)
        f = k2 / d2
        fx, fy = ddx * f, ddy * f
        dx = np.bincount(i, fx, n) - np.bincount(j, fx, n)
        dy = np.bincount(i, fy, n) - np.bincount(j, fy, n)
        if len(ea):
            ex = x[ea] - x[eb]
            ey = y[ea] - y[eb]
            d = np.sqrt(ex * ex + ey * ey)
            d[d == 0] = 0.01
            ex *= d / k
            ey *= d / k
            dx += np.bincount(eb, ex, n) - np.bincount(ea, ex, n)
            dy += np.bincount(eb, ey, n) - np.bincount(ea, ey, n)
        mx = dx - pull * (x - cx0)
        my = dy - pull * (y - cy0)
        d = np.sqrt(mx * mx + my * my)
        scale = np.where(d > 0, np.minimum(d, temp) / np.where(d > 0, d, 1.0), 0.0)
        x += np.where(free, mx * scale, 0.0)
        y += np.where(free, my * scale, 0.0)
        temp = max(temp - cool, k * 0.05)
    xs[:] = x.tolist()
    ys[:] = y.tolist()


def separate(pos: Pos, fixed: set[str], min_dist: float, rounds: int = 30,
             rooms: Mapping[str, Room] | None = None) -> Pos:
    """Push apart nodes closer than ``min_dist`` (the force layout leaves a few piled up on
    dense charts, and a pile of symbols cannot be read or clicked). Fixed nodes stay put.

    With ``rooms`` (each node's symbol and name: half width, reach above and below its
    centre), two nodes are apart when their rooms are ``min_dist`` apart across or down,
    and an overlap is undone along the shorter way out: a long name needs room across, not
    a circle as wide as the name. Each round finds the overlapping pairs with array
    arithmetic, then parts them one after the other (each move seen by the next)."""
    np = _numpy()
    names = list(pos)
    n = len(names)
    if n < 2:
        return dict(pos)
    xs = [pos[m][0] for m in names]
    ys = [pos[m][1] for m in names]
    moving = [m not in fixed for m in names]
    half = min_dist / 2
    if rooms is not None:
        w = [rooms.get(m, (half, half, half))[0] for m in names]
        up = [rooms.get(m, (half, half, half))[1] for m in names]
        down = [rooms.get(m, (half, half, half))[2] for m in names]
        reach_x = 2 * max(w) + min_dist
        reach_y = max(up) + max(down) + min_dist
    else:
        reach_x = reach_y = min_dist
    d2min = min_dist * min_dist
    mov = np.array(moving)
    box = None if rooms is None else (np.array(w), np.array(up), np.array(down))
    piled, pushes, done = True, 0, 0
    while done < rounds:  # the rounds one by one; as many at once before them, at most
        x = np.array(xs)
        y = np.array(ys)
        i_arr, j_arr = _pairs_within(x, y, reach_x, reach_y)
        if piled and len(i_arr) > MANY_PAIRS and pushes < rounds:  # a pile is opened all at once
            pushes += 1
            pushed = _push_all(np, x, y, mov, i_arr, j_arr, min_dist, box)
            xs, ys = x.tolist(), y.tolist()
            # then one by one for good: simultaneous rounds make new overlaps as they part the last
            piled = pushed > MANY_PAIRS
            continue
        if rooms is None:
            ddx, ddy = x[j_arr] - x[i_arr], y[j_arr] - y[i_arr]
            close = ddx * ddx + ddy * ddy < d2min
            i_arr, j_arr = i_arr[close], j_arr[close]
        done += 1
        moved = False
        for i, j in zip(i_arr.tolist(), j_arr.tolist(), strict=True):
            if not (moving[i] or moving[j]):
                continue
            if rooms is None:
                moved |= _part_round(xs, ys, moving, i, j, min_dist, d2min)
            else:
                moved |= _part_rooms(xs, ys, moving, w, up, down, i, j, min_dist)
        if not moved:
            break
    return {m: (xs[i], ys[i]) for i, m in enumerate(names)}


def _push_all(np: Any, x: Any, y: Any, moving: Any, i: Any, j: Any, min_dist: float,
              rooms: tuple[Any, Any, Any] | None) -> int:
    """One simultaneous round over the overlapping pairs among ``i``/``j`` (arrays), each
    pair's opening split between its nodes and halved (a node in a pile is pushed by all its
    neighbours at once); returns how many pairs overlapped. Cheap for thousands of pairs,
    where parting them one after the other in Python took most of a second."""
    ddx, ddy = x[j] - x[i], y[j] - y[i]
    if rooms is None:
        d = np.sqrt(ddx * ddx + ddy * ddy)
        over = d < min_dist
        i, j, ddx, ddy, d = i[over], j[over], ddx[over], ddy[over], d[over]
        d = np.where(d < 1e-6, 1.0, d)
        ddx = np.where(d == 1.0, 1.0, ddx)
        gap = min_dist - d
        px, py = ddx / d * gap, ddy / d * gap
    else:
        w, up, down = rooms
        upper = ddy >= 0
        across = w[i] + w[j] + min_dist - np.abs(ddx)
        below = np.where(upper, down[i] + up[j], down[j] + up[i]) + min_dist - np.abs(ddy)
        over = (across > 0) & (below > 0)
        i, j, ddx, ddy, across, below = i[over], j[over], ddx[over], ddy[over], across[over], below[over]
        sideways = across <= below
        px = np.where(sideways, np.where(ddx >= 0, 1.0, -1.0) * across, 0.0)
        py = np.where(sideways, 0.0, np.where(ddy >= 0, 1.0, -1.0) * below)
    if len(i) == 0:
        return 0
    n = len(x)
    both = moving[i] & moving[j]
    si = np.where(both, 0.5, 1.0) * moving[i]  # share of the opening each side takes
    sj = np.where(both, 0.5, 1.0) * moving[j]
    x += np.bincount(j, px * sj, n) - np.bincount(i, px * si, n)
    y += np.bincount(j, py * sj, n) - np.bincount(i, py * si, n)
    return len(i)


def _shares(moving: list[bool], i: int, j: int, gap: float) -> tuple[float, float]:
    """How far ``i`` and ``j`` move to open ``gap``: split, or all on the one that moves."""
    return (gap / 2 if moving[j] else gap) if moving[i] else 0.0, (gap / 2 if moving[i] else gap) if moving[j] else 0.0


def _part_round(xs: list[float], ys: list[float], moving: list[bool], i: int, j: int,
                min_dist: float, d2min: float) -> bool:
    ddx, ddy = xs[j] - xs[i], ys[j] - ys[i]
    d2 = ddx * ddx + ddy * ddy
    if d2 >= d2min:
        return False
    d = math.sqrt(d2)
    if d < 1e-6:  # the same spot: part them along a fixed direction
        ddx, ddy, d = 1.0, 0.37 * ((i + j) % 3 - 1), 1.0
    mi, mj = _shares(moving, i, j, min_dist - d + PART_MARGIN)
    ux, uy = ddx / d, ddy / d
    xs[i] -= ux * mi
    ys[i] -= uy * mi
    xs[j] += ux * mj
    ys[j] += uy * mj
    return True


def _part_rooms(xs: list[float], ys: list[float], moving: list[bool], w: list[float], up: list[float],
                down: list[float], i: int, j: int, gap: float) -> bool:
    if ys[j] < ys[i] or (ys[j] == ys[i] and j < i):
        i, j = j, i  # i above j
    dx = xs[j] - xs[i]
    across = w[i] + w[j] + gap - abs(dx)
    below = down[i] + up[j] + gap - (ys[j] - ys[i])
    if across <= 0 or below <= 0:
        return False
    if across <= below:
        mi, mj = _shares(moving, i, j, across + PART_MARGIN)
        side = 1.0 if dx > 0 or (dx == 0 and (i + j) % 2) else -1.0
        xs[i] -= side * mi
        xs[j] += side * mj
    else:
        mi, mj = _shares(moving, i, j, below + PART_MARGIN)
        ys[i] -= mi
        ys[j] += mj
    return True


def _normalised(pos: Pos, keep: bool) -> Pos:
    """Round to tenths (stable output) and, without fixed nodes, move to the origin."""
    if not pos:
        return pos
    ox = 0.0 if keep else min(x for x, _ in pos.values())
    oy = 0.0 if keep else min(y for _, y in pos.values())
    return {n: (round(x - ox, 1), round(y - oy, 1)) for n, (x, y) in pos.items()}


def hierarchical_layout(nodes: Iterable[str], edges: Iterable[tuple[str, str]], *,
                        spacing: float = SPACING) -> Pos:
    """Layers along link direction (owners above assets, callers above receivers).

    A layer wider than about the square root of the chart wraps onto several rows, and the
    separate parts of the chart are packed onto shelves: the whole demo case used to come
    out as one strip thirteen thousand units wide (a hundred leaves in one row)."""
    ns, es = _clean(nodes, edges)
    max_row = max(8, math.ceil(math.sqrt(len(ns)) * 1.5))
    parts: list[tuple[float, float, Pos]] = []  # width, height, positions from (0, 0)
    for comp in _components(ns, es):
        members = set(comp)
        ces = [(a, b) for a, b in es if a in members]
        layers = _layers(comp, ces)
        rows: dict[int, list[str]] = defaultdict(list)
        for nme in comp:
            rows[layers[nme]].append(nme)
        order = _order_layers(rows, ces)
        width = min(max(len(r) for r in order.values()), max_row)
        local: Pos = {}
        y = 0.0
        for depth in sorted(order):
            row = order[depth]
            for start in range(0, len(row), max_row):
                chunk = row[start:start + max_row]
                shift = (width - len(chunk)) * spacing / 2
                for i, nme in enumerate(chunk):
                    local[nme] = (shift + i * spacing, y)
                y += spacing * (0.7 if start + max_row < len(row) else 1.0)
        parts.append((width * spacing, y, local))
    target = max(spacing * max_row, math.sqrt(sum(w * h for w, h, _ in parts)) * 1.3)
    out: Pos = {}
    x = y = shelf = 0.0
    for w, h, local in sorted(parts, key=lambda p: (-p[1], -p[0])):
        if x > 0 and x + w > target:
            x, y, shelf = 0.0, y + shelf + spacing, 0.0
        for nme, (lx, ly) in local.items():
            out[nme] = (x + lx, y + ly)
        x += w + spacing
        shelf = max(shelf, h)
    return _normalised(out, keep=False)


def _layers(comp: list[str], edges: list[tuple[str, str]]) -> dict[str, int]:
    """Each node's layer: along the links, and a group that links round in a cycle (people
    who all call each other) as shallow as the group allows. A tree or any chart without
    cycles gets the longest-path layering. Breaking cycles where a depth-first walk met them
    made the demo's callers one chain thirty layers deep, a node per layer."""
    succ: dict[str, list[str]] = defaultdict(list)
    pred: dict[str, list[str]] = defaultdict(list)
    for a, b in edges:
        succ[a].append(b)
        pred[b].append(a)
    parts, part_of = _strong_parts(comp, succ, pred)
    level: dict[str, int] = {}
    for index, members in enumerate(parts):  # sources first: what points in is placed
        inside = set(members)
        root = min(members, key=lambda n: (-(sum(m in inside for m in succ[n]) - sum(m in inside for m in pred[n])), n))
        depth = {root: 0}
        todo = deque([root])
        while todo:  # within the group: how far from its root along the links
            cur = todo.popleft()
            for nxt in sorted(succ[cur]):
                if nxt in inside and nxt not in depth:
                    depth[nxt] = depth[cur] + 1
                    todo.append(nxt)
        base = 0
        for n in members:
            for p in pred[n]:
                if part_of[p] != index:
                    base = max(base, level[p] + 1 - depth[n])
        for n in members:
            level[n] = base + depth[n]
    return level


def _strong_parts(comp: list[str], succ: Mapping[str, list[str]],
                  pred: Mapping[str, list[str]]) -> tuple[list[list[str]], dict[str, int]]:
    """The strongly connected parts (Kosaraju, iterative), those pointed to after those
    pointing to them, and the part of each node."""
    finished: list[str] = []
    seen: set[str] = set()
    for root in sorted(comp):
        if root in seen:
            continue
        seen.add(root)
        stack = [(root, iter(sorted(succ.get(root, ()))))]
        while stack:
            node, it = stack[-1]
            nxt = next(it, None)
            if nxt is None:
                finished.append(node)
                stack.pop()
            elif nxt not in seen:
                seen.add(nxt)
                stack.append((nxt, iter(sorted(succ.get(nxt, ())))))
    part_of: dict[str, int] = {}
    parts: list[list[str]] = []
    for root in reversed(finished):
        if root in part_of:
            continue
        part_of[root] = len(parts)
        members, todo = [root], [root]
        while todo:
            for p in pred.get(todo.pop(), ()):
                if p not in part_of:
                    part_of[p] = len(parts)
                    members.append(p)
                    todo.append(p)
        parts.append(sorted(members))
    return parts, part_of


def _order_layers(rows: dict[int, list[str]], edges: list[tuple[str, str]]) -> dict[int, list[str]]:
    """Barycentre sweeps (down then up, four times) to reduce crossings."""
    order = {d: sorted(r) for d, r in sorted(rows.items())}
    adj: dict[str, list[str]] = defaultdict(list)
    for a, b in edges:
        adj[a].append(b)
        adj[b].append(a)
    depths = sorted(order)
    for sweep in range(8):
        seq = depths[1:] if sweep % 2 == 0 else list(reversed(depths[:-1]))
        for d in seq:
            ref = order.get(d - 1 if sweep % 2 == 0 else d + 1, [])
            pos = {n: i for i, n in enumerate(ref)}

            def bary(n: str, pos: dict[str, int] = pos, d: int = d) -> tuple[float, str]:
                vals = [pos[m] for m in adj[n] if m in pos]
                return (sum(vals) / len(vals) if vals else order[d].index(n), n)

            order[d] = sorted(order[d], key=bary)
    return order


def circular_layout(nodes: Iterable[str], edges: Iterable[tuple[str, str]], *,
                    spacing: float = SPACING) -> Pos:
    """One circle, nodes in breadth-first order per component (linked nodes sit close)."""
    ns, es = _clean(nodes, edges)
    if not ns:
        return {}
    seq = [n for comp in _components(ns, es) for n in comp]
    count = len(seq)
    radius = max(count * spacing / (2 * math.pi), spacing)
    out = {n: (radius + radius * math.cos(2 * math.pi * i / count - math.pi / 2),
               radius + radius * math.sin(2 * math.pi * i / count - math.pi / 2))
           for i, n in enumerate(seq)}
    return _normalised(out, keep=False) if count > 1 else {seq[0]: (0.0, 0.0)}


def grouped_layout(nodes: Iterable[str], edges: Iterable[tuple[str, str]], groups: Mapping[str, str],
                   *, spacing: float = SPACING) -> Pos:
    """One circle per group (an organisation and its people, or a country), the circles side by
    side in rows, biggest first; nodes without a group share a last circle. Within a circle,
    nodes follow their links (breadth-first), so linked members sit next to each other."""
    ns, es = _clean(nodes, edges)
    if not ns:
        return {}
    members: dict[str, list[str]] = defaultdict(list)
    for n in ns:
        members[groups.get(n, "")].append(n)
    order = sorted(members, key=lambda g: (g == "", -len(members[g]), g))
    circles = []
    for g in order:
        inner = set(members[g])
        seq = [n for comp in _components(members[g], [(a, b) for a, b in es if a in inner and b in inner])
               for n in comp]
        radius = max(len(seq) * spacing / (2 * math.pi), spacing * 0.5) if len(seq) > 1 else 0.0
        circles.append((seq, radius))
    per_row = max(1, math.ceil(math.sqrt(len(circles))))
    out: Pos = {}
    x = y = row_h = 0.0
    for i, (seq, radius) in enumerate(circles):
        if i and i % per_row == 0:
            x, y, row_h = 0.0, y + row_h + spacing, 0.0
        cx, cy = x + radius, y + radius
        for j, n in enumerate(seq):
            angle = 2 * math.pi * j / max(len(seq), 1) - math.pi / 2
            out[n] = (cx + radius * math.cos(angle), cy + radius * math.sin(angle))
        x += 2 * radius + spacing * 1.5
        row_h = max(row_h, 2 * radius)
    return _normalised(out, keep=False)


def layout(method: str, nodes: Iterable[str], edges: Iterable[tuple[str, str]], *, seed: int = 0,
           fixed: Mapping[str, tuple[float, float]] | None = None,
           groups: Mapping[str, str] | None = None, rooms: Mapping[str, Room] | None = None) -> Pos:
    """Dispatch by name: ``force`` (keeps ``fixed``; ``rooms``: each node's symbol and name,
    see :func:`force_layout`), ``hierarchical``, ``circular`` or ``grouped`` (``groups``:
    node -> its group's name)."""
    if method in ("grouped", "country"):  # by organisation, or by country
        return grouped_layout(nodes, edges, groups or {})
    if method == "force":
        return force_layout(nodes, edges, seed=seed, fixed=fixed, rooms=rooms)
    if method == "hierarchical":
        return hierarchical_layout(nodes, edges)
    if method == "circular":
        return circular_layout(nodes, edges)
    raise ValueError(f"unknown layout {method!r}: use one of {', '.join(LAYOUTS)}")
