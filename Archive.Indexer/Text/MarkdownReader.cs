using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Archive.Indexer.Text;

/// <summary>.md through Markdig: headings keep their level, emphasis marks go, hard line breaks split blocks.</summary>
internal static class MarkdownReader
{
    // CommonMark's flanking rules leave **注重实战练兵。**继续 unparsed; the CJK-friendly rule reads it as bold.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseCjkFriendlyEmphasis().Build();

    public static ExtractedText Read(ReadOnlySpan<byte> bytes)
    {
        var (raw, encoding) = TextDecoder.Decode(bytes);
        var text = TextDecoder.NormalizeLineEndings(raw);
        var blocks = new List<TextBlock>();
        Collect(Markdown.Parse(text, Pipeline), blocks);
        return new ExtractedText(text, blocks, encoding, "md");
    }

    private static void Collect(ContainerBlock container, List<TextBlock> blocks)
    {
        foreach (var block in container)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    AddLines(InlineText(heading.Inline), heading.Level, blocks);
                    break;
                case ParagraphBlock paragraph:
                    AddLines(InlineText(paragraph.Inline), null, blocks);
                    break;
                case CodeBlock code:
                    AddLines(string.Join("\n", code.Lines.Lines.Take(code.Lines.Count).Select(l => l.ToString())), null, blocks);
                    break;
                case ContainerBlock inner:
                    Collect(inner, blocks);
                    break;
            }
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

    private static string InlineText(ContainerInline? inline)
    {
        var sb = new StringBuilder();
        Append(inline, sb);
        return sb.ToString();

        static void Append(ContainerInline? container, StringBuilder sb)
        {
            if (container is null) return;
            foreach (var child in container)
            {
                switch (child)
                {
                    case LiteralInline literal: sb.Append(literal.Content.ToString()); break;
                    case CodeInline code: sb.Append(code.Content); break;
                    // A soft break inside a Chinese paragraph is only the source's wrapping; a hard break ends a line.
                    case LineBreakInline br: sb.Append(br.IsHard ? "\n" : ""); break;
                    case ContainerInline nested: Append(nested, sb); break;
                }
            }
        }
    }
}
