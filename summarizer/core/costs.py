"""What a run cost, from a maintained price table (genai-prices, bundled snapshot, no network)."""

from __future__ import annotations

from summarizer.core.models import Usage

__all__ = ["cost_usd"]


def cost_usd(model: str, usage: Usage) -> float | None:
    """Price in US dollars of `usage` on `model`, or None when the model is not in the table
    (local and self-hosted models)."""
    from genai_prices import Usage as PriceUsage
    from genai_prices import calc_price

    try:
        price = calc_price(
            PriceUsage(input_tokens=usage.prompt_tokens, output_tokens=usage.completion_tokens),
            model_ref=model,
        )
    except LookupError:
        return None
    return float(price.total_price)
