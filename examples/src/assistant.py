"""Answers support questions with a Hunyuan model."""
import os

from openai import OpenAI

client = OpenAI(
    base_url="https://api.hunyuan.cloud.tencent.com/v1",
    api_key=os.environ["HUNYUAN_API_KEY"],
)


def answer(question: str) -> str:
    resp = client.chat.completions.create(
        model="hunyuan-turbos-latest",
        messages=[{"role": "user", "content": question}],
        extra_body={"enable_enhancement": True},
    )
    return resp.choices[0].message.content
