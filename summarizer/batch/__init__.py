"""Many articles at once: where they come from (sources), the rate gate every request passes,
the concurrent engine, the result and error files, and the provider's Batch API."""
