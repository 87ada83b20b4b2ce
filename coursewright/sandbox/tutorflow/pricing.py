"""The emulated TutorFlow pricing catalog: the one place the sandbox's prices and credits come from.

`GET /v1/platform/pricing-catalog` serves `CATALOG`; every `priceSnapshot`, every pre-flight credit
check and every charge reads the same entry. Only the course category is listed: it is the only
thing this emulator generates. Catalog fields follow the public agent self-service page (category,
tier, catalogKey, amountUsd, unit, currency, source, stripeLookupKey, stripeMeterEventName,
isActive); the meter event name is the one TutorFlow's pricing guide shows for courses.

Credits (inferred): a workspace's `creditBalance` counts US cents. TutorFlow's own pages show a
new workspace with `trialCredits: 100` next to a "$1.00 free trial credit", so one credit = $0.01
and a lesson costs 5 credits.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

CREDITS_PER_USD = 100
PRICE_SOURCE = "platform_pricing_catalog_v2"


@dataclass(frozen=True)
class CatalogEntry:
    category: str
    tier: str
    unit: str
    amount_usd: float
    meter_event: str | None = None
    currency: str = "USD"

    @property
    def catalog_key(self) -> str:
        return f"{self.category}.{self.tier}"

    @property
    def unit_credits(self) -> int:
        return round(self.amount_usd * CREDITS_PER_USD)

    def credits_for(self, units: int) -> int:
        return self.unit_credits * units

    def amount_for(self, units: int) -> float:
        """The USD amount of `units`, exact to the cent (it is the credits charged, in dollars)."""
        return usd(self.credits_for(units))

    def listing(self) -> dict[str, Any]:
        """The entry as the pricing-catalog endpoint serves it."""
        return {
            "category": self.category,
            "tier": self.tier,
            "catalogKey": self.catalog_key,
            "amountUsd": self.amount_usd,
            "unit": self.unit,
            "currency": self.currency,
            "source": PRICE_SOURCE,
            # The sandbox bills nothing through Stripe, so no lookup key backs the entry.
            "stripeLookupKey": None,
            "stripeMeterEventName": self.meter_event,
            "isActive": True,
        }

    def snapshot(self, units: int) -> dict[str, Any]:
        """The `priceSnapshot` of a request billed for `units` (the seed's shape, field for field)."""
        return {
            "category": self.category,
            "catalogKey": self.catalog_key,
            "tier": self.tier,
            "unit": self.unit,
            "unitPrice": self.amount_usd,
            "units": units,
            "amountUsd": self.amount_for(units),
            "currency": self.currency,
            "source": PRICE_SOURCE,
        }


COURSE_PRICE = CatalogEntry("course", "default", "lesson", 0.05, "platform_course_lesson_v2")
CATALOG = (COURSE_PRICE,)


def usd(credits: int) -> float:
    return round(credits / CREDITS_PER_USD, 2)


def credits_for_usd(amount_usd: float) -> int:
    return round(amount_usd * CREDITS_PER_USD)
