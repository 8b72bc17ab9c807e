import { beforeAll, describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.js";
import type { ExtractionResources } from "../../../src/extract/types.js";
import { seedResources } from "./resources.js";

let resources: ExtractionResources;
beforeAll(async () => {
  resources = await seedResources();
});

function extract(text: string, language = "en") {
  return extractArticle({ text, language, publishedAt: "2025-08-16" }, resources);
}

/** Speaker name (or null) per statement, in text order. */
function speakers(text: string, language = "en"): (string | null)[] {
  return extract(text, language).statements.map((s) => s.speaker);
}

describe("attributeQuotes", () => {
  it("resolves 'he said' to the subject of the sentence introducing the quote, not the previous speaker", () => {
    const text =
      'Kremlin spokesman Dmitry Peskov told reporters that Moscow would return to the deal later. "We will decide when our demands are met," Peskov said.\n\n' +
      'Ukrainian President Volodymyr Zelenskyy said Kyiv would keep ships moving. "The Black Sea must stay open for the world," he said in his nightly address.';
    expect(speakers(text)).toEqual(["Dmitry Peskov", "Volodymyr Zelenskyy"]);
  });

  it("gives the quote to the person an office serves, not to the office holder named in the title («пресс-секретарь президента России»)", () => {
    const ru =
      "Пресс-секретарь президента России Дмитрий Песков отметил, что договор «не направлен против третьих стран».";
    const en =
      'A spokesman for the Russian president, Dmitry Peskov, said the treaty was "not aimed at third countries".';
    expect(speakers(ru, "ru")).toEqual(["Dmitry Peskov"]);
    expect(speakers(en)).toEqual(["Dmitry Peskov"]);
    // The president is still named (seed/articles/README.md): he is mentioned, not quoted.
    expect(extract(ru, "ru").entities.map((e) => e.name)).toContain("Vladimir Putin");
  });

  it("links a person named in full and then by the first word of the name ('Abiy said')", () => {
    const text =
      'Ethiopian Prime Minister Abiy Ahmed signed the declaration in Ankara. Abiy said Ethiopia sought the sea "through cooperation, not confrontation".';
    expect(speakers(text)).toEqual(["Abiy Ahmed"]);
  });

  it("resolves 'he' to the country's leader a sentence opened with, not to the people named after", () => {
    const text =
      'South African President Cyril Ramaphosa met Donald Trump in Washington. The South African leader, who had brought golfers Ernie Els and Retief Goosen with him, kept his tone even. "We have violent crime in South Africa," he told his host.';
    expect(speakers(text)).toEqual(["Cyril Ramaphosa"]);
  });

  it("gives a quote to the person an outlet reports, not to the outlet («Песков, как передает ТАСС, отметил»)", () => {
    const text =
      "Пресс-секретарь Кремля Дмитрий Песков, как передает ТАСС, отметил в среду, что в Кремле «внимательно следят» за решениями саммита.";
    expect(speakers(text, "ru")).toEqual(["Dmitry Peskov"]);
  });

  it("gives a quote after 'and added:' to the speaker of the sentence's earlier quote", () => {
    const text =
      "Заместитель пресс-секретаря Пентагона Сабрина Сингх назвала визит «рутинным» и добавила: «Мы отслеживаем эти корабли, но не видим угрозы».";
    expect(speakers(text, "ru")).toEqual(["Sabrina Singh", "Sabrina Singh"]);
  });

  it("takes the platform a quote was posted on for an organisation, not for its speaker", () => {
    const text =
      'Moldovan President Maia Sandu thanked voters late on Sunday. "No amount of dirty money could buy this country," she wrote on Facebook.';
    const facts = extract(text);
    expect(facts.statements.map((s) => s.speaker)).toEqual(["Maia Sandu"]);
    expect(facts.entities.map((e) => e.name)).toContain("Facebook");
  });

  it("keeps a quote whose speech verb names nobody as a statement of an unnamed source", () => {
    const text =
      'The White House was more guarded. "These issues are very complicated and need more time," a statement said.';
    expect(speakers(text)).toEqual([null]);
  });

  it("attributes a partial quote inside the author's own sentence to the subject of its framing verb, marked partial", () => {
    const text =
      'Ukrainian President Volodymyr Zelenskyy called the outcome "a victory for Ukraine and Europe" on Thursday.';
    const [statement] = extract(text).statements;
    expect(statement).toMatchObject({
      speaker: "Volodymyr Zelenskyy",
      quote: "a victory for Ukraine and Europe",
      partial: true,
    });
  });

  it("attributes short fragments and Russian «заявил, что «…»» partial quotes", () => {
    expect(speakers('Russian Foreign Minister Sergey Lavrov vowed to respond "decisively".')).toEqual([
      "Sergey Lavrov",
    ]);
    const text =
      "Министр иностранных дел России Сергей Лавров заявил, что Москва «готова к переговорам без предварительных условий».";
    expect(extract(text, "ru").statements.map((s) => [s.speaker, s.partial])).toEqual([["Sergey Lavrov", true]]);
  });

  it("gives each fragment of a sentence the name standing before its own verb", () => {
    const text = 'Sergey Lavrov called the plan "a dead end", while Hakan Fidan described it as "a first step".';
    expect(speakers(text)).toEqual(["Sergey Lavrov", "Hakan Fidan"]);
  });

  it("gives no quote to a name in a case no subject has («вместе с Путиным»), but keeps an indeclinable one", () => {
    const kim = "Ким Чен Ын, подписавший документ вместе с Путиным, назвал его «самым прочным» в истории двух стран.";
    expect(speakers(kim, "ru")).toEqual(["Kim Jong Un"]);
    const taddei = "Председатель INE Гуадалупе Таддеи отметила, что явка составила «около 60 процентов».";
    expect(speakers(taddei, "ru")).toEqual(["Guadalupe Taddei"]);
  });

  it("gives a body's report of a person's words to the person ('The Kremlin said Putin …', 'according to the Kremlin')", () => {
    const said =
      'The Kremlin said President Vladimir Putin had sent a message of congratulations, wishing success in strengthening "allied relations" with Moscow.';
    expect(speakers(said)).toEqual(["Vladimir Putin"]);
    const according =
      'Russian President Vladimir Putin phoned Ilham Aliyev and, according to the Kremlin, apologised that "the tragic incident" had occurred.';
    expect(speakers(according)).toEqual(["Vladimir Putin"]);
  });

  it("keeps the speaker of a sentence for a later framing verb that names nobody new", () => {
    const text = 'Kassym-Jomart Tokayev said his country condemns the strikes "unequivocally".';
    expect(speakers(text)).toEqual(["Kassym-Jomart Tokayev"]);
  });

  it("takes the person after «по словам» and 'according to' as the speaker, not the outlet", () => {
    expect(speakers("По словам Сергея Лаврова, переговоры были «полезными и конкретными».", "ru")).toEqual([
      "Sergey Lavrov",
    ]);
    expect(
      speakers('The talks were "useful and concrete", according to Russian Foreign Minister Sergey Lavrov.'),
    ).toEqual(["Sergey Lavrov"]);
    expect(speakers('Reuters quoted Sergey Lavrov as saying the talks were "useful".')).toEqual(["Sergey Lavrov"]);
  });

  it("resolves «по его словам» to the speaker of the sentence before", () => {
    const text =
      "«Мы обсудили все вопросы», — заявил Сергей Лавров журналистам. По его словам, переговоры были «полезными».";
    expect(speakers(text, "ru")).toEqual(["Sergey Lavrov", "Sergey Lavrov"]);
  });

  it("keeps an indefinite or anonymous source unnamed even when a person was named just before", () => {
    const text =
      'Kassym-Jomart Tokayev opened the forum. "Nobody wants a war here, but nobody will blink either," a Western diplomat said. One official said the mood had "soured".';
    expect(speakers(text)).toEqual([null, null]);
  });

  it("reads a Russian role noun made definite by its adjective as the person named before, and a vague one as unnamed", () => {
    const definite =
      "Президент Казахстана Касым-Жомарт Токаев принял присягу в Астане. Новый президент пообещал «сохранить курс на реформы».";
    const vague =
      "Президент Казахстана Касым-Жомарт Токаев принял присягу в Астане. Западный дипломат назвал речь «осторожной».";
    expect(speakers(definite, "ru")).toEqual(["Kassym-Jomart Tokayev"]);
    expect(speakers(vague, "ru")).toEqual([null]);
  });

  it("never takes a name in an editorial bracket inside the quote as the speaker", () => {
    const text =
      "Политолог Марина Соколова так оценила итоги. «Он [Касым-Жомарт Токаев] понял главное: все решают соседи», — сказала она.";
    expect(speakers(text, "ru")).toEqual(["Marina Sokolova"]);
  });

  it("does not take quoted names and scare quotes for statements", () => {
    expect(speakers("Партия «Грузинская мечта» заявила о победе на выборах.", "ru")).toEqual([]);
    expect(speakers('Kassym-Jomart Tokayev said the so-called "peace plan" had failed.')).toEqual([]);
  });

  it("gives a quoted paragraph with no attribution of its own to the speaker of the paragraph before", () => {
    const text =
      '"We have signed the text, and we will keep our word," Kassym-Jomart Tokayev said.\n\n"The region needs peace more than anything else."';
    expect(speakers(text)).toEqual(["Kassym-Jomart Tokayev", "Kassym-Jomart Tokayev"]);
  });

  it("reads the speaker's name, not the titles after it, in an attribution after a long quote", () => {
    const text =
      '"Our region has waited too long for a road like this one," said Kassym-Jomart Tokayev, President of the Republic of Kazakhstan, opening the forum.';
    expect(speakers(text)).toEqual(["Kassym-Jomart Tokayev"]);
  });

  it("does not take a person named after the comma of the attribution clause as the speaker", () => {
    const text =
      'Russian President Vladimir Putin praised the talks. "Our next meeting could take place in Moscow," he said in English, drawing a laugh from Donald Trump.';
    expect(speakers(text)).toEqual(["Vladimir Putin"]);
  });

  it("gives an unmarked quote to the subject of the sentence before it in the same paragraph", () => {
    const text = "Касым-Жомарт Токаев с этим не согласен. «Выбирать заставляют тех, у кого нет альтернатив».";
    expect(speakers(text, "ru")).toEqual(["Kassym-Jomart Tokayev"]);
  });

  it("links a Chinese surname written first on its own", () => {
    const text =
      "Chinese President Xi Jinping arrived in Astana.\n\n“We must firmly support each other on core issues,” Xi told his counterparts.";
    expect(speakers(text)).toEqual(["Xi Jinping"]);
  });

  it("resolves a role noun with a country adjective to the person holding office for that country", () => {
    const text =
      "Президент Китая Си Цзиньпин прибыл к Касым-Жомарту Токаеву. «Китай — наш надежный сосед и партнер», — заявил Токаев на брифинге. «Мы высоко ценим дружбу с Казахстаном», — сказал китайский лидер.";
    expect(speakers(text, "ru")).toEqual(["Kassym-Jomart Tokayev", "Xi Jinping"]);
  });

  it("gives the partial quotes of a sentence to the person a following «Об этом заявил …» names", () => {
    const text =
      "Генеральный секретарь ООН Антониу Гутерриш «внимательно следит» за ситуацией в Камеруне. Об этом во вторник на брифинге заявил официальный представитель генсека Стефан Дюжаррик.";
    expect(speakers(text, "ru")).toEqual(["Stéphane Dujarric"]);
  });

  it("resolves «он» to the one the sentence before quotes, not to a person that sentence only mentions", () => {
    const text =
      "Отвечая на вопрос о кандидате Иссе Чироме Бакари, Стефан Дюжаррик сказал, что ООН «не комментирует цифры». «Мы призываем всех к спокойствию», — подчеркнул он.";
    expect(speakers(text, "ru")).toEqual(["Stéphane Dujarric", "Stéphane Dujarric"]);
  });

  it("does not take a role noun in an oblique case for the subject of the verb after it", () => {
    const text =
      "Урсула фон дер Ляйен должна остаться во главе Еврокомиссии.\n\nПремьер-министр Италии Джорджа Мелони, выступая перед депутатами в Риме, назвала такой подход «непрозрачным».";
    expect(speakers(text, "ru")).toEqual(["Giorgia Meloni"]);
  });

  it("reads a speech verb after an apposition when the quotation ends its clause, and not past a comma otherwise", () => {
    const en =
      'Senator Rodrigo Paz topped the first round. "Today Bolivia chose to turn the page," Paz, 57, told cheering supporters.';
    expect(speakers(en)).toEqual(["Rodrigo Paz Pereira"]);
    const ru =
      "В Кремле, по словам пресс-секретаря президента России Дмитрия Пескова, «внимательно следят» за голосованием во Франции, но не считают его своим делом.";
    expect(speakers(ru, "ru")).toEqual(["Dmitry Peskov"]);
  });

  it("reads a subject pronoun before a name in the attribution clause as the speaker, not the name after it", () => {
    const text =
      'Spokesman Ricardo Amaral Tavares took questions on Friday. He declined to comment on the warrant against Vladimir Putin, saying only that Brazil "honours its obligations".';
    expect(speakers(text)).toEqual(["Ricardo Amaral Tavares"]);
  });

  it("follows a pronoun that opens the antecedent sentence back to its own antecedent", () => {
    const text =
      'Spokesman Ricardo Amaral Tavares took questions on Friday.\n\nHe recalled that Rio hosted the G20 summit in November, when President Luiz Inacio Lula da Silva gathered the leaders there. "The city has learned how to receive the world," he said.';
    expect(speakers(text)).toEqual(["Ricardo Amaral Tavares"]);
  });

  it("reads a role set off after a name as that person's description, not as someone else", () => {
    const text =
      'Friedrich Merz called the result "a warning shot".\n\nSPD co-leader Lars Klingbeil, the new vice-chancellor and finance minister, said the coalition had "passed its first stress test".';
    expect(speakers(text)).toEqual(["Friedrich Merz", "Lars Klingbeil"]);
  });

  it("keeps a source unnamed when the clause after the comma says so, and reads a variant first name of a known person", () => {
    const text =
      "Министр ЮАР Налиди Пандор накануне назвала этот интерес «признанием».\n\nНе все торопятся. «Мы не ставим цель. Расширяться нужно осторожно», — сказал нашему корреспонденту заместитель министра иностранных дел Индии, попросивший не называть его имени.";
    expect(speakers(text, "ru")).toEqual(["Naledi Pandor", null]);
  });

  it("resolves a repeated title to the person the article introduced with it, not to the last person named", () => {
    const text =
      "Официальный представитель МИД Казахстана Айгерим Нурпеисова рассказала о подготовке к саммиту.\n\nВо вторник в Астану прибудет Председатель КНР Си Цзиньпин. Представитель МИД назвала отношения двух стран «вечным стратегическим партнерством».";
    const [speaker] = speakers(text, "ru");
    expect(speaker).toMatch(/Nurpeisova$/u);
  });

  it("gives a quote to the body its clause names rather than to the dateline's outlet", () => {
    const text =
      'BEIJING, July 24 (Pacific Ledger) - China\'s foreign ministry on Wednesday called the declaration "an important step" toward ending the division, and said China sought "no selfish interest" in the region.';
    expect(speakers(text)).toEqual(["Ministry of Foreign Affairs of China", "Ministry of Foreign Affairs of China"]);
  });

  it("reads an indefinite title set off after a name as that person's description, not an unnamed source", () => {
    const text =
      'Aminath Shafa, a researcher at a Malé policy institute, said the supermajority removed "the last brake" on the presidency.';
    expect(speakers(text)).toEqual(["Aminath Shafa"]);
  });

  it("gives a partial quote with no speaker of its own to the one its sentence already quotes", () => {
    const text =
      "Глава МИД России Сергей Лавров выступил в Москве. «Мы не позволим это украсть», — сказал Лавров, призвав сторонников «мобилизоваться мирно».";
    expect(speakers(text, "ru")).toEqual(["Sergey Lavrov", "Sergey Lavrov"]);
  });
  it("takes the subject an anaphor points back to past a person named after a preposition", () => {
    const text =
      'On Friday, speaking beside Marco Rubio in Ankara, Turkish Foreign Minister Hakan Fidan rejected the plan. "We will not accept a fait accompli," he said.';
    expect(speakers(text)).toEqual(["Hakan Fidan"]);
  });

  it("gives the quotes of a sentence opened by a definite role to that role's antecedent, not to a person named in the possessive", () => {
    const text =
      'Prime Minister Lawrence Wong spoke after the count. "We will work for every Singaporean," Wong said.\n\n' +
      'The prime minister had run on the fallout of Donald Trump\'s tariffs, warning that the city faced "a more dangerous world".';
    expect(speakers(text)).toEqual(["Lawrence Wong", "Lawrence Wong"]);
  });

  it("reads a role after a name and a possessive as that person's apposition", () => {
    const text =
      "Deputy Prime Minister Gan Kim Yong led the team in Punggol.\n\n" +
      'Pritam Singh, the party\'s secretary-general, told supporters the voters wanted "steady, not sudden" change.';
    expect(speakers(text)).toEqual(["Pritam Singh"]);
  });

  it("links an Arabic surname standing alone without its article ('Ansari said')", () => {
    const text =
      'Qatar is "reassessing everything", foreign ministry spokesman Majed al-Ansari said. Ansari called the visit "important and timely".';
    expect(speakers(text)).toEqual(["Majed al-Ansari", "Majed al-Ansari"]);
  });

  it("links a Russian name's first word standing alone, in any case («Сам Пурбая после церемонии уверяет»)", () => {
    const ru =
      "Новый министр финансов Индонезии Пурбая Юди Садева принял присягу. Президент Прабово Субианто поблагодарил его предшественницу.\n\n" +
      "Сам Пурбая после церемонии уверяет, что экономика вырастет «на 6–7% в год».";
    const facts = extract(ru, "ru");
    const purbaya = facts.entities.find((e) => e.aliases.includes("Пурбая Юди Садева"));
    expect(facts.statements.map((s) => s.speaker)).toEqual([purbaya?.name]);
  });
  it("tells a new person by a known surname after another first name from the known person («Марина Силва» is not Lula)", () => {
    const ru =
      "Президент Бразилии Лула да Силва открыл саммит. Министр окружающей среды Марина Силва считает, что фонд «изменит экономику Амазонии».";
    expect(speakers(ru, "ru")).toEqual(["Marina Silva"]);
  });

  it("gives the quote to the person a title names past its complement, not to the office in the title", () => {
    const ru =
      "Спецпредставитель президента России по вопросам климата Руслан Эдельгериев назвал эти попытки «нереалистичными».";
    expect(speakers(ru, "ru")).toEqual(["Ruslan Edelgeriyev"]);
  });

  it("reads a surname written as the gazetteer's nominative as a subject, whatever case the dictionary reads in it («заявил Милей»)", () => {
    const ru =
      "Соперники обошли партию президента Хавьера Милея.\n\n«Мы победили не соперников, мы победили страх», — заявил Милей, выступая перед сторонниками.";
    expect(speakers(ru, "ru")).toEqual(["Javier Milei"]);
  });
  it("gives no quote to the one told, and keeps an unnamed source unnamed", () => {
    const text =
      '"The roads are covered with bodies," a humanitarian worker told Sahel Radio, asking not to be named for safety reasons.';
    expect(speakers(text)).toEqual([null]);
  });
  it("keeps an unnamed source unnamed when a definite role repeats it ('the official said')", () => {
    const text =
      'Union leader Marlon Vargas said the result was "a message from the streets".\n\n' +
      'A senior government official, who asked not to be named, called the outcome "a blow, not a knockout." ' +
      '"Cooperation does not depend on a base," the official said.';
    expect(speakers(text)).toEqual(["Marlon Vargas", null, null]);
  });
});
