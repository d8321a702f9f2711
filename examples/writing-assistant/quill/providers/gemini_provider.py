# SPDX-License-Identifier: Apache-2.0
from google import genai

client = genai.Client()


def draft(prompt: str, model: str) -> str:
    return client.models.generate_content(model=model, contents=prompt).text
