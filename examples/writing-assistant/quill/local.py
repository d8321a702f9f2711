# SPDX-License-Identifier: Apache-2.0
from transformers import AutoModelForCausalLM, AutoTokenizer

from quill.settings import DEFAULT_MODEL


def load(name: str = DEFAULT_MODEL):
    tokenizer = AutoTokenizer.from_pretrained(name)
    model = AutoModelForCausalLM.from_pretrained("mistralai/Mistral-7B-Instruct-v0.3")
    return tokenizer, model
