"""Writes slovnet-tags.json: razdel's tokens and Slovnet's NER tags for the sentences below, the
fixture tests/unit/extract/ner/tag-names.test.ts compares our TypeScript port with.

Run once with the Python of `npm run bench:peers` (natasha 1.6 installed):
    bench/.peers-venv/bin/python tests/unit/extract/ner/make-slovnet-tags.py
"""
import json
from pathlib import Path

from natasha import NewsEmbedding
from razdel import tokenize
from natasha.data import NEWS_NER
from slovnet import NER

SENTENCES = [
    "Президент Кении Уильям Руто прибыл в Найроби из Аддис-Абебы.",
    "Министр иностранных дел Бразилии Мауро Виейра встретился с главой МИД Индии Субраманьямом Джайшанкаром.",
    "«Мы не допустим эскалации», — заявил в пятницу генеральный секретарь ООН Антониу Гутерриш.",
    "Компания «Газпром нефть» и Всемирный банк подписали соглашение на 1,5 млрд долларов в Санкт-Петербурге.",
    "По словам представителя ЭКОВАС Абдель-Фатаха Мусы, переговоры в Абудже продлятся до 12 марта...",
    "Премьер-министр Непала К. П. Шарма Оли и лидер партии Пушпа Камал Дахал обсудили кризис?!",
    "Агентство Reuters сообщило, что Си Цзиньпин и Нарендра Моди встретятся на полях саммита G20 в Йоханнесбурге.",
    "В Бамако военные во главе с Ассими Гоитой объявили о выходе Мали из ЭКОВАС; об этом сообщает RFI.",
]


def main() -> None:
    ner = NER.load(NEWS_NER).navec(NewsEmbedding())
    infer = ner.infer
    cases = []
    for sentence in SENTENCES:
        words = [token.text for token in tokenize(sentence)]
        inputs = list(infer.encoder([words]))
        preds = list(infer.decoder(infer.process(inputs)))
        markup = ner(sentence)
        cases.append(
            {
                "text": sentence,
                "tokens": words,
                "tags": preds[0],
                "spans": [{"start": s.start, "end": s.stop, "type": s.type} for s in markup.spans],
            }
        )
    path = Path(__file__).with_name("slovnet-tags.json")
    path.write_text(json.dumps(cases, ensure_ascii=False, indent=1) + "\n", encoding="utf8")


if __name__ == "__main__":
    main()
