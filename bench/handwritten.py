"""What an integrator writes without the SDK: one small ``requests`` integration per platform.

Each does the job correctly for the benchmark's requests (the suite checks their
signatures and bodies against the SDK's before timing): signs the way the vendor
documents, sends JSON, checks the HTTP status and the platform's own success flag, and
turns the answer into plain dataclasses. No retries, no validation of input, no typed
errors: the least a correct integration does.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import random
import string
import time
from dataclasses import dataclass
from typing import Any

import requests

__all__ = ["FarGamesHand", "PlayNanooHand", "PlaydappHand", "StoveHand"]

_TIMEOUT = (5, 30)


class HandError(RuntimeError):
    """The platform answered with a failure."""


# -- FAR Games ------------------------------------------------------------------------------


@dataclass
class HandGame:
    id: int
    title: str
    brand: str
    image_url: str
    demo: bool


class FarGamesHand:
    """``ksort`` + ``json_encode`` emulation, HMAC-SHA256, ``session.post``, status check."""

    def __init__(self, session: requests.Session, *, base_url: str, agent_id: int, api_token: str) -> None:
        self.session = session
        self.base_url = base_url
        self.agent_id = agent_id
        self.key = api_token.encode()

    def _post(self, path: str, fields: dict[str, Any]) -> Any:
        data = {"agent_id": self.agent_id, "timestamp": int(time.time()), **fields}
        # PHP's json_encode: compact, "/" escaped, non-ASCII as \uXXXX (json.dumps' default).
        body = json.dumps(dict(sorted(data.items())), separators=(",", ":")).replace("/", "\\/").encode()
        signature = hmac.new(self.key, body, hashlib.sha256).hexdigest()
        response = self.session.post(
            self.base_url + path,
            data=body,
            headers={"Content-Type": "application/json", "X-Signature": signature},
            timeout=_TIMEOUT,
        )
        payload = response.json()
        if response.status_code != 200 or payload.get("status") != "success":
            raise HandError(f"{path}: HTTP {response.status_code} {payload.get('error')}")
        return payload["content"]

    def list_games(self) -> tuple[list[HandGame], int]:
        content = self._post("/api/games/list", {})
        return [HandGame(**game) for game in content["games"]], content["total"]

    def get_game_link(self, **fields: Any) -> str:
        return str(self._post("/api/games/get_game_link", fields)["url"])


# -- Playdapp ---------------------------------------------------------------------------------


@dataclass
class HandItem:
    user_id: str
    service_contract_id: int
    item_code: str
    item_id: str
    item_attributes: list[dict[str, Any]]
    status: str


_NONCE_ALPHABET = string.ascii_letters + string.digits


class PlaydappHand:
    """The vendor's signing recipe (sorted query, sorted JSON, HMAC-SHA512, Base64) over ``requests``.

    ``json.dumps(sort_keys=True)`` sorts by code point, which equals sort-json's
    case-insensitive ICU order for the benchmark's keys (checked before timing).
    """

    def __init__(self, session: requests.Session, *, base_url: str, api_key: str, api_secret: str) -> None:
        self.session = session
        self.base_url = base_url
        self.api_key = api_key
        self.secret = api_secret.encode()

    def _request(
        self, method: str, path: str, *, query: dict[str, Any] | None = None, body: Any = None
    ) -> Any:
        nonce = "".join(random.choices(_NONCE_ALPHABET, k=8))
        timestamp = str(int(time.time() * 1000))
        query_text = "&".join(f"{name}={value}" for name, value in sorted((query or {}).items()))
        canonical = json.dumps(body or {}, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
        message = method + path + ("?" + query_text if query_text else "") + nonce + timestamp + canonical
        digest = hmac.new(self.secret, message.encode(), hashlib.sha512).digest()
        headers = {
            "svc-api-key": self.api_key,
            "signature": base64.b64encode(digest).decode(),
            "timestamp": timestamp,
            "nonce": nonce,
        }
        data = None
        if body is not None:
            headers["Content-Type"] = "application/json"
            data = canonical.encode()
        url = self.base_url + path + ("?" + query_text if query_text else "")
        response = self.session.request(method, url, data=data, headers=headers, timeout=_TIMEOUT)
        payload = response.json()
        if not 200 <= response.status_code < 300 or payload.get("result") is not True:
            raise HandError(f"{path}: HTTP {response.status_code} {payload.get('errorMessage')}")
        return payload["data"]

    @staticmethod
    def _item(data: dict[str, Any]) -> HandItem:
        return HandItem(
            user_id=data["userId"],
            service_contract_id=data["serviceContractId"],
            item_code=data["itemCode"],
            item_id=data["itemId"],
            item_attributes=data["itemAttributes"],
            status=data["status"],
        )

    def list_items(self, *, status: str, offset: int, limit: int) -> tuple[list[HandItem], int]:
        data = self._request("GET", "/v1/items", query={"status": status, "offset": offset, "limit": limit})
        return [self._item(item) for item in data["list"]], data["total"]

    def map_item(self, **body: Any) -> HandItem:
        return self._item(self._request("POST", "/v1/items", body=body))


# -- STOVE ------------------------------------------------------------------------------------


@dataclass
class HandUser:
    member_no: int
    guid: int | None


@dataclass
class HandOwnedGame:
    game_id: str
    game_cd: Any
    ownership_cd: Any
    purchase_dt: Any
    product_no: Any


class StoveHand:
    """Server token fetched once and kept; bearer calls; ``code`` / ``response_code`` checked."""

    def __init__(
        self, session: requests.Session, *, base_url: str, client_id: str, client_secret: str, service_id: str
    ) -> None:
        self.session = session
        self.base_url = base_url
        response = session.post(
            base_url + "/auth/v5/server_token",
            json={"client_id": client_id, "client_secret": client_secret, "service_id": service_id},
            timeout=_TIMEOUT,
        )
        payload = response.json()
        if response.status_code != 200 or payload.get("code") != 0:
            raise HandError(f"server_token: HTTP {response.status_code} {payload.get('code')}")
        self.server_token = payload["response_data"]["access_token"]

    def verify_user_token(self, *, game_id: str, access_token: str) -> HandUser:
        response = self.session.post(
            f"{self.base_url}/member/v3.0/{game_id}/token/verify",
            json={"access_token": access_token},
            headers={"Authorization": f"Bearer {self.server_token}"},
            timeout=_TIMEOUT,
        )
        payload = response.json()
        if response.status_code != 200 or payload.get("code") != 0:
            raise HandError(f"verify: HTTP {response.status_code} {payload.get('code')}")
        value = payload["value"]
        return HandUser(member_no=value["member_no"], guid=value.get("guid"))

    def check_ownership(self, *, game_id: str, member_no: int, game_ids: list[str]) -> list[HandOwnedGame]:
        # Built by hand: requests' params= would send the comma as %2C, which STOVE does not split.
        query = f"member_no={member_no}&game_ids={','.join(game_ids)}"
        response = self.session.get(
            f"{self.base_url}/ownership/v3.0/check_ownership?{query}",
            headers={"Authorization": f"Bearer {self.server_token}", "caller-id": f"{game_id}_SERVER"},
            timeout=_TIMEOUT,
        )
        payload = response.json()
        if response.status_code != 200 or payload.get("response_code") != 0:
            raise HandError(f"ownership: HTTP {response.status_code} {payload.get('response_code')}")
        return [
            HandOwnedGame(
                game_id=entry["game_id"],
                game_cd=entry.get("game_cd"),
                ownership_cd=entry.get("ownership_cd"),
                purchase_dt=entry.get("purchase_dt"),
                product_no=entry.get("product_no"),
            )
            for entry in payload["value"]["owner_list"]
        ]


# -- PlayNANOO --------------------------------------------------------------------------------


@dataclass
class HandRecord:
    player_id: str | None
    storage_key: str
    storage_value: str


class PlayNanooHand:
    """Service-key headers, the player's bearer token, device fields in every body."""

    def __init__(
        self,
        session: requests.Session,
        *,
        base_url: str,
        game_id: str,
        service_key: str,
        access_token: str,
        device: dict[str, str],
    ) -> None:
        self.session = session
        self.base_url = base_url
        self.headers = {
            "X-Playnanoo-Key": service_key,
            "X-Playnanoo-Id": game_id,
            "Authorization": f"Bearer {access_token}",
            "Content-Type": "application/json",
            "Accept": "application/json",
        }
        self.device = device

    def _put(self, path: str, fields: dict[str, Any]) -> Any:
        response = self.session.put(
            self.base_url + path,
            data=json.dumps({**self.device, **fields}),
            headers=self.headers,
            timeout=_TIMEOUT,
        )
        payload = response.json()
        if response.status_code != 200 or "ErrorCode" in payload:
            raise HandError(f"{path}: HTTP {response.status_code} {payload.get('ErrorCode')}")
        return payload

    def storage_load(self, *, storage_key: str) -> HandRecord:
        payload = self._put("/storage/v20221001/load", {"storage_key": storage_key})
        return HandRecord(payload.get("PlayerId"), payload["StorageKey"], payload["StorageValue"])

    def storage_save(self, *, storage_key: str, storage_value: str) -> str:
        fields = {"storage_key": storage_key, "storage_value": storage_value, "isPrivate": "on"}
        return str(self._put("/storage/v20221001/save", fields)["Status"])
