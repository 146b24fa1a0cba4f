"""Every benchmarked call, by name: the signed platforms' and the token platforms' scenarios."""

from __future__ import annotations

from bench.canned import CannedResponse
from bench.scenario import Route, Scenario
from bench.scenarios_signed import signed_scenarios
from bench.scenarios_tokens import token_scenarios

__all__ = ["SCENARIOS", "all_routes"]

SCENARIOS: dict[str, Scenario] = {
    scenario.name: scenario for scenario in (*signed_scenarios(), *token_scenarios())
}


def all_routes(scenarios: list[Scenario]) -> dict[Route, CannedResponse]:
    """The routes of every scenario, for one shared adapter."""
    routes: dict[Route, CannedResponse] = {}
    for scenario in scenarios:
        routes.update(scenario.routes())
    return routes
