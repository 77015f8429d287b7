using System.Text.RegularExpressions;
using Archive.Indexer.Text;

namespace Archive.Indexer.Parsing;

/// <summary>
/// One non-empty line of a document as the parsers see it: trimmed, with its page and heading level. Markdown
/// headings written into a .txt (# title) get their level here, so every reader's output parses the same way.
/// </summary>
internal sealed partial record SourceLine(string Text, int? Page, int? HeadingLevel)
{
    public static List<SourceLine> From(ExtractedText extracted)
    {
        var lines = new List<SourceLine>(extracted.Blocks.Count);
        foreach (var block in extracted.Blocks)
        {
            foreach (var raw in block.Text.Split('\n'))
            {
                var text = raw.Trim().Trim('\u3000', '\uFEFF').Trim();
                if (text.Length == 0) continue;
                var level = block.HeadingLevel;
                var heading = MarkdownHeading().Match(text);
                if (level is null && heading.Success)
                {
                    level = heading.Groups[1].Length;
                    text = heading.Groups[2].Value.Trim();
                    if (text.Length == 0) continue;
                }
                lines.Add(new SourceLine(text, block.Page, level));
            }
        }
        return lines;
    }

    /// <summary>The line without white space, for comparing a title with its table-of-contents entry.</summary>
    public string Compact => Punctuation.Compact(Text);

    [GeneratedRegex(@"^(#{1,6})\s+(.*?)\s*#*$")]
    private static partial Regex MarkdownHeading();
}
