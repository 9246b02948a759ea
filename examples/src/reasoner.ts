// Hard questions go to DeepSeek-R1 through Tencent Cloud's LKE.
import OpenAI from 'openai';

const lke = new OpenAI({
  baseURL: 'https://api.lkeap.cloud.tencent.com/v1',
  apiKey: process.env.LKEAP_API_KEY,
});

export async function reason(question: string): Promise<string> {
  const completion = await lke.chat.completions.create({
    model: 'deepseek-r1',
    messages: [{ role: 'user', content: question }],
  });
  return completion.choices[0]?.message.content ?? '';
}
