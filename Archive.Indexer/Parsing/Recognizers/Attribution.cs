using System.Text.RegularExpressions;

namespace Archive.Indexer.Parsing.Recognizers;

/// <summary>
/// The source a bulletin article closes with, alone on its line or at the end of its last paragraph: （宜秀区委组织部）,
/// (齐河县委组织部 曹志亮 王慧敏), 某某县委组织部供稿, 供稿：…, 供稿单位：…, （…供稿）, and a writer's own credit
/// (祁涛), (通讯员 崔璨), and the publication a reprint was taken from ((来源:《学习时报》), 摘自《浙江组工》). Reads folded text.
/// </summary>
internal static partial class Attribution
{
    /// <summary>Where the credit's text stands in the line (inside its brackets, without 供稿), or null.</summary>
    public static Range? AloneOnLine(string folded)
    {
        if (folded.Length > 60 || Caption.Matches(folded)) return null; // (政府新闻处图片) credits a picture, not the text
        if (Publication().Match(folded.Trim()) is { Success: true } reprint)
        {
            var title = reprint.Groups["publication"];
            var start = folded.Length - folded.TrimStart().Length;
            return (start + title.Index)..(start + title.Index + title.Length);
        }
        var m = Alone().Match(folded);
        if (!m.Success) return null;
        var who = m.Groups["who"];
        return Credit.Read(who.Value) is null ? null : who.Index..(who.Index + who.Length);
    }

    /// <summary>
    /// A credit closing a paragraph after its last sentence (…全力做好后勤保障工作。（宜秀区委组织部）, …贡献力量。(渠县土溪镇):
    /// a town or 街道 writing, no department), or a writer's name run on before it (…突出作用。杨征程(建湖县委组织部)), the
    /// editors and the photographer perhaps listed after the writer ((撰稿:张三 摄影:赵六 审核:李四 编辑:王五)): the index where it starts and the credit's text.
    /// </summary>
    public static (int Start, Range Who)? AtEnd(string folded)
    {
        if (!folded.AsSpan().TrimEnd().EndsWith(")")) return null; // most lines end a sentence: no search through them
        var from = Math.Max(0, folded.Length - 70);
        var m = Closing().Match(folded, from);
        if (!m.Success) return null;
        var who = m.Groups["who"];
        var start = m.Index;
        // (试行), (2021年修订) and a bracket in the middle of a sentence are not credits: one must follow a finished sentence.
        var before = folded[..start].TrimEnd();
        if (before.Length > 0 && !Punctuation.EndsSentence(before) && !before.EndsWith('。')) return null;
        var credit = m.Groups["name"].Success ? folded[m.Groups["name"].Index..(who.Index + who.Length)] : who.Value;
        // An editor's credit names nobody the text is by, whatever the name ((责编:杰布)): its role tells it.
        if (Credit.Read(credit) is null && !Credit.IsEditor(credit) && !Credit.IsEditor(folded[start..]) && !Town().IsMatch(credit)) return null;
        var range = m.Groups["name"].Success ? m.Groups["name"].Index..(who.Index + who.Length + 1) : who.Index..(who.Index + who.Length);
        return (start, range);
    }

    /// <summary>
    /// The publication an article was taken from: (来源:《学习时报》), 摘自《浙江组工》, or a news site or paper named without
    /// its marks in brackets ((来源:浙江在线), (摘自人民网)); a lead-in to a quotation (选自《习近平谈治国理政》) is text unless
    /// bracketed.
    /// </summary>
    [GeneratedRegex(@"^(?:\(\s*(?:来源|信息来源|摘自|摘编自|选自|转自|转载自)\s*:?\s*(?:《(?<publication>[^《》]{2,20})》|(?<publication>[\u4e00-\u9fa5]{2,12}(?:网|在线|日报|晚报|时报|客户端|电视台|新闻)))\s*\)|(?:来源|摘自|转自|转载自)\s*:?\s*《(?<publication>[^《》]{2,20})》)$")]
    private static partial Regex Publication();

    [GeneratedRegex(@"^(?:\((?:供稿|来源|稿源|供稿单位|信息来源)?\s*:?\s*(?<who>[^()]{2,50}?)\s*(?:供稿)?\)|(?:供稿|供稿单位|稿源)\s*:\s*(?<who>.{2,40})|(?<who>[^\s:()]{2,30}?)\s*供稿)$")]
    private static partial Regex Alone();

    /// <summary>A town or a 街道 named as the unit that wrote (渠县土溪镇, 鼓楼区五一街道); not a qualifier (不含城关镇, 全县各乡镇).</summary>
    [GeneratedRegex(@"^(?!不含|含(?!山)|除|各|全(?:县|市|区|镇|乡|省)|所有|包括|其中|以上|以下)[\u4e00-\u9fa5]{2,12}(?:镇|乡|街道)$")]
    private static partial Regex Town();

    [GeneratedRegex(@"(?<name>[\u4e00-\u9fa5]{2,3})?\(\s*(?:[\u4e00-\u9fa5]{1,4}\s*:)?\s*(?<who>[^()。,;:!?]{2,40}?)\s*(?:供稿)?(?:\s+(?:" + Credit.EditorRoles + @"|摄影)\s*:[^()。,;:]{2,10})*\)\s*$")]
    private static partial Regex Closing();
}
