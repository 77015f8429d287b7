using Archive.Indexer.Regions;

namespace Archive.Indexer.Parsing;

/// <summary>
/// Anything no other parser recognizes still becomes one article: its title is the first meaningful line, its
/// date the first plausible date, its body the rest of the text. Nothing is rejected for lacking metadata.
/// </summary>
internal sealed class GenericParser(Gazetteer gazetteer)
{
    public ParsedDocument Parse(IReadOnlyList<SourceLine> lines, string fullText)
    {
        // The first line with a letter or digit in it: a line of dashes or a lone mark is not a title.
        var index = 0;
        while (index < lines.Count - 1 && !lines[index].Text.Any(char.IsLetterOrDigit)) index++;
        var titleLine = lines.Count > 0 ? lines[index] : null;
        var title = titleLine?.Text ?? "";
        var draft = new ArticleDraft(title, null, titleLine?.Page);
        draft.Lines.AddRange(lines.Skip(index + 1).Select(l => l.Text));
        // Lines before the title (rules, marks) stay in the body rather than vanish.
        draft.Lines.InsertRange(0, lines.Take(index).Select(l => l.Text));
        var region = gazetteer.Resolve(title) ?? gazetteer.InferRegion(fullText)?.Place.Path;
        return new ParsedDocument
        {
            Kind = DocumentKind.Generic,
            Title = title,
            Date = ChineseDate.FindFirst(fullText),
            Region = region,
            Articles = [draft.Build(region)],
        };
    }
}
