using Archive.Indexer.Parsing.Recognizers;

namespace Archive.Indexer.Parsing;

/// <summary>An article while a parser is still collecting its lines.</summary>
internal sealed class ArticleDraft(string? title, string? section, int? page)
{
    public string? Title { get; set; } = title;
    public string? Subtitle { get; set; }
    public string? Section { get; } = section;
    public int? Page { get; set; } = page;
    public string? SourceDepartment { get; set; }
    public List<SourceLine> Lines { get; } = [];
    public List<string> Authors { get; } = [];
    public List<string> Credits { get; } = [];
    public List<string> Captions { get; } = [];

    /// <summary>Lines that are headings inside the article (### in a newspaper page): never joined to a neighbour.</summary>
    public HashSet<int> Headings { get; } = [];

    /// <summary>Whether a credit has closed the article: what follows belongs to another one.</summary>
    public bool IsClosed { get; set; }

    public void Add(SourceLine line) => Lines.Add(line);

    /// <summary>Whether its title or its text so far names <paramref name="text"/> (folded, as lines are read).</summary>
    public bool Names(string text) =>
        Title?.Contains(text, StringComparison.Ordinal) == true || Lines.Exists(l => l.Folded.Contains(text, StringComparison.Ordinal));

    /// <summary>Reads a credit (a byline, an attribution, a dateline) into authors and department, and keeps it as printed.</summary>
    public void Credit(SourceLine credit, bool takeDepartment = true)
    {
        Credits.Add(credit.Text.Trim());
        if (Recognizers.Credit.Read(credit.Folded) is not { } reading) return;
        Authors.AddRange(reading.AuthorsIn(credit).Where(a => !Authors.Contains(a)));
        if (takeDepartment && SourceDepartment is null && reading.DepartmentIn(credit) is { } department)
            SourceDepartment = department.Trim();
    }

    /// <summary>The body's paragraphs with emphasis marks, Markdown pictures and jumps to other pages removed, page-break splits rejoined.</summary>
    public List<string> Paragraphs() =>
        PageBreakRepair.Repair(Lines.Select(l => (Punctuation.StripEmphasis(PageFurniture.WithoutJump(WebChrome.WithoutPictures(l.Text))), Headings.Contains(l.Number), l.Indented)));

    public ParsedArticle Build(string? region, IReadOnlyList<string>? paragraphs = null) => new()
    {
        Title = Title,
        Subtitle = Subtitle,
        Section = Section,
        SourceDepartment = SourceDepartment,
        Region = region,
        Page = Page,
        Authors = Authors.ToList(),
        Credits = Credits.ToList(),
        Captions = Captions.ToList(),
        Body = string.Join("\n", paragraphs ?? Paragraphs()),
    };
}
