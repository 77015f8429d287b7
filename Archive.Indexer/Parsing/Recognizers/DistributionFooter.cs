using System.Text.RegularExpressions;

namespace Archive.Indexer.Parsing.Recognizers;

/// <summary>
/// The foot of a bulletin or notice: who gets it (报：…, 送：…, 发：…, 抄送：…, 发送：…, 报 送：…), the printing line
/// (…办公室 2023年9月8日印发), the print run (（共印80份）, 共印六十份) and the circulation note (（此件发至…）).
/// Reads folded text (報 -> 报, ： -> :).
/// </summary>
internal static partial class DistributionFooter
{
    private const int MaxColophonLength = 120;

    /// <summary>The key (报, 送, 抄送 …; 印发 for the printing line, 印数 for the print run, 发至 for the circulation note) and value of a footer line, or null.</summary>
    public static (string Key, string Value)? Read(string folded)
    {
        if (folded.Length > 160) return null;
        if (Recipients().Match(folded) is { Success: true } r)
            return (Punctuation.Compact(r.Groups["key"].Value), r.Groups["value"].Value.Trim());
        // The print run alone on its line, or closing the colophon; a sentence ending in 共印5000份 is text.
        if (folded.Contains("共印", StringComparison.Ordinal) && PrintRun().Match(folded) is { Success: true } p
            && folded[..p.Index].Trim() is var before && (before.Length == 0 || folded.Length <= MaxColophonLength && IsColophonLabels(before)))
            return ("印数", ChineseNumber.Parse(p.Groups["n"].Value)?.ToString() ?? p.Groups["n"].Value);
        if (folded.EndsWith("印发", StringComparison.Ordinal) && Printed().Match(folded) is { Success: true } printed)
            return ("印发", printed.Groups["value"].Value.Trim());
        if (folded.Contains("此件", StringComparison.Ordinal) && Circulation().Match(folded) is { Success: true } c)
            return ("发至", c.Groups["value"].Value.Trim());
        return null;
    }

    /// <summary>
    /// The recipient lists of a footer line by key, each value's place in the line, so that it can be cut from the original
    /// (unfolded) text: one list, or several printed on one line (报：市委常委。  送：省委组织部。  发：各县区委组织部).
    /// </summary>
    public static IEnumerable<(string Key, Range Value)> RecipientLists(string folded)
    {
        if (folded.Length > 160 || Recipients().Match(folded) is not { Success: true } r) yield break;
        var key = Punctuation.Compact(r.Groups["key"].Value);
        var start = r.Groups["value"].Index;
        foreach (Match next in NextRecipients().Matches(folded, start))
        {
            yield return (key, start..next.Index);
            key = Punctuation.Compact(next.Groups["key"].Value);
            start = next.Index + next.Length;
        }
        yield return (key, start..folded.Length);
    }

    /// <summary>
    /// The issue's colophon: who edited, checked and signed it off and how to reach them (编辑：王芳　审核：刘强　联系电话：…),
    /// every part of the line such a label and its value, the print run possibly closing it (…审核：刘强　（共印120份）);
    /// one label alone must name a person, a body or a number.
    /// </summary>
    public static bool IsColophon(string folded) =>
        folded.Length <= MaxColophonLength && IsColophonLabels((PrintRun().Match(folded) is { Success: true } run ? folded[..run.Index] : folded).Trim());

    /// <summary>The colophon's labels and values, the print run taken off (trimmed).</summary>
    private static bool IsColophonLabels(string labels)
    {
        if (Colophon().Match(labels) is not { Success: true } m) return false;
        var values = m.Groups["value"].Captures;
        return values.Count > 1 || values[0].Value is var only && (PersonName.IsLikely(only) || Organization.IsName(only) || only.All(c => char.IsAsciiDigit(c) || c == '-'));
    }

    [GeneratedRegex(@"^(?:(?:责任编辑|执行编辑|主\s*编|编\s*辑|审\s*核|审\s*稿|签\s*发|校\s*对|联系电话|电\s*话|传\s*真|投稿邮箱|邮\s*箱)\s*:\s*(?<value>[^:\s]+)(?:\s+|$)){1,6}$")]
    private static partial Regex Colophon();

    [GeneratedRegex(@"^(?<key>报\s*送|抄\s*送|抄\s*报|分\s*送|发\s*送|印\s*发|报|送|发)\s*:\s*(?<value>.*)$")]
    private static partial Regex Recipients();

    /// <summary>A further list on the same line, after a space: 报：… 送：… 发：….</summary>
    [GeneratedRegex(@"(?<=\s)(?<key>报\s*送|抄\s*送|抄\s*报|分\s*送|发\s*送|报|送|发)\s*:\s*")]
    private static partial Regex NextRecipients();

    /// <summary>The print run, a line of its own or closing a colophon after a space (…审核：刘强　（共印120份）).</summary>
    [GeneratedRegex(@"(?:^|(?<=\s))\(?\s*共印\s*(?<n>[0-9一二三四五六七八九十百〇零]{1,6})\s*份\s*\)?$")]
    private static partial Regex PrintRun();

    [GeneratedRegex(@"^(?<value>.{0,40}(?:年.{1,6}日|[0-9]{4}[-.][0-9]{1,2}[-.][0-9]{1,2}))\s*印发$")]
    private static partial Regex Printed();

    [GeneratedRegex(@"^\(\s*此件(?<value>发至.{1,60}|只发.{1,60})\)$")]
    private static partial Regex Circulation();
}
