# SPDX-License-Identifier: Apache-2.0
from openai import OpenAI

client = OpenAI()


def score(draft: str) -> str:
    reply = client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": draft}])
    return reply.choices[0].message.content
