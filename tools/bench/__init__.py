"""Benchmarks of the crawler, the pipelines and the publication (`python -m tools.bench`, BENCHMARKS.md).

table (the run and its table), run (each measured subject), mirror (the synthetic ANTARA mirror),
archive and text (the large synthetic archive for Datasette), distributed (one worker against two),
newsplease (run in news-please's own virtualenv), processes and launcher (children, servers, ports);
warc (backfilling from WARC files, on its own: `python -m tools.bench.warc`).
"""
