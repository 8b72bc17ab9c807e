"""Natasha's NER (PER/LOC/ORG) over JSON lines on stdin, for `npm run bench:peers`.

Each input line is {"id", "text"}; each output line is {"id", "spans": [{"type", "start", "stop",
"text"}]}; the last line is {"seconds": ...}, the time spent tagging (model loading excluded), so
the comparison measures the same work on both sides; one article is tagged untimed first.
"""
import json
import sys
import time

from natasha import Doc, NewsEmbedding, NewsNERTagger, Segmenter


def main() -> None:
    segmenter = Segmenter()
    tagger = NewsNERTagger(NewsEmbedding())
    articles = [json.loads(line) for line in sys.stdin if line.strip()]
    if articles:  # one article first, untimed: the first call initialises what loading left lazy
        Doc(articles[0]["text"]).segment(segmenter)
        warm = Doc(articles[0]["text"])
        warm.segment(segmenter)
        warm.tag_ner(tagger)
    started = time.perf_counter()
    results = []
    for article in articles:
        doc = Doc(article["text"])
        doc.segment(segmenter)
        doc.tag_ner(tagger)
        spans = [{"type": s.type, "start": s.start, "stop": s.stop, "text": s.text} for s in doc.spans]
        results.append({"id": article["id"], "spans": spans})
    seconds = time.perf_counter() - started
    for result in results:
        print(json.dumps(result, ensure_ascii=False))
    print(json.dumps({"seconds": seconds}))


if __name__ == "__main__":
    main()
