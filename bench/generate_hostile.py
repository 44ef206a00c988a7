#!/usr/bin/env python3
"""Makes the hostile inputs of issues #12 and #28 that used to take super-linear time.

Usage: generate_hostile.py KIND N OUT_DIR

  anchors  one file with N headings and N links to anchors that are near typos of them
           ("#sectoin-12-…" for "## Section 12 …"): every link gets a "did you mean" suggestion
  oneline  one file whose second line holds N links to missing files, with CJK link texts
           ("[链接12](缺失12.md) …"): N findings on one line of CJK text

Issue #28, the flexmark guard:

  nesting     one line of N list markers ("- - - … deepest"): N levels of lists
  openlinks   "[a](" N times on one line: N link destinations left open
  references  N reference definitions ("[x12]: http://example.com/12") without blank lines between them
"""
import os
import sys

kind, n, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
os.makedirs(out, exist_ok=True)
parts = []
if kind == "anchors":
    parts.append("# Anchors\n\n")
    for i in range(n):
        parts.append("## Section %d about topic %d\n\n" % (i, i * 7919 % n))
    for i in range(n):
        parts.append("- [link %d](#sectoin-%d-about-topic-%d)\n" % (i, i, i * 7919 % n))
elif kind == "oneline":
    parts.append("# 链接\n")
    parts.append("".join("[链接%d](缺失%d.md) " % (i, i) for i in range(n)))
    parts.append("\n")
# Issue #28: input on which flexmark's time grows faster than the text (ParseGuard's measures)
elif kind == "nesting":
    parts.append("# Nesting\n\n")
    parts.append("- " * n + "deepest\n")
elif kind == "openlinks":
    parts.append("# Open links\n\n")
    parts.append("[a](" * n + "\n")
elif kind == "references":
    parts.append("# References\n\n")
    parts.append("".join("[x%d]: http://example.com/%d\n" % (i, i) for i in range(n)))
else:
    sys.exit("unknown kind " + kind)
with open(os.path.join(out, "README.md"), "w", encoding="utf-8") as f:
    f.write("".join(parts))
