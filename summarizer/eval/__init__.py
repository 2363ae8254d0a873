"""Scoring runs against gold annotations: gold files (gold), event matching (matching), summary
metrics (metrics), runs to score (runs), and reports, baselines and comparisons (reports)."""
