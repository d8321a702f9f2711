# SPDX-License-Identifier: Apache-2.0
from openai import OpenAI

client = OpenAI()


def draft(prompt: str, model: str) -> str:
    reply = client.chat.completions.create(model=model, messages=[{"role": "user", "content": prompt}])
    return reply.choices[0].message.content
