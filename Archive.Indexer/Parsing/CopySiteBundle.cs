using System.Text.RegularExpressions;

namespace Archive.Indexer.Parsing;

/// <summary>
/// A 范文 site's page bundling several texts under one headline (…的讲话(精选8篇), …调研报告(共5篇)) whose first text
/// follows under its own heading, numbered by the site (1.…的讲话 篇一, 第一篇：…, 篇一：…). Reads original text.
/// </summary>
internal static partial class CopySiteBundle
{
    /// <summary>
    /// The first text's heading without the site's numbering, and the numbering itself, when <paramref name="heading"/>
    /// is that text's heading under the bundle's <paramref name="headline"/>: the headline names the same text before its
    /// count of pieces. Null otherwise.
    /// </summary>
    public static (string Title, string Numbering)? FirstPiece(string? headline, string? heading)
    {
        if (headline is null || heading is null) return null;
        var bundle = Headline().Match(headline.Trim());
        var piece = Piece().Match(heading.Trim());
        if (!bundle.Success || !piece.Success || piece.Groups["before"].Length + piece.Groups["after"].Length == 0) return null;
        var title = piece.Groups["title"].Value.Trim();
        if (Punctuation.Compact(title) != Punctuation.Compact(bundle.Groups["title"].Value)) return null;
        return (title, $"{piece.Groups["before"].Value.Trim()} {piece.Groups["after"].Value.Trim()}".Trim());
    }

    [GeneratedRegex(@"^(?<title>.{4,80}?)\s*[(（]\s*(?:精选|通用|共|热门|优秀|推荐)?\s*[0-9一二三四五六七八九十多]{1,3}\s*篇(?:范文)?\s*[)）]$")]
    private static partial Regex Headline();

    [GeneratedRegex(@"^(?<before>[0-9]{1,2}\s*[.、．]\s*|第[一二三四五六七八九十0-9]{1,3}篇\s*[:：]?\s*|篇[一二三四五六七八九十]\s*[:：]?\s*)?(?<title>.{4,80}?)(?<after>\s*篇[一二三四五六七八九十0-9]{1,3})?$")]
    private static partial Regex Piece();
}
