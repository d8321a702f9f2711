// SPDX-License-Identifier: MIT
import OpenAI from 'openai';

const client = new OpenAI();

export async function reply(question, faq) {
  const completion = await client.chat.completions.create({
    model: 'gpt-4o',
    messages: [
      { role: 'system', content: `Answer from these FAQ entries only:\n${faq}` },
      { role: 'user', content: question },
    ],
  });
  return completion.choices[0].message.content;
}
