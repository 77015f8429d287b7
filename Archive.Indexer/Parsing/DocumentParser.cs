using Archive.Indexer.Parsing.Recognizers;
using Archive.Indexer.Regions;
using Archive.Indexer.Text;

namespace Archive.Indexer.Parsing;

/// <summary>
/// Text -> <see cref="ParsedDocument"/>: reads the text as lines, gives each line its role (<see cref="LineClassifier"/>),
/// weighs the evidence for each kind (<see cref="DocumentClassifier"/>) and hands the lines to that kind's parser,
/// which assembles the articles. Thread-safe; build one and share it.
/// </summary>
internal sealed class DocumentParser
{
    private readonly BulletinParser _bulletin;
    private readonly NoticeParser _notice;
    private readonly WebArticleParser _web;
    private readonly NewspaperParser _newspaper;
    private readonly ReportParser _report;
    private readonly GenericParser _generic;
    private readonly TimeSpan _budget;

    /// <param name="budget">The processor time one parse may spend (<see cref="ParseBudget.Default"/>).</param>
    public DocumentParser(Gazetteer gazetteer, TimeSpan? budget = null)
    {
        Gazetteer = gazetteer;
        _budget = budget ?? ParseBudget.Default;
        _bulletin = new BulletinParser(gazetteer);
        _notice = new NoticeParser(gazetteer);
        _web = new WebArticleParser(gazetteer);
        _newspaper = new NewspaperParser(gazetteer);
        _report = new ReportParser(gazetteer);
        _generic = new GenericParser(gazetteer);
    }

    public Gazetteer Gazetteer { get; }

    /// <summary>A parser over the data packages copied beside the running assembly.</summary>
    public static DocumentParser CreateDefault() => new(Gazetteer.LoadDefault());

    /// <exception cref="UnreadableFileException">The text is more than a document holds (<see cref="ExtractedText.Bounded"/>), or
    /// parsing it spent its budget (<see cref="ParseBudget"/>).</exception>
    public ParsedDocument Parse(ExtractedText text)
    {
        text = text.Bounded();
        var budget = new ParseBudget(_budget);
        var lines = new BudgetedLines(SourceLine.Read(text, Gazetteer.Characters), budget);
        var roles = LineClassifier.Classify(lines);
        var decision = DocumentClassifier.Classify(lines, roles);
        var parsed = decision.Kind switch
        {
            DocumentKind.Bulletin => _bulletin.Parse(lines, roles),
            DocumentKind.Notice => _notice.Parse(lines, roles),
            DocumentKind.WebArticle => _web.Parse(lines, roles),
            DocumentKind.NewspaperPage => _newspaper.Parse(lines, roles),
            DocumentKind.Report => _report.Parse(lines, roles),
            _ => _generic.Parse(lines, roles),
        };
        // A fragment (a masthead and contents, nothing else) keeps its metadata, and its text stays searchable.
        if (parsed.Articles.Count == 0 && lines.Count > 0)
            parsed = parsed with { Articles = _generic.Parse(lines, roles).Articles };
        // So does a text all of whose lines were taken for a page's furniture (markup in a text file reads as a
        // breadcrumb, 栏目：<i>市外</i>参考): stored as it was, it was an article of no title and no text.
        if (lines.Count > 0 && parsed.Articles.All(a => a.Title is null && string.IsNullOrWhiteSpace(a.Body)))
            parsed = parsed with { Articles = _generic.Parse(lines, [.. roles.Select(_ => LineRole.Body)]).Articles };
        return parsed with
        {
            Articles = parsed.Articles.Select(a => a.WithBoundedHeadlines()).ToList(),
            KindConfidence = decision.Confidence,
            Evidence = decision.Evidence,
            LineRoles = roles.Select(r => r.Name()).ToList(),
            // The address the file itself records (a page's canonical link) is where it was read; one its text names may be another's.
            SourceUrl = text.Address ?? parsed.SourceUrl,
        };
    }

    /// <summary>Parses text that is already a string (one block per line).</summary>
    public ParsedDocument Parse(string text) => Parse(ExtractedText.FromPlainText(text));
}
