namespace Archive.Indexer.Parsing;

/// <summary>An article while a parser is still collecting its lines.</summary>
internal sealed class ArticleDraft(string title, string? section, int? page)
{
    public string Title { get; set; } = title;
    public string? Subtitle { get; set; }
    public string? Section { get; } = section;
    public int? Page { get; set; } = page;
    public string? SourceDepartment { get; set; }
    public List<string> Lines { get; } = [];
    public List<string> Authors { get; } = [];
    public List<string> Captions { get; } = [];

    /// <summary>Lines that are headings inside the article (### in a newspaper page): never joined to a neighbour.</summary>
    public HashSet<string> Headings { get; } = [];

    /// <summary>The body's paragraphs with emphasis marks removed and page-break splits rejoined.</summary>
    public List<string> Paragraphs() =>
        PageBreakRepair.Repair(Lines.Select(l => (Punctuation.StripEmphasis(l), Headings.Contains(l))));

    public ParsedArticle Build(string? region) => new()
    {
        Title = Title,
        Subtitle = Subtitle,
        Section = Section,
        SourceDepartment = SourceDepartment,
        Region = region,
        Page = Page,
        Authors = Authors.Distinct().ToList(),
        Captions = Captions.ToList(),
        Body = string.Join("\n", Paragraphs()),
    };
}
