using System.Text;
using System.Text.RegularExpressions;
using Archive.Indexer.Chinese;
using Archive.Indexer.Regions;
using Archive.Indexer.Text;

namespace Archive.Indexer.Parsing;

/// <summary>
/// One non-empty line of a document as the parsers see it: <see cref="Text"/> trimmed as printed, and
/// <see cref="Folded"/>, the same characters simplified and half-width (組織部（ -> 组织部() without the pinyin glosses
/// mirror sites put after characters (會(huì)議 -> 会议), which the recognizers match; whether it was indented; its page
/// (pdf) and heading level (docx, markdown, # in text). A value found in the folded text is cut from the printed one
/// with <see cref="Cut(int, int)"/>, glosses and all.
/// </summary>
internal sealed partial record SourceLine(int Number, string Text, string Folded, bool Indented, int? Page, int? HeadingLevel)
{
    /// <summary>Lines longer than this are never read as anything but body: no recognizer looks into them whole.</summary>
    public const int LongLine = 200;

    /// <summary>A line of what the file itself marks as the page's footer (<see cref="TextBlock.IsFooter"/>).</summary>
    public bool IsFooter { get; init; }

    /// <summary>For each folded index, the index in <see cref="Text"/>; null when the two are index for index.</summary>
    private int[]? Map { get; init; }

    /// <summary>The document's lines as the parsers read them: one per non-empty line, glued first lines cut apart.</summary>
    public static List<SourceLine> Read(ExtractedText extracted, TraditionalCharacters characters) =>
        GluedLines.Split(From(extracted, characters));

    private static List<SourceLine> From(ExtractedText extracted, TraditionalCharacters characters)
    {
        var lines = new List<SourceLine>(extracted.Blocks.Count);
        foreach (var block in extracted.Blocks)
        {
            var blockStart = lines.Count;
            foreach (var raw in LineBreak().Split(InvisibleText.Without(block.Text)))
            {
                // A table's pipes around a line (…督导组”。 |) are the table's, not the text's.
                var trimmed = raw.AsSpan().Trim().Trim("\u3000\uFEFF\u00A0|").Trim();
                if (trimmed.IsEmpty) continue;
                var text = trimmed.Length == raw.Length ? raw : trimmed.ToString();
                var level = block.HeadingLevel;
                if (level is null && text[0] == '#' && MarkdownHeading().Match(text) is { Success: true } heading)
                {
                    level = heading.Groups[1].Length;
                    text = heading.Groups[2].Value.Trim();
                    if (text.Length == 0) continue;
                }
                var start = raw.AsSpan().TrimStart('\f');
                // A block indented by its formatting indents its first line only (a line break inside a paragraph starts flush).
                var indented = block.Indented && lines.Count == blockStart || start.Length > 0 && start[0] is ' ' or '\u3000' or '\t' or '\u00A0' or '\u2002' or '\u2003';
                var (folded, map) = FoldText(text, characters);
                lines.Add(new SourceLine(lines.Count, text, folded, indented, block.Page, level) { Map = map, IsFooter = block.IsFooter });
            }
        }
        return lines;
    }

    /// <summary>A piece of text (a joined paragraph, a value) read as a line.</summary>
    public static SourceLine Of(string text, TraditionalCharacters characters)
    {
        var (folded, map) = FoldText(text, characters);
        return new SourceLine(0, text, folded, false, null, null) { Map = map };
    }

    /// <summary>
    /// The text simplified, half-width and without glosses, a forum's anti-copy junk or a spam mirror's pictographs, and the
    /// map of its indices when any went.
    /// </summary>
    private static (string Folded, int[]? Map) FoldText(string text, TraditionalCharacters characters)
    {
        var folded = Punctuation.FoldWidth(characters.Fold(text));
        var additions = new List<(int Index, int Length)>();
        for (var open = folded.IndexOf('('); open >= 0; open = folded.IndexOf('(', open + 1))
            if (PinyinGlossCharFilter.GlossAt(folded, open) is var gloss and > 0) additions.Add((open, gloss));
        if (folded.Length >= 11 && folded.Contains(' '))
            foreach (Match junk in Jammer().Matches(folded))
                if (IsJammer(junk.Value)) additions.Add((junk.Index, junk.Length));
        // The pictographs a spam mirror scatters through a copy (講話🧔🏿。, 編輯🍮:) are no part of any word; a line of them alone stays as it is.
        if (folded.AsSpan().IndexOfAnyInRange('\uD800', '\uDBFF') >= 0 && Pictographs().Replace(folded, "").Trim().Length > 0)
            foreach (Match pictograph in Pictographs().Matches(folded)) additions.Add((pictograph.Index, pictograph.Length));
        if (additions.Count == 0) return (folded, null);
        additions.Sort();
        var plain = new StringBuilder(folded.Length);
        var map = new List<int>(folded.Length);
        var at = 0;
        foreach (var (index, length) in additions)
        {
            for (; at < index; at++)
            {
                plain.Append(folded[at]);
                map.Add(at);
            }
            at = Math.Max(at, index + length);
        }
        for (; at < folded.Length; at++)
        {
            plain.Append(folded[at]);
            map.Add(at);
        }
        return (plain.ToString(), [.. map]);
    }

    /// <summary>The text simplified and half-width, without glosses.</summary>
    public static string Fold(string text, TraditionalCharacters characters) => Of(text, characters).Folded;

