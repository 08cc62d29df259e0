"""Rewards the traffic police hand to orderly road users ("Satlantas membagikan hadiah kepada pengendara yang
tertib"): sentences that tell of them are `given`, whatever gift word names the reward; and a wish to be rewarded
("tertib bukan karena ingin mendapat penghargaan") tells of no award at all. Read by pipelines/classify.py.
"""

from __future__ import annotations

import re

import yaml

from pipelines.knowledge import knowledge_text

_WORDS = yaml.safe_load(knowledge_text("role_words.yml"))
_USERS = "|".join(_WORDS["road_users"])
_ORDERLY = "|".join(_WORDS["orderly_words"])
_REWARDS = "|".join(_WORDS["road_user_rewards"])

# A giving verb, the reward within a few words, then to whom: road users marked orderly within a few words.
ROAD_USER_REWARD = re.compile(
    r"\b(?:memberikan|memberi|beri|berikan|diberikan|membagikan|bagikan|dibagikan|bagi-bagi|menyerahkan|diserahkan)"
    r"\s+(?:[\w.,-]+\s+){0,12}?(?:" + _REWARDS + r")\b[^.;]{0,120}?\b(?:kepada|bagi|untuk)\s+(?:para\s+)?"
    r"(?:" + _USERS + r")\b(?:\s+[\w-]+){0,4}?\s+(?:yang\s+)?(?:selalu\s+|sudah\s+)?(?:" + _ORDERLY + r")\b",
    re.I,
)
# The reward first, then the verb: "Penghargaan Voucher Diberikan Satlantas bagi Warga Tertib Aturan".
REWARD_GIVEN_TO_ROAD_USERS = re.compile(
    r"\b(?:" + _REWARDS + r")\b[^.;]{0,60}?\b(?:diberikan|dibagikan|diserahkan)\b[^.;]{0,60}?\b(?:kepada|bagi|untuk)\s+"
    r"(?:para\s+)?(?:" + _USERS + r")\b(?:\s+[\w-]+){0,4}?\s+(?:yang\s+)?(?:" + _ORDERLY + r")\b",
    re.I,
)
# A reward only wished for: "bukan karena ingin mendapat penghargaan", "demi mendapat hadiah".
WISHED_FOR = re.compile(
    r"\b(?:ingin|mau|hendak|berharap|demi|mengejar)\s+(?:\w+\s+)?(?:mendapat(?:kan)?|memperoleh|menerima|dapat)\s+"
    r"(?:" + _REWARDS + r")\b",
    re.I,
)


def road_user_reward_role(sentence: str) -> str | None:
    """`given` for a reward handed to orderly road users; `wished` for a reward only wished for; else None."""
    if ROAD_USER_REWARD.search(sentence) or REWARD_GIVEN_TO_ROAD_USERS.search(sentence):
        return "given"
    return "wished" if WISHED_FOR.search(sentence) else None
