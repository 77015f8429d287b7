using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Archive.Indexer.Text;

/// <summary>
/// .md through Markdig: headings keep their level, emphasis marks go, hard line breaks split blocks. Markdown is
/// text, so a file whose structure Markdig refuses (nested beyond its depth limit), would take long over (lists or
/// quotes nested past <see cref="MarkdownNesting"/>'s bounds), or cannot read within the reader's budget, is read as
/// plain text instead.
/// </summary>
internal static partial class MarkdownReader
{
    /// <summary>
    /// Link reference definitions ([1]: http://…) a document of links holds at most. Markdig takes each of a run of them
    /// off the paragraph holding them one at a time, in time growing as the square of the run: 100,000 in a row took 8 s
    /// of a core (0.5 s apart).
    /// </summary>
    public const int MaxLinkDefinitions = 10_000;

    // CommonMark's flanking rules leave **注重实战练兵。**继续 unparsed; the CJK-friendly rule reads it as bold.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseCjkFriendlyEmphasis().Build();

    public static ExtractedText Read(ReadOnlySpan<byte> bytes)
    {
        var (raw, encoding) = TextDecoder.Decode(bytes);
        var text = TextDecoder.NormalizeLineEndings(raw);
        ExtractedText.CheckSize(text);
        if (LinkDefinition().Count(text) > MaxLinkDefinitions || MarkdownNesting.IsTooDeep(text))
            return ExtractedText.FromPlainText(text, encoding, "md");
        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(text, Pipeline);
        }
        catch (ArgumentException)
        {
            return ExtractedText.FromPlainText(text, encoding, "md");
        }
        var blocks = new List<TextBlock>();
        Collect(document, blocks, new HtmlReader.WorkBudget());
        return new ExtractedText(text, blocks, encoding, "md");
    }

    /// <summary>The file's text as it is written, marks and all: decoding is linear, with no parser of structure.</summary>
    public static ExtractedText AsPlainText(ReadOnlySpan<byte> bytes)
    {
        var (raw, encoding) = TextDecoder.Decode(bytes);
        return ExtractedText.FromPlainText(raw, encoding, "md");
    }

    /// <summary>
    /// Every block in document order, walked with a stack of its own: nesting costs no call depth. The raw HTML blocks
    /// share one page's parser work (<paramref name="htmlWork"/>): 300 blocks as deep as a page may be, each read alone,
    /// took 4 s of the reader's processor (found by hostile19); past it, a block is kept as its text.
    /// </summary>
    private static void Collect(ContainerBlock document, List<TextBlock> blocks, HtmlReader.WorkBudget htmlWork)
    {
        var pending = new Stack<Block>();
        pending.Push(document);
        while (pending.TryPop(out var block))
        {
            switch (block)
            {
                case HeadingBlock heading:
                    AddLines(InlineText(heading.Inline), heading.Level, blocks);
                    break;
                case ParagraphBlock paragraph:
                    AddLines(InlineText(paragraph.Inline), null, blocks);
                    break;
                // Raw HTML (a centred title, a table pasted from a page): its text as a page's would be; kept as the
                // text it is where it cannot be read as HTML. It was dropped, and its text lost.
                case HtmlBlock html:
                    AddHtml(string.Join("\n", html.Lines.Lines.Take(html.Lines.Count).Select(l => l.ToString())), blocks, htmlWork);
                    break;
                case CodeBlock code:
                    AddLines(string.Join("\n", code.Lines.Lines.Take(code.Lines.Count).Select(l => l.ToString())), null, blocks);
                    break;
                case ContainerBlock container:
                    for (var i = container.Count - 1; i >= 0; i--) pending.Push(container[i]);
                    break;
            }
        }
    }

    private static void AddHtml(string html, List<TextBlock> blocks, HtmlReader.WorkBudget work)
    {
        try
        {
            blocks.AddRange(HtmlReader.Read(html, "", work).Blocks.Select(b => b with { IsFooter = false }));
        }
        catch (UnreadableFileException)
        {
            AddLines(html, null, blocks);
        }
    }

    private static void AddLines(string text, int? level, List<TextBlock> blocks)
    {
        foreach (var line in text.Split('\n'))
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0) blocks.Add(new TextBlock(trimmed, null, level));
        }
    }

    /// <summary>The text of an inline tree (emphasis, links ...) in order, walked with a stack of open containers.</summary>
    private static string InlineText(ContainerInline? root)
    {
        var sb = new StringBuilder();
        var open = new Stack<ContainerInline>();
        var node = root?.FirstChild;
        while (node is not null || open.Count > 0)
        {
            if (node is null)
            {
                node = open.Pop().NextSibling;
                continue;
            }
            switch (node)
            {
                case LiteralInline literal: sb.Append(literal.Content.ToString()); break;
                case CodeInline code: sb.Append(code.Content); break;
                // A soft break inside a Chinese paragraph is only the source's wrapping; a hard break ends a line.
                case LineBreakInline br: sb.Append(br.IsHard ? "\n" : ""); break;
                case ContainerInline { FirstChild: { } first } container:
                    open.Push(container);
                    node = first;
                    continue;
            }
            node = node.NextSibling;
        }
        return sb.ToString();
    }

    /// <summary>A line that may define a link reference: up to three spaces, a bracketed label, a colon.</summary>
    [GeneratedRegex(@"^ {0,3}\[[^\]\n]+\]:", RegexOptions.Multiline)]
    private static partial Regex LinkDefinition();
}
