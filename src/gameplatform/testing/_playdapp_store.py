"""What the Playdapp fake holds and the operations that read and change it.

Mapped items (keyed by contract, item code and item id; statuses go ``mapped`` → ``nft`` →
``burned`` → ``item``), minted NFTs, staking information, paid rewards and browser tokens.
Each operation takes a request's parsed body or query and returns the ``data`` of the
answer, or raises a :class:`~gameplatform.testing._playdapp_wire.Refusal`. Not locked: the
fake calls it under its own lock.
"""

from __future__ import annotations

import copy
import re
import secrets
from typing import Any

import attrs

from gameplatform.testing._playdapp_wire import (
    ItemKey,
    Refusal,
    attributes,
    contract_id,
    is_number,
    item_key,
    json_object,
    page,
    single,
    string,
)

__all__ = ["BrowserToken", "PlaydappStore"]

_DIGITS = re.compile(r"^[0-9]{1,15}$")
_WALLET = re.compile(r"^0x[0-9a-fA-F]{40}$")
_MAX_STAKING_USERS = 300


@attrs.define
class BrowserToken:
    """A one-time token for the Item Manager browser, and whose it is."""

    partner_user_id: str
    used: bool = False


class PlaydappStore:
    """Items, NFTs, staking data, rewards and browser tokens, with the operations on them."""

    def __init__(self) -> None:
        self.items: dict[ItemKey, dict[str, Any]] = {}
        self.nfts: dict[int, dict[str, Any]] = {}
        self.staking: dict[str, dict[str, Any]] = {}
        self.rewards: list[dict[str, Any]] = []
        self.browser_tokens: dict[str, BrowserToken] = {}

    def map_item(self, body: dict[str, Any]) -> dict[str, Any]:
        key = item_key(body)
        user_id = string(body, "userId")
        item_attributes = attributes(body.get("itemAttributes"), "itemAttributes")
        existing = self.items.get(key)
        if existing is not None and existing["status"] != "item":
            raise Refusal(200, "Item is already mapped")
        item = {
            "userId": user_id,
            "serviceContractId": key[0],
            "itemCode": key[1],
            "itemId": key[2],
            "itemAttributes": item_attributes,
            "status": "mapped",
        }
        self.items.pop(key, None)
        self.items[key] = item
        return copy.deepcopy(item)

    def list_items(self, parameters: dict[str, list[str]]) -> dict[str, Any]:
        status = single(parameters, "status")
        entries = [i for i in self.items.values() if status is None or i["status"] == status]
        return page(entries, parameters)

    def unmap_item(self, body: dict[str, Any]) -> dict[str, Any]:
        key = item_key(body)
        user_id = string(body, "userId")
        item = self.items.get(key)
        if item is None:
            raise Refusal(404, "Item not found")
        if item["userId"] != user_id:
            raise Refusal(400, "Item is mapped to another user")
        if item["status"] != "burned":
            raise Refusal(200, "Item is not burned")
        item["status"] = "item"
        return copy.deepcopy(item)

    def create_nft(self, body: dict[str, Any]) -> dict[str, Any]:
        wallet = body.get("walletAddress")
        if not isinstance(wallet, str) or not _WALLET.fullmatch(wallet):
            raise Refusal(400, "walletAddress must be a wallet address")
        contract = contract_id(body)
        metadata_in = body.get("metadata")
        if not isinstance(metadata_in, dict):
            raise Refusal(400, "metadata is required")
        metadata: dict[str, Any] = {}
        for name in ("name", "image", "description"):
            if name in metadata_in:
                if not isinstance(metadata_in[name], str):
                    raise Refusal(400, f"metadata.{name} must be a string")
                metadata[name] = metadata_in[name]
        metadata["attributes"] = attributes(metadata_in.get("attributes"), "metadata.attributes")
        nft_id = len(self.nfts) + 1
        nft = {"nftId": nft_id, "walletAddress": wallet, "serviceContractId": contract, "metadata": metadata}
        self.nfts[nft_id] = nft
        return copy.deepcopy(nft)

    def list_nfts(self, parameters: dict[str, list[str]]) -> dict[str, Any]:
        wallet = single(parameters, "walletAddress")
        entries = [
            n for n in self.nfts.values() if wallet is None or n["walletAddress"].lower() == wallet.lower()
        ]
        return page(entries, parameters)

    def get_nft(self, raw_id: str) -> dict[str, Any]:
        if not _DIGITS.fullmatch(raw_id):
            raise Refusal(400, "nftId must be a number")
        nft = self.nfts.get(int(raw_id))
        if nft is None:
            raise Refusal(404, "NFT not found")
        return copy.deepcopy(nft)

    def get_staking(self, parameters: dict[str, list[str]]) -> dict[str, Any]:
        user_ids = parameters.get("userIds", [])
        if not user_ids:
            raise Refusal(400, "userIds is required")
        if len(user_ids) > _MAX_STAKING_USERS:
            raise Refusal(400, f"userIds can hold at most {_MAX_STAKING_USERS} ids")
        found = [copy.deepcopy(self.staking[u]) for u in dict.fromkeys(user_ids) if u in self.staking]
        return {"total": len(found), "list": found}

    def reward(self, body: dict[str, Any]) -> dict[str, Any]:
        user_id = string(body, "userId")
        amount = body.get("amount")
        if not is_number(amount) or amount <= 0:
            raise Refusal(400, "amount must be a positive number")
        reward = {**body, "rewardId": len(self.rewards) + 1}
        self.rewards.append(reward)
        return {"rewardId": reward["rewardId"], "userId": user_id, "amount": amount}

    def get_browser_token(self, body: Any) -> dict[str, Any]:
        partner_user_id = string(json_object(body), "partnerUserId")
        token = secrets.token_urlsafe(24)
        self.browser_tokens[token] = BrowserToken(partner_user_id)
        return {"oneTimeToken": token}
