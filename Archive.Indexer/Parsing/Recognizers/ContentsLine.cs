using System.Text.RegularExpressions;

namespace Archive.Indexer.Parsing.Recognizers;

/// <summary>
/// A table-of-contents entry with its page: 标题.....2, 标题……3, 标题　　2 (a wide gap), 标题 4. Entries without a page
/// (numbered 1. 一、 or marked ◆) are told by where they stand, after a contents label. Reads folded text.
/// </summary>
internal static partial class ContentsLine
{
    /// <summary>The title (up to its leader) and page of an entry, or null.</summary>
    public static (string Title, int Page, int TitleLength)? Read(string folded)
    {
        if (folded.Length > 80 || folded.Contains('。')) return null;
        var m = Entry().Match(folded);
        if (!m.Success) return null;
        var title = m.Groups["title"].Value.Trim();
        return title.Length >= 4 ? (title, int.Parse(m.Groups["page"].Value), m.Groups["title"].Length) : null;
    }

    [GeneratedRegex(@"^(?<title>.*?[^0-9\s.…·])\s*(?:[.…·]{2,}\s*|\s+)\(?(?<page>[0-9]{1,3})\)?$")]
    private static partial Regex Entry();
}
