using System.Text.Json.Serialization;
using Archive.Indexer.Chinese;
using Archive.Indexer.Model;
using Archive.Indexer.Parsing.Recognizers;

namespace Archive.Indexer.Parsing;

/// <summary>
/// What the parsers read off one file: the document's own metadata and the articles it holds, the lines that belong
/// to neither (front and back matter), and why the document was read as its kind. Field names follow
/// ../shared/seeds/expected.json (snake_case in JSON).
/// </summary>
internal sealed record ParsedDocument : DocumentMetadata
{
    /// <summary>
    /// More articles than any bulletin, newspaper page or compilation holds (real ones hold a few dozen): a file
    /// parsed into more is built to make the store and the index work, and is refused with the reason; an editor's
    /// splits stop there too.
    /// </summary>
    public const int MaxArticles = 2_000;

    /// <summary>How sure the kind is (0..1): its evidence against all the evidence found.</summary>
    public double KindConfidence { get; init; }
    /// <summary>The evidence each kind found, heaviest for the chosen kind first: "bulletin +5: issue line: 第 8 期 (line 4)".</summary>
    public IReadOnlyList<string> Evidence { get; init; } = [];
    /// <summary>印数: （共印80份） -> 80.</summary>
    public int? PrintRun { get; init; }
    /// <summary>编者按, where an issue carries it.</summary>
    public string? EditorsNote { get; init; }
    public IReadOnlyList<ContentsEntry> Contents { get; init; } = [];
    public required IReadOnlyList<ParsedArticle> Articles { get; init; }
    /// <summary>Lines before the articles that no field took whole: mastheads, labels, a heading block, as printed.</summary>
    public IReadOnlyList<string> FrontMatter { get; init; } = [];
    /// <summary>Lines after the articles: footers, signatures, a site's copyright, as printed.</summary>
    public IReadOnlyList<string> BackMatter { get; init; } = [];
    /// <summary>What each source line was read as (line_roles[0] is the first non-empty line), so a reader can see why.</summary>
    public IReadOnlyList<string> LineRoles { get; init; } = [];
}

/// <summary>One line of a bulletin's table of contents.</summary>
internal sealed record ContentsEntry(string Title, string? Section, int? Page);

internal sealed record ParsedArticle
{
    /// <summary>The headline as printed; null when the text prints none (a 简讯 item, a page that lost its headline).</summary>
    public required string? Title { get; init; }
    public string? Subtitle { get; init; }
    /// <summary>栏目: 市内信息, 市外参考 ...</summary>
    public string? Section { get; init; }
    /// <summary>来源单位, from the closing attribution （宜秀区委组织部）.</summary>
    public string? SourceDepartment { get; init; }
    public string? Region { get; init; }
    public int? Page { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];
    /// <summary>Bylines, datelines and attributions as printed (本报记者 王丽, （宜秀区委组织部）): read into authors and department, kept out of the body.</summary>
    public IReadOnlyList<string> Credits { get; init; } = [];
    /// <summary>Photo captions (… 摄): kept, but not body text.</summary>
    public IReadOnlyList<string> Captions { get; init; } = [];
    /// <summary>The article's text, paragraphs separated by "\n".</summary>
    public required string Body { get; init; }

    /// <summary>
    /// A headline's length at most, as long as an editor may give one: a longer line is no headline but a page's text
    /// in one heading (an h1 of 600,000 characters), and as a title it went whole into every hit, export row and
    /// citation that listed it (6 MB for one search of 干部).
    /// </summary>
    public const int MaxTitleLength = Editing.MaxTitleLength;

    /// <summary>
    /// The article with a title or subtitle longer than <see cref="MaxTitleLength"/> cut there (ending in …) and the
    /// whole line put at the start of its body, so nothing of it is lost to search.
    /// </summary>
    public ParsedArticle WithBoundedHeadlines()
    {
        var overlong = new[] { Title, Subtitle }.Where(h => h is { Length: > MaxTitleLength }).ToList();
        if (overlong.Count == 0) return this;
        return this with
        {
            Title = Bounded(Title),
            Subtitle = Bounded(Subtitle),
            Body = string.Join("\n", overlong.Append(Body).Where(t => t!.Length > 0)),
        };

        static string? Bounded(string? headline) =>
            headline is { Length: > MaxTitleLength } ? CharacterBoundary.Cut(headline, MaxTitleLength - 1) + "…" : headline;
    }

    /// <summary>The title to show and store: the printed one, else the body's opening words.</summary>
    [JsonIgnore]
    public string DisplayTitle => Title ?? Opening(Body);

    /// <summary>
    /// Shorter first clauses run on into the next: 4月28日 or 近日 alone says nothing about the article; nor does a
    /// dateline (三峡秭归讯(记者 宋黎立)), which is left out.
    /// </summary>
    private const int MinOpening = 14;
    private const int MaxOpening = 30;

    private static string Opening(string body)
    {
        var firstLine = body.Split('\n', 2)[0].Trim();
        // Width folding keeps every character's place, so the dateline's length holds in the printed line.
        if (Dateline.Read(Punctuation.FoldWidth(firstLine)) is { } dateline) firstLine = firstLine[dateline.Length..].Trim();
        var end = -1;
        do end = firstLine.IndexOfAny(['。', '！', '？', '!', '?', '；', ';', '，', ','], end + 1);
        while (end is >= 0 and < MinOpening && firstLine[end] is '，' or ',');
        var opening = end is > 0 and <= MaxOpening ? firstLine[..end] : firstLine.Length <= MaxOpening ? firstLine : firstLine[..MaxOpening] + "…";
        return opening.Length > 0 ? opening : "（无标题）";
    }
}
