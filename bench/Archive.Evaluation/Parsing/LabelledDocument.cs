using System.Text.Json.Nodes;

namespace Archive.Evaluation.Parsing;

/// <summary>Where a labelled document counts: the rules are written on dev, measured on held-out too.</summary>
internal enum EvaluationSet
{
    Dev,
    HeldOut,
    /// <summary>The second batch of real documents held out ("set": "held-out-2"), scored apart from the first.</summary>
    HeldOutBatch2,
    /// <summary>The third batch of real documents held out ("set": "held-out-3"), scored apart from the first two.</summary>
    HeldOutBatch3,
    /// <summary>The fourth batch of real documents held out ("set": "held-out-4"), all 14 of it, scored apart from the first three.</summary>
    HeldOutBatch4,
    /// <summary>The fifth batch of real documents held out ("set": "held-out-5"), all 16 of it, scored apart from the first four.</summary>
    HeldOutBatch5,
    /// <summary>The sixth batch of real documents held out ("set": "held-out-6"), all 17 of it, scored apart from the first five.</summary>
    HeldOutBatch6,
    /// <summary>The seventh batch of real documents held out ("set": "held-out-7"), all 16 of it, scored apart from the first six.</summary>
    HeldOutBatch7,
    /// <summary>The eighth batch of real documents held out ("set": "held-out-8"), all 17 of it, scored apart from the first seven.</summary>
    HeldOutBatch8,
    /// <summary>The ninth batch of real documents held out ("set": "held-out-9"), all 15 of it, scored apart from the first eight.</summary>
    HeldOutBatch9,
    /// <summary>The tenth batch of real documents held out ("set": "held-out-10"), all 16 of it, scored apart from the first nine.</summary>
    HeldOutBatch10,
    /// <summary>The eleventh batch of real documents held out ("set": "held-out-11"), all 14 of it, scored apart from the first ten.</summary>
    HeldOutBatch11,
    /// <summary>The twelfth batch of real documents held out ("set": "held-out-12"), all 12 of it, scored apart from the first eleven.</summary>
    HeldOutBatch12,
    /// <summary>The thirteenth batch of real documents held out ("set": "held-out-13"), all 16 of it, scored apart from the first twelve.</summary>
    HeldOutBatch13,
    /// <summary>The fourteenth batch of real documents held out ("set": "held-out-14"), all 13 of it, scored apart from the first thirteen.</summary>
    HeldOutBatch14,
    /// <summary>The fifteenth batch of real documents held out ("set": "held-out-15"), all 16 of it, scored apart from the first fourteen.</summary>
    HeldOutBatch15,
    /// <summary>The sixteenth batch of real documents held out ("set": "held-out-16"), all 15 of it, scored apart from the first fifteen.</summary>
    HeldOutBatch16,
    /// <summary>The seventeenth batch of real documents held out ("set": "held-out-17"), all 8 of it, scored apart from the first sixteen.</summary>
    HeldOutBatch17,
    /// <summary>The eighteenth batch of real documents held out ("set": "held-out-18"), all 15 of it, scored apart from the first seventeen.</summary>
    HeldOutBatch18,
    /// <summary>The nineteenth batch of real documents held out ("set": "held-out-19"), all 8 of it (newspaper archive pages with several items), scored apart from the first eighteen.</summary>
    HeldOutBatch19,
    /// <summary>The twentieth batch of real documents held out ("set": "held-out-20"), all 12 of it, scored apart from the first nineteen.</summary>
    HeldOutBatch20,
    /// <summary>The twenty-first batch of real documents held out ("set": "held-out-21"), all 10 of it, scored apart from the first twenty.</summary>
    HeldOutBatch21,
    /// <summary>The twenty-second batch of real documents held out ("set": "held-out-22"), all 10 of it (multi-article e-newsletter issues and newspaper pages), scored apart from the first twenty-one.</summary>
    HeldOutBatch22,
    /// <summary>The twenty-third batch of real documents held out ("set": "held-out-23"), all 14 of it (county and district news pages, a city paper's item, notices with a 文号 on one line or two to a page), scored apart from the first twenty-two.</summary>
    HeldOutBatch23,
    /// <summary>The twenty-fourth batch of real documents held out ("set": "held-out-24"), all 14 of it (university and county news pages with credits in several forms, college notices, a university paper's archive page), scored apart from the first twenty-three.</summary>
    HeldOutBatch24,
    /// <summary>The twenty-fifth batch of real documents held out ("set": "held-out-25"), all 13 of it (county, district and college news pages, several stored without a headline or with it after the text, college notices, a book chapter's survey report), scored apart from the first twenty-four.</summary>
    HeldOutBatch25,
    /// <summary>The twenty-sixth batch of real documents held out ("set": "held-out-26"), all 16 of it (a Taiwanese e-newsletter issue, a county paper's page of untitled briefs, an opinion page, a district paper's item with its data after the text, two notices, a speech, web pages credited at the foot), scored apart from the first twenty-five.</summary>
    HeldOutBatch26,
    /// <summary>The twenty-seventh batch of real documents held out ("set": "held-out-27"), all 15 of it (web pages credited after the text or headed by a bare channel or agency name, a paper's item alone, an open-government page's implementing opinions, a survey report's preview), scored apart from the first twenty-six.</summary>
    HeldOutBatch27,
    /// <summary>The twenty-eighth batch of real documents held out ("set": "held-out-28"), all 16 of it (county and school news pages with credits at the head or foot, converting and 范文 mirrors, four notices (one printing its own number, one stored from its 主送 line), two papers' items, a speech preview and a survey report), scored apart from the first twenty-seven.</summary>
    HeldOutBatch28,
    /// <summary>The twenty-ninth batch of real documents held out ("set": "held-out-29"), all 16 of it (district and county news pages with chrome above or credits below the text, a 图片新闻 item, spam and converting mirrors, three notices (an 印发 notice with its attachment, one dated with 年月日 lost, one stored from its 主送 line), two papers' items and two survey reports), scored apart from the first twenty-eight.</summary>
    HeldOutBatch29,
    /// <summary>The thirtieth batch of real documents held out ("set": "held-out-30"), all 17 of it (Hong Kong, Macau and Taiwan originals in traditional script, one stored as BIG5; a 决定 inside a portal's page, a provincial 印发 notice printing its own number, a 公示 and a town's 表彰 decision stored without headings; an e-paper 图片新闻 item, a host's 主持词, spam and converting mirrors), scored apart from the first twenty-nine.</summary>
    HeldOutBatch30,
    /// <summary>The thirty-first batch of real documents held out ("set": "held-out-31"), all 18 of it (county and city pages stored as the body alone, a credit broken over two lines or with names run together, 范文 and converting mirrors, a province's 实施意见 printing its number, a notice stored without heading and one from its third part, an e-paper page listing its headlines, papers' items with a print line or an editor, a speech with masked places), scored apart from the first thirty.</summary>
    HeldOutBatch31,
    /// <summary>The thirty-second batch of real documents held out ("set": "held-out-32"), all 19 of it (pages of provinces the corpus had little of: 云南, 宁夏, 天津, 甘肃, 陕西, 河北, 江西; a provincial organization department's portal, converting and spam mirrors, pages stored as the body alone, a legal site's copy of a 表彰 document without its heading, two papers' items, and one flip-book page of an organization department's magazine with two columns run together), scored apart from the first thirty-one.</summary>
    HeldOutBatch32,
    /// <summary>The thirty-third batch of real documents held out ("set": "held-out-33"), all 18 of it (pages of places the corpus had little of: 北京 and 上海 districts, 重庆, 天津, 吉林, 西藏, 青海, 海南; a municipality's organization-department portal with a department in its 作者 field, one reached by its IP address, pages stored as the body alone with a county's short credit, a converting mirror of a provincial portal, three municipal notices printing their numbers (one with its attachment after the date, one on an open-government page), a paper's item with a ■ byline and a 党课 script), scored apart from the first thirty-two.</summary>
    HeldOutBatch33,
    /// <summary>The thirty-fourth batch of real documents held out ("set": "held-out-34"), all 18 of it (pages of places the corpus had little of: 内蒙古 banners and leagues, 辽宁, 广西, 云南, 贵州, 黑龙江, 甘肃, 天津 named by its short name, 北京; bodies stored on one line with paragraphs joined by spaces, converting and spam mirrors, a national channel with a title and a subtitle line, a table flattened into lines, a notice without a title, a document-sharing page over a 印发 notice with its rules after the date, and three papers' items), scored apart from the first thirty-three.</summary>
    HeldOutBatch34,
    Samples,
}

/// <summary>One file with the metadata a person read off it (a manifest entry, field names of `archive parse --json`).</summary>
internal sealed record LabelledDocument(EvaluationSet Set, string Folder, string File, string Path, JsonObject Labels)
{
    /// <summary>Fields that may be left null but must never be wrong: "date", "articles[0].authors".</summary>
    public bool IsStretch(string field) =>
        Labels["stretch"] is JsonArray list && list.Any(s => s?.GetValue<string>() == field);
}
