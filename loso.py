"""Leave-one-story-out selection over a small grid of the method's choices."""
import collections, itertools, numpy as np, score as S, topic as T
from compare import gap_for
from compare2 import make, W
units = T.units
grid = {}
for (wn, w), top, g in itertools.product(W.items(), (None, 1, 3), (0, 2)):
    fn = make(w, top)
    grid[(wn, top, g)] = {(u.name,u.story,u.i): S.prf(S.top(fn(u), u.n, gap_for(u, g)), u.gold) for u in units}
def setf1(rows, keys):
    p = np.mean([rows[k][0] for k in keys]); r = np.mean([rows[k][1] for k in keys]); return S.f1(p, r)
for name in ('t17', 'ent'):
    keys = [k for k in grid[next(iter(grid))] if k[0] == name]
    held_rows = {}
    for story in sorted({k[1] for k in keys}):
        train = [k for k in keys if k[1] != story]
        best = max(grid, key=lambda c: (setf1(grid[c], train), c == ('np+explother', 3, 0)))
        for k in keys:
            if k[1] == story: held_rows[k] = grid[best][k]
        print(name, 'held', story, 'chosen', best)
    S.summarise(held_rows, f'LOSO {name}')
