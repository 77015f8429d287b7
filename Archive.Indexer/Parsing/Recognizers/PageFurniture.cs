using System.Text.RegularExpressions;

namespace Archive.Indexer.Parsing.Recognizers;

/// <summary>
/// What a printed page puts around the text: page numbers (- 2 -, —3—, · 2 ·, -2-, a bare 2, 第2页, 第 1 页，共 18 页,
/// 1 / 3), rules (━━━, ----) and jumps to the page an article continues on ((下转02版)) or, for a serial, to the issue
/// before or after ((接上期), (未完待续)). A page number also tells the page of the lines printed before it.
/// </summary>
internal static partial class PageFurniture
{
    /// <summary>The page a page-number line prints, or null when the line is no page number. Reads folded text.</summary>
    public static int? PageNumber(string folded)
    {
        if (folded.Length > 24) return null;
        var m = PageNumberLine().Match(folded);
        return m.Success && int.TryParse(m.Groups["n"].Value, out var n) && n is > 0 and < 1000 ? n : null;
    }

    /// <summary>A line of nothing but rule characters (at least three).</summary>
    public static bool IsRule(string folded)
    {
        if (folded.Length < 3) return false;
        foreach (var c in folded)
            if (!RuleCharacters.Contains(c) && c != ' ') return false;
        return true;
    }

    /// <summary>
    /// The text without the jump a newspaper prints where an article continues on another page: (下转02版) at a
    /// paragraph's end, (上接第一版) at its start, (转第3版), (接上页); a serial's to its other installments, (接上期) at
    /// the start, (未完待续) at the end.
    /// </summary>
    public static string WithoutJump(string text) => Jump().Replace(text, "");

    /// <summary>A line that is a jump alone ((接上期), (下转第3版)): furniture, never a headline.</summary>
    public static bool IsJump(string folded) => folded.Length <= 16 && folded.Trim().Length > 0 && WithoutJump(folded).Trim().Length == 0;

    private const string RuleCharacters = "━─—–-=_*~═＿·….|";

    [GeneratedRegex(@"^(?:[-—–·•~]\s*(?<n>[0-9]{1,3})\s*[-—–·•~]|(?<n>[0-9]{1,3})|第\s*(?<n>[0-9]{1,3})\s*页(?:\s*[,，]?\s*共\s*[0-9]{1,4}\s*页)?|(?<n>[0-9]{1,3})\s*/\s*[0-9]{1,3}|(?<n>[0-9]{1,3})\s*页共\s*[0-9]{1,4}\s*页)$")]
    private static partial Regex PageNumberLine();

    [GeneratedRegex(@"^\s*[(（]\s*(?:上接|接)第?\s*[0-9一二三四五六七八九十]{1,3}\s*[版页]\s*[)）]|^\s*[(（]接上[页期][)）]|[(（](?:未完待续|待续)[)）]\s*$|[(（]\s*(?:下转|转)第?\s*[0-9一二三四五六七八九十]{1,3}\s*[版页]\s*[)）]\s*$|[(（]转下页[)）]\s*$")]
    private static partial Regex Jump();
}
