#!/usr/bin/env python3
"""Makes the hostile inputs of issues #12 and #28 that used to take super-linear time.

Usage: generate_hostile.py KIND N OUT_DIR

  anchors  one file with N headings and N links to anchors that are near typos of them
           ("#sectoin-12-…" for "## Section 12 …"): every link gets a "did you mean" suggestion
  oneline  one file whose second line holds N links to missing files, with CJK link texts
           ("[链接12](缺失12.md) …"): N findings on one line of CJK text
  disable  one HTML block of N unclosed "<!-- qbank-disable …" comments, one a line
  toc      one HTML block of N unclosed "<!-- TOC …" markers, one a line
  h1       one HTML block of N unclosed "<h1>" headings, one a line, no blank line between
  entities one HTML block of N links whose href is written with character references
           ("<a href="&#x63;hapter-12.md">"): each a missing-local-file finding
  longanchor  one heading of N characters and 10 links to near misses of its anchor: each a
           broken-anchor finding that asks for a "did you mean"

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
elif kind == "disable":
    parts.append("# Disable\n\n")
    parts.append("".join("<!-- qbank-disable numbering rule-%d\n" % i for i in range(n)))
elif kind == "toc":
    parts.append("# TOC\n\n")
    parts.append("".join("<!-- TOC depth %d\n" % i for i in range(n)))
elif kind == "h1":
    parts.append("# Headings\n\n")
    parts.append("".join("<h1>heading %d\n" % i for i in range(n)))
elif kind == "entities":
    parts.append("# Entities\n\n<div>\n")
    parts.append("".join('<a href="&#x63;hapter-%d.md">chapter %d</a>\n' % (i, i) for i in range(n)))
    parts.append("</div>\n")
elif kind == "longanchor":
    words = ["attention", "transformer", "layer", "norm", "rope", "cache", "router", "softmax", "token"]
    heading = []
    length = 0
    i = 0
    while length < n:
        w = words[i * 7919 % len(words)] + str(i)
        heading.append(w)
        length += len(w) + 1
        i += 1
    anchor = "-".join(heading)[:n].rstrip("-")
    parts.append("# " + anchor.replace("-", " ") + "\n\n")
    for k in range(10):
        # a near miss: two letters of the anchor changed, at places that differ from link to link
        miss = list(anchor)
        for at in ((k * 7919 + 11) % len(miss), (k * 104729 + 5) % len(miss)):
            miss[at] = "x" if miss[at] != "x" else "y"
        parts.append("- [near miss %d](#%s)\n" % (k, "".join(miss)))
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
