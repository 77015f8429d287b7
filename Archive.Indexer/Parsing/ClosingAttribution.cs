using System.Text.RegularExpressions;

namespace Archive.Indexer.Parsing;

/// <summary>
/// The source department a bulletin article closes with: （宜秀区委组织部） after the last full stop or alone on
/// the last line, also （供稿：…）, （来源：…）, （…供稿）.
/// </summary>
internal static partial class ClosingAttribution
{
    /// <summary>Takes the attribution off the article's last paragraph; returns the department or null.</summary>
    public static string? Take(List<string> paragraphs)
    {
        if (paragraphs.Count == 0) return null;
        var last = paragraphs[^1];
        var match = Attribution().Match(last);
        if (!match.Success) return null;
        var before = last[..match.Index].TrimEnd();
        // Only a closing attribution: alone, or after a finished sentence; not （试行） in the middle of a title.
        if (before.Length > 0 && !Punctuation.EndsSentence(before) && !before.EndsWith('。')) return null;
        var department = match.Groups["who"].Value.Trim();
        if (department.Contains("记者") || department.Contains("通讯员") || department.EndsWith('摄')) return null;
        if (before.Length == 0) paragraphs.RemoveAt(paragraphs.Count - 1);
        else paragraphs[^1] = before;
        return department;
    }

    [GeneratedRegex(@"[（(]\s*(?:供稿|来源|稿源|供稿单位|信息来源)?[:：]?\s*(?<who>[^（）()，。、；：:,;\s][^（）()，。；：:,;]{1,29}?)\s*(?:供稿|供)?\s*[）)]\s*$")]
    private static partial Regex Attribution();
}
