#!/usr/bin/env python3
"""Writes economy-points.tsv: for every feature of data/boundaries/world-50m.json, a point
of the feature's largest polygon (the area centroid of its outer ring, in degrees), which
test-projection checks falls inside the map extents of the feature's groups. Run by hand
when the boundary file changes: the test reads the result, never the TopoJSON.

SPDX-License-Identifier: GPL-3.0-or-later"""
import json
import math
import pathlib

here = pathlib.Path(__file__).resolve().parent
topology = json.loads((here.parent.parent / "data" / "boundaries" / "world-50m.json").read_text())
(sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]

arcs = []
for arc in topology["arcs"]:
    x = y = 0
    points = []
    for dx, dy in arc:
        x, y = x + dx, y + dy
        points.append((x * sx + tx, y * sy + ty))
    arcs.append(points)


def ring(indices):
    points = []
    for i in indices:
        arc = arcs[i] if i >= 0 else arcs[~i][::-1]
        points.extend(arc if not points else arc[1:])
    return points


def unwrap(points):
    """The ring with no jump of more than 180° of longitude, for rings that cross the
    antimeridian (Fiji's, Russia's)."""
    out = [points[0]]
    for x, y in points[1:]:
        while x - out[-1][0] > 180:
            x -= 360
        while x - out[-1][0] < -180:
            x += 360
        out.append((x, y))
    return out


def centroid(points):
    """Area centroid on the lon/lat plane, with the area weighted by cos(lat)."""
    points = unwrap(points)
    a = cx = cy = 0.0
    for (x1, y1), (x2, y2) in zip(points, points[1:] + points[:1]):
        cross = x1 * y2 - x2 * y1
        a += cross
        cx += (x1 + x2) * cross
        cy += (y1 + y2) * cross
    if a == 0:
        return points[0], 0.0
    lat = cy / (3 * a)
    return (cx / (3 * a), lat), abs(a) / 2 * math.cos(math.radians(lat))


rows = []
for feature in topology["objects"]["countries"]["geometries"]:
    arcs_of = feature.get("arcs", [])
    polygons = [arcs_of] if feature["type"] == "Polygon" else arcs_of
    best = max((centroid(ring(p[0])) for p in polygons), key=lambda c: c[1])
    (lon, lat) = best[0]
    lon = (lon + 180) % 360 - 180
    rows.append("%s\t%.3f\t%.3f" % (feature["properties"]["a3"], lon, lat))

with open(here / "economy-points.tsv", "w", encoding="utf-8") as out:
    out.write("# Written by make-economy-points.py from data/boundaries/world-50m.json; "
              "do not edit\n")
    out.write("alpha3\tlon\tlat\n")
    out.write("\n".join(sorted(rows)) + "\n")
