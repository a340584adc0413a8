"""Stage 3, structure -> labels: the rule chain (Ruler), rule packs, and the labelling pass that runs it."""
