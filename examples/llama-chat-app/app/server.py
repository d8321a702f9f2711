# SPDX-License-Identifier: Apache-2.0
"""A small Gradio front end around the chat model."""
import gradio as gr

from app.model import load_chat_model

tokenizer, model = load_chat_model()


def answer(question: str) -> str:
    inputs = tokenizer(question, return_tensors="pt").to(model.device)
    output = model.generate(**inputs, max_new_tokens=256)
    return tokenizer.decode(output[0], skip_special_tokens=True)


if __name__ == "__main__":
    gr.Interface(fn=answer, inputs="text", outputs="text").launch()
