using System.Text.RegularExpressions;

namespace Archive.Indexer.Parsing.Recognizers;

/// <summary>
/// A notice's 主送 line: 各县（市、区）委组织部，市直各单位党组（党委）：, 各基层党组织：, 直属党委，党群各部门：, 主送：…. Addressed
/// to "each" of a kind (各…), to each unit under a body or in a system (局属各单位：, 区教育系统各相关单位：) or to named
/// bodies, ending with a colon, no sentence in it. Reads folded text.
/// </summary>
internal static partial class Recipients
{
    /// <summary>The recipients without the colon (and without 主送：), or null.</summary>
    public static Range? Read(string folded)
    {
        if (folded.Length > 200 || folded.Contains('。') || !folded.TrimEnd().EndsWith(':')) return null;
        var m = Pattern().Match(folded.TrimEnd());
        return m.Success ? m.Groups["who"].Index..(m.Groups["who"].Index + m.Groups["who"].Length) : null;
    }

    [GeneratedRegex(@"^(?:主送\s*:\s*)?(?<who>(?:各|全体|有关|市直|县直|省直|区直|机关|中央|国务院)[^:!?]*?|[^:!?]*?(?:,|、)各[^:!?]*?|[^:!?,、]{2,16}(?:,|、)[^:!?,、]{0,6}各(?:部门|单位|党委|党组|党组织|基层党组织|党支部|党总支|组织部)|[\u4e00-\u9fa5]{0,8}(?:[局厅委办校院区市县]属|系统)各(?:相关|有关|直属)?(?:部门|单位|科室|处室|学校|党组织|基层党组织|党委|党总支|党支部))\s*:$")]
    private static partial Regex Pattern();
}
