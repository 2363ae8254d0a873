"""The provider's Batch API limits on one input file (OpenAI's: 50,000 requests, 200 MB), kept
apart from the Batch API code so that the command line can show them without loading it."""

__all__ = ["MAX_BYTES_PER_FILE", "MAX_REQUESTS_PER_FILE"]

MAX_REQUESTS_PER_FILE = 50_000
MAX_BYTES_PER_FILE = 200 * 1024 * 1024
