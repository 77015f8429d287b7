using System.Text.RegularExpressions;

namespace Archive.Indexer.Search.Syntax;

/// <summary>An issue as bulletins are cited and people type it: 第8期, 总第125期, 第 8 期 (copied from a masthead).</summary>
internal static partial class IssueCitation
{
    [GeneratedRegex(@"总?第\s*\d{1,4}\s*期")]
    public static partial Regex Pattern();

    /// <summary>The text with each cited issue written without spaces, so that it stays one word of the query.</summary>
    public static string CloseUp(string text) =>
        Pattern().Replace(text, m => string.Concat(m.Value.Where(c => !char.IsWhiteSpace(c))));
}
