using Archive.Indexer.Parsing.Recognizers;
using Archive.Indexer.Regions;

namespace Archive.Indexer.Parsing;

/// <summary>
/// Anything no kind's evidence claims still becomes one article: its title the first heading, its body the rest, its
/// date the first plausible one in the text (nothing better is known), its region the place its title or text names.
/// Nothing is rejected for lacking metadata.
/// </summary>
internal sealed class GenericParser(Gazetteer gazetteer)
{
    public ParsedDocument Parse(IReadOnlyList<SourceLine> lines, IReadOnlyList<LineRole> roles)
    {
        var page = new SingleArticle(lines, roles, gazetteer.Characters).Read(isTitle: null, stripDateline: false);
        var article = page.Build(null);
        var region = gazetteer.Match(article.Title)?.Place ?? gazetteer.InferRegion([(article.Body, 1)])?.Place;
        return new ParsedDocument
        {
            Kind = DocumentKind.Generic,
            Title = article.Title,
            Date = lines.Select(l => ChineseDate.FindFirst(l.Folded)).FirstOrDefault(d => d is not null),
            Region = region?.Path,
            Articles = [article with { Region = region?.Path }],
            FrontMatter = page.FrontMatter,
            BackMatter = page.BackMatter,
        };
    }
}