    /// <summary>The printed text of the folded range [start, start + length).</summary>
    public string Cut(int start, int length)
    {
        if (Map is null || length == 0) return Text.Substring(start, length);
        var from = Map[start];
        var to = Map[start + length - 1] + 1;
        return Text[from..to];
    }

    public string Cut(Range range)
    {
        var (start, length) = range.GetOffsetAndLength(Folded.Length);
        return Cut(start, length);
    }

    /// <summary>The line from a folded index on, as a line of its own (a body after its dateline).</summary>
    public SourceLine From(int start)
    {
        if (start >= Folded.Length) return this with { Text = "", Folded = "", Map = null };
        var textStart = Map is null ? start : Map[start];
        return this with
        {
            Text = Text[textStart..],
            Folded = Folded[start..],
            Map = Map is null ? null : Map[start..].Select(i => i - textStart).ToArray(),
        };
    }

    /// <summary>The line's first folded characters, as a line of their own (a dateline before the body).</summary>
    public SourceLine Until(int length)
    {
        if (Map is null || length == 0) return this with { Text = Text[..length], Folded = Folded[..length], Map = null };
        // The text starts where the first folded character was printed (after a pictograph folded out): the map follows it.
        var textStart = Map[0];
        return this with { Text = Cut(0, length), Folded = Folded[..length], Map = [.. Map[..length].Select(i => i - textStart)] };
    }

    /// <summary>
    /// The folded range [start, start + length) as a line of its own, as <c>From(start).Until(length)</c> cuts it without
    /// copying the rest of the line first: a line cut into many pieces (a newspaper page flattened into one line of
    /// 600,000 datelines) was copied whole for each of them.
    /// </summary>
    public SourceLine Slice(int start, int length)
    {
        if (start >= Folded.Length) return From(start).Until(length);
        var folded = Folded.Substring(start, length);
        if (Map is null || length == 0) return this with { Text = Text.Substring(Map is null ? start : Map[start], length), Folded = folded, Map = null };
        var textStart = Map[start];
        return this with { Text = Text[textStart..(Map[start + length - 1] + 1)], Folded = folded, Map = [.. Map[start..(start + length)].Select(i => i - textStart)] };
    }

    /// <summary>
    /// The line without white space at either end, its printed and folded text alike: a piece cut from a glued line
    /// (送：　　本报讯…) trimmed in its text alone kept the folded spaces, and a value cut by a folded index ran past the text.
    /// </summary>
    public SourceLine Trimmed()
    {
        var lead = Folded.Length - Folded.AsSpan().TrimStart().Length;
        return Slice(lead, Folded.AsSpan().Trim().Length);
    }

    /// <summary>The line without white space, for comparing a title with its table-of-contents entry.</summary>
    public string Compact => Punctuation.Compact(Text);

    /// <summary>The folded line without white space: how two printings of one title compare.</summary>
    public string CompactFolded => Punctuation.Compact(Folded);

    /// <summary>A full stop, question or exclamation mark (folded): the line holds a sentence.</summary>
    public bool HasFullStop => Folded.AsSpan().IndexOfAny("。!?") >= 0;

    /// <summary>Any sentence or clause mark: 。!?;,.</summary>
    public bool HasClauseMark => Folded.AsSpan().IndexOfAny("。!?;,") >= 0;

    public bool IsLong => Text.Length > LongLine;

    /// <summary>A line break, and a page's line break left in its text as markup (…专栏：<br/><br/>  延安二首<br/> 周克玉).</summary>
    [GeneratedRegex(@"\n|<br\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex LineBreak();

    [GeneratedRegex(@"^(#{1,6})\s+(.*?)\s*#*$")]
    private static partial Regex MarkdownHeading();

    /// <summary>
    /// A forum's anti-copy junk (Discuz's hidden jammer text, which a copy keeps): six or more runs of one or two letters,
    /// digits and marks between spaces (3 K! p- q7 Z5 m. e1 w% X), glued to the text or on a line of its own. Letters
    /// and marks both, twice at least, in three shapes or more: a row of figures (12 34 56 78 90 11), options (A B C D E F)
    /// or an answer key (1.A 2.C 3.B 4.D 5.A 6.B) is text.
    /// </summary>
    private static bool IsJammer(string run)
    {
        var tokens = run.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return tokens.Count(t => t.Any(char.IsAsciiLetter)) >= 2 && tokens.Count(t => t.Any(c => !char.IsAsciiLetterOrDigit(c))) >= 2
               && tokens.Select(Shape).Distinct().Count() >= 3;
    }

    /// <summary>A token's shape: letters as a, digits as 9, marks as themselves (1.A and 7.C are both 9.a).</summary>
    private static string Shape(string token) =>
        string.Concat(token.Select(c => char.IsAsciiLetter(c) ? 'a' : char.IsAsciiDigit(c) ? '9' : c));

    [GeneratedRegex(@"(?<![!-~])(?![)\]}])(?:[!-~]{1,3} ){5,}[!-~]{1,3}(?![!-~])")]
    private static partial Regex Jammer();

    /// <summary>Emoji and their modifiers: a pictograph of the supplementary planes (🧔, 🟩, a skin tone 🏿), a joiner, a
    /// variation selector, and a sign (♀) a joiner or a modifier binds into one.</summary>
    [GeneratedRegex(@"(?:[\uD83C-\uD83E][\uDC00-\uDFFF]|[\u200D\uFE0F]|(?<=[\uDC00-\uDFFF\u200D])[\u2640\u2642\u2695\u2696\u2708\u2764])+")]
    private static partial Regex Pictographs();
}
