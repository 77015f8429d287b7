using System.Text.RegularExpressions;

namespace Archive.Indexer.Parsing.Recognizers;

/// <summary>
/// A bulletin's section heading: 〔工作动态〕, 【基层动态】, 〖经验交流〗, ◎他山之石, ★ 市内信息, ◆ 镇村动态 ◆, ■区县简讯, >> 盟市动态,
/// 一、工作动态, and the usual names alone (市内信息, 县区动态, 简讯). A marked line longer than a section name (★全市选调生
/// 工作座谈会召开, 【武陵区对村(社区)党组织书记开展集中培训】) is a title, not a section. Reads folded text.
/// </summary>
internal static partial class SectionHeading
{
    /// <summary>The section's name as printed, without its marks and spaces (工作動態 from 〔工作動態〕), or null.</summary>
    public static string? Name(SourceLine line)
    {
        if (line.Folded.Length > 24) return null;
        var compact = Punctuation.Compact(line.Folded);
        var m = Marked().Match(compact);
        // □ 本报记者 李国斌, □ 王丽 李明: a byline behind a box, not a section.
        if (m.Success) return Byline.Read(line.Folded) is null ? Printed(line, m.Groups["name"]) : null;
        m = Numbered().Match(compact);
        if (m.Success && Usual().IsMatch(m.Groups["name"].Value)) return Printed(line, m.Groups["name"]);
        return compact.Length <= 6 && Usual().IsMatch(compact) ? line.Compact : null;
    }

    /// <summary>一、图片新闻: a numbered name, which is a section only where the layout numbers its sections.</summary>
    public static string? NumberedName(SourceLine line)
    {
        if (line.Folded.Length > 16) return null;
        var m = Numbered().Match(Punctuation.Compact(line.Folded));
        return m.Success ? Printed(line, m.Groups["name"]) : null;
    }

    /// <summary>Folding keeps every index, so a name found in the folded line is cut from the printed one.</summary>
    private static string Printed(SourceLine line, Group name) => line.Compact.Substring(name.Index, name.Length);

    [GeneratedRegex(@"^(?:〔(?<name>[^〕]{2,8})〕|【(?<name>[^】]{2,8})】|〖(?<name>[^〗]{2,8})〗|[◎★☆◆◇■□●○▲►▶]+(?<name>[^\s◎★☆◆◇■□●○▲►▶:,。][^:,。!?◎★☆◆◇■□●○▲►▶]{1,7})[◎★☆◆◇■□●○▲►▶]*|>>(?<name>.{2,8}))$")]
    private static partial Regex Marked();

    [GeneratedRegex(@"^[一二三四五六七八九十]{1,2}[、.](?<name>[^:,。;]{2,6})$")]
    private static partial Regex Numbered();

    [GeneratedRegex(@"(?:动态|信息|交流|参考|简讯|之窗|之石|风采|经验|做法|创新|互鉴|要闻|快讯|速递|传真|聚焦|探索|研究|园地|视点|新闻|党建|工作|报道|专栏|讲话|批示)$")]
    private static partial Regex Usual();
}
