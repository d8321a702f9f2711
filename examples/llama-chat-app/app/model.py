# SPDX-License-Identifier: Apache-2.0
"""Loads the chat model and the embedding model once per process."""
from sentence_transformers import SentenceTransformer
from transformers import AutoModelForCausalLM, AutoTokenizer

CHAT_MODEL = "meta-llama/Llama-3.1-8B-Instruct"


def load_chat_model():
    tokenizer = AutoTokenizer.from_pretrained("meta-llama/Llama-3.1-8B-Instruct")
    model = AutoModelForCausalLM.from_pretrained("meta-llama/Llama-3.1-8B-Instruct", device_map="auto")
    return tokenizer, model


def load_embedder():
    return SentenceTransformer("all-MiniLM-L6-v2")
