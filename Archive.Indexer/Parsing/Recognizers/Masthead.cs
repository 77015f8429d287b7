using System.Text.RegularExpressions;

namespace Archive.Indexer.Parsing.Recognizers;

/// <summary>
/// The name of a bulletin as its masthead prints it: 安庆组工信息, 组 工 通 讯 (spaced out), 组工信息专报, 人才工作简报,
/// 党建工作简报, 吉安组工微讯. Only the name: whether it stands at the top is the layout's business. Reads folded text.
/// </summary>
internal static partial class Masthead
{
    /// <summary>The series name in the line (spaces removed), or null.</summary>
    public static string? Series(string folded)
    {
        if (folded.Length > 40) return null;
        var m = SeriesName().Match(Punctuation.Compact(folded));
        return m.Success ? m.Groups["series"].Value : null;
    }

    [GeneratedRegex(@"^(?<series>[\u4e00-\u9fa5]{0,12}(?:组工|简报|动态|通讯|专报|快报|快讯|微讯|参考|要情|参阅|情况反映|信息)(?:专报|专刊|增刊)?)$")]
    private static partial Regex SeriesName();
}
