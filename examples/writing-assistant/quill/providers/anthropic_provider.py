# SPDX-License-Identifier: Apache-2.0
import anthropic

client = anthropic.Anthropic()


def draft(prompt: str, model: str) -> str:
    reply = client.messages.create(model=model, max_tokens=1024, messages=[{"role": "user", "content": prompt}])
    return reply.content[0].text
