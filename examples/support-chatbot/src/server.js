// SPDX-License-Identifier: MIT
import express from 'express';
import { reply } from './bot.js';

const app = express();
app.use(express.json());
app.post('/ask', async (req, res) => {
  res.json({ answer: await reply(req.body.question, req.body.faq ?? '') });
});
app.listen(process.env.PORT ?? 3000);
