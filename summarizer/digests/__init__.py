"""Several reports of one story merged into one event set: the digest's data contract (models)
and how it is built (build). Its Markdown and HTML renderings live in `summarizer.render`."""
