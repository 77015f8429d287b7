using System.Text.RegularExpressions;
using Archive.Indexer.Regions;
using Archive.Indexer.Text;

namespace Archive.Indexer.Parsing;

/// <summary>
/// One non-empty line of a document as the parsers see it: <see cref="Text"/> trimmed as printed, and
/// <see cref="Folded"/>, the same characters simplified and half-width (組織部（ -> 组织部(), index for index, which the
/// recognizers match; whether it was indented; its page (pdf) and heading level (docx, markdown, # in text).
/// </summary>
internal sealed partial record SourceLine(int Number, string Text, string Folded, bool Indented, int? Page, int? HeadingLevel)
{
    /// <summary>Lines longer than this are never read as anything but body: no recognizer looks into them whole.</summary>
    public const int LongLine = 300;

    public static List<SourceLine> From(ExtractedText extracted, TraditionalCharacters characters)
    {
        var lines = new List<SourceLine>(extracted.Blocks.Count);
        foreach (var block in extracted.Blocks)
        {
            foreach (var raw in block.Text.Split('\n'))
            {
                var text = raw.Trim().Trim('\u3000', '\uFEFF', '\u00A0').Trim();
                if (text.Length == 0) continue;
                var level = block.HeadingLevel;
                var heading = MarkdownHeading().Match(text);
                if (level is null && heading.Success)
                {
                    level = heading.Groups[1].Length;
                    text = heading.Groups[2].Value.Trim();
                    if (text.Length == 0) continue;
                }
                var start = raw.TrimStart('\f');
                var indented = start.Length > 0 && start[0] is ' ' or '\u3000' or '\t' or '\u00A0';
                lines.Add(new SourceLine(lines.Count, text, Fold(text, characters), indented, block.Page, level));
            }
        }
        return lines;
    }

    /// <summary>The text simplified and half-width, index for index.</summary>
    public static string Fold(string text, TraditionalCharacters characters) => Punctuation.FoldWidth(characters.Fold(text));

    /// <summary>The line without white space, for comparing a title with its table-of-contents entry.</summary>
    public string Compact => Punctuation.Compact(Text);

    /// <summary>A full stop, question or exclamation mark (folded): the line holds a sentence.</summary>
    public bool HasFullStop => Folded.AsSpan().IndexOfAny("。!?") >= 0;

    /// <summary>Any sentence or clause mark: 。!?;, and 、 inside a long line.</summary>
    public bool HasClauseMark => Folded.AsSpan().IndexOfAny("。!?;,") >= 0;

    public bool IsLong => Text.Length > LongLine;

    [GeneratedRegex(@"^(#{1,6})\s+(.*?)\s*#*$")]
    private static partial Regex MarkdownHeading();
}
