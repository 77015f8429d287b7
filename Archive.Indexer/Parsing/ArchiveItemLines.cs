using System.Text.RegularExpressions;

namespace Archive.Indexer.Parsing;

/// <summary>
/// How a newspaper archive's site renders an item: a page line with the section in brackets, empty where the page has
/// none (第5版(要闻), 第4版()), then its column's field (专栏：社论, 专栏： where it has no column). Read from folded text.
/// </summary>
internal static partial class ArchiveItemLines
{
    private const string PageLine = @"^第\s*(?<page>[0-9]{1,3})\s*版\s*\((?<section>[\u4e00-\u9fa5]{0,12})\)\s*";
    private const string Column = @"专栏\s*:\s*\S{0,12}";

    /// <summary>An item's page line, its column's field after it or not.</summary>
    [GeneratedRegex(PageLine + "(?:" + Column + ")?$")]
    public static partial Regex Page();

    /// <summary>A column's field on a line of its own.</summary>
    [GeneratedRegex("^" + Column + "$")]
    public static partial Regex ColumnField();

    /// <summary>
    /// The page line and column field opening an item rendered into one line, up to its headline (第5版()专栏： 标题 …): the
    /// column's name, if any, runs up to the space, which the headline follows.
    /// </summary>
    [GeneratedRegex(PageLine + @"专栏\s*:\S{0,12}\s+")]
    public static partial Regex Head();
}
