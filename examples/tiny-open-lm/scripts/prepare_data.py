# SPDX-License-Identifier: Apache-2.0
"""Rebuilds TinyLM's training mix from its two public sources."""
from datasets import concatenate_datasets, load_dataset

fineweb = load_dataset("HuggingFaceFW/fineweb-edu", name="sample-10BT", split="train")
wiki = load_dataset("wikimedia/wikipedia", "20231101.en", split="train")

mix = concatenate_datasets([fineweb.select_columns(["text"]), wiki.select_columns(["text"])])
mix.shuffle(seed=1234).save_to_disk("data/tinylm-mix")
