namespace Archive.Bench.Relevance;

/// <summary>
/// A judged relevance set of corpus/relevance: the queries, their graded articles, and the anchors that find an
/// article in the stored text (corpus/relevance/README.md). Two sets share the articles: the in-sample one the
/// ranking was tuned on (corpus/relevance) and the held-out ones nothing may be tuned on (corpus/relevance/held-out and
/// held-out-2 to held-out-23).
/// </summary>
public sealed record JudgedSet(IReadOnlyList<JudgedQuery> Queries, IReadOnlyList<ArticleAnchor> Articles)
{
    /// <summary>The folder of the held-out set, inside the relevance folder.</summary>
    public const string HeldOut = "held-out";

    /// <summary>The folder of the second held-out set, judged after the ranking had been measured on the first.</summary>
    public const string HeldOut2 = "held-out-2";

    /// <summary>The folder of the third held-out set: queries as users type them (precedents, questions, variants, typos), judged blind.</summary>
    public const string HeldOut3 = "held-out-3";

    /// <summary>The folder of the fourth held-out set: long questions, precedent searches, wording the articles do not share, judged blind.</summary>
    public const string HeldOut4 = "held-out-4";

    /// <summary>The folder of the fifth held-out set: questions, a place with a measure, numbers and issues typed loosely, typos, field filters, judged blind.</summary>
    public const string HeldOut5 = "held-out-5";

    /// <summary>The folder of the sixth held-out set: topics searched for precedents, each with many articles graded 0 to 3, questions, judged blind.</summary>
    public const string HeldOut6 = "held-out-6";

    /// <summary>The folder of the seventh held-out set: questions in natural wording, a person's role, issues and dates, pasted sentences, typos and odd typing, graded 0 to 3, judged blind.</summary>
    public const string HeldOut7 = "held-out-7";

    /// <summary>The folder of the eighth held-out set: roles, queries with no answer here, everyday words beside domain terms, village and township names, a place or framing with a measure, two characters, pasted sentences, graded 0 to 3, judged blind.</summary>
    public const string HeldOut8 = "held-out-8";

    /// <summary>The folder of the ninth held-out set: everyday words, roles named otherwise, 包保 variants, queries with no answer here, typos and near-forms, 文号 typed loosely, titles in part, field filters, graded 0 to 3, judged blind.</summary>
    public const string HeldOut9 = "held-out-9";

    /// <summary>The folder of the tenth held-out set: measures named otherwise, a place with a measure, metadata typed into the box, long questions, typos and near-synonyms, queries with no answer here, graded 0 to 3, judged blind.</summary>
    public const string HeldOut10 = "held-out-10";

    /// <summary>The folder of the eleventh held-out set: measures named otherwise (similar measures elsewhere), a place with a measure, questions typed as sentences, two characters, titles in part, queries with no answer here, graded 0 to 3, judged blind.</summary>
    public const string HeldOut11 = "held-out-11";

    /// <summary>The folder of the twelfth held-out set: precedents asked in other words, titles in part, a bulletin and its issue, 文号 typed loosely, a department, a year, two characters, a place at another level, typos, questions typed as sentences, queries with no answer here, graded 0 to 3, judged blind.</summary>
    public const string HeldOut12 = "held-out-12";

    /// <summary>The folder of the thirteenth held-out set: short words, measures named otherwise, two-word precedents, a place at another level or named only by its 文号, titles in part, a 文号 near-miss, traditional script, a typo, queries with no answer here, graded 0 to 3, judged blind from the patterns alone.</summary>
    public const string HeldOut13 = "held-out-13";

    /// <summary>The folder of the fourteenth held-out set: short words, abbreviations and spoken forms, two-word needs, titles and a speech remembered in part, a 文号 cited only, a year, queries with no answer here, graded 0 to 3, judged blind from the patterns alone.</summary>
    public const string HeldOut14 = "held-out-14";

    /// <summary>The folder of the fifteenth held-out set: abbreviations and spoken forms, titles and a slogan remembered with a word changed, a 文号 cited only, a year, a place at another level, typos, precedents, traditional script, queries with no answer here, graded 0 to 3, judged blind from the patterns alone.</summary>
    public const string HeldOut15 = "held-out-15";

    /// <summary>The folder of the sixteenth held-out set: titles with halves swapped or a word changed, a role with a town, a person with her role, a year range, a month, a section and a source department typed as words, plain questions, traditional script, Latin letters and digits, slogans in part, a modifier with a subject, queries with no answer here, graded 0 to 3, judged blind from the patterns and the manifests alone.</summary>
    public const string HeldOut16 = "held-out-16";

    /// <summary>The folder of the seventeenth held-out set: ethnic and border areas, joint-meeting systems, model texts to download, measures cited by a half-remembered document title, a year with a province, plain questions, the Youth League, two characters, a typo, traditional script, queries with no answer here, graded 0 to 3, judged blind from the patterns alone.</summary>
    public const string HeldOut17 = "held-out-17";

    /// <summary>The folder of the eighteenth held-out set: branch standards, training academies, campaigns, cited regulations (one typed with a typo), open letters, accountability, vetting, bulletin issues, departments and years, cadres in ethnic areas, traditional script, queries with no answer here, graded 0 to 3, judged blind from the patterns and the manifests alone.</summary>
    public const string HeldOut18 = "held-out-18";

    /// <summary>The folder of the nineteenth held-out set: typos of another shape (细侧, 选拨, 桂职, 管埋, 冶理, 条列, 建没), plain questions, needs worded otherwise than the texts (民营企业, 退伍军人, 蹲苗), ethnic and pastoral areas, documents cited by a title or number in part, precedents elsewhere, a query with no answer here, graded 0 to 3, judged blind from the patterns alone.</summary>
    public const string HeldOut19 = "held-out-19";

    /// <summary>The folder of the twentieth held-out set: measures in a researcher's words, a county with a measure, documents cited by part of their title, abbreviations (两新, 3会1课, 一老一小), plain questions, typos of sound and shape, traditional script, a number in other digits, a year range, graded 0 to 3, judged blind from the patterns alone.</summary>
    public const string HeldOut20 = "held-out-20";

    /// <summary>The folder of the twenty-first held-out set: precedents elsewhere, measures and meetings remembered by a phrase, plain questions, abbreviations typed out in full (三会一课, 两新, 两优一先, 一老一小 in everyday words), near-synonyms, typos of sound and shape, a year or a range of years with a topic, a county with a measure, graded 0 to 3, judged blind from the patterns alone.</summary>
    public const string HeldOut21 = "held-out-21";

    /// <summary>The folder of the twenty-second held-out set: precedents elsewhere (members taking requests online, epidemic publicity, township organisation members' reports), measures and speeches remembered by a phrase, plain questions, abbreviations (四不两直, 三肩挑, 四点半学校) and one typed out in full, near-synonyms, typos of sound and shape, a year or a range of years, a county or district with a measure, graded 0 to 3, judged blind from the patterns alone.</summary>
    public const string HeldOut22 = "held-out-22";

    /// <summary>The folder of the twenty-third held-out set: precedents elsewhere (village committees' age and schooling, the new countryside, secretaries' field teaching), measures and documents remembered by a phrase or a 文号, plain questions, abbreviations and full forms (三带四帮, 两推两审, 访惠聚, 三肩挑), near-synonyms, typos of sound and shape, a year or a range of years, a county or district with a measure, two words, graded 0 to 3, judged blind from the patterns alone.</summary>
    public const string HeldOut23 = "held-out-23";

    /// <summary>The folder of the similar-articles set: source articles (their keys as the queries' text) and the articles offered for them, graded 0 to 3.</summary>
    public const string Similar = "similar";

    /// <summary>The second similar-articles set: other sources of the same collection, weighted to bulletin and web items on concrete measures, judged blind.</summary>
    public const string Similar2 = "similar-2";

    /// <summary>The third similar-articles set: sources on measures neither earlier set used, of every kind, judged blind from the patterns and the manifests alone.</summary>
    public const string Similar3 = "similar-3";

    /// <summary>The fourth similar-articles set: short items, notices, newspaper items and counties' articles on topics the earlier sets used little, judged blind from the patterns and the manifests alone.</summary>
    public const string Similar4 = "similar-4";

    /// <summary>
    /// Reads a set: its queries and judgments from <paramref name="queries"/> (the relevance folder itself when
    /// null, or <see cref="HeldOut"/>, <see cref="HeldOut2"/>, <see cref="HeldOut3"/>, <see cref="HeldOut4"/>, <see cref="HeldOut5"/>, <see cref="HeldOut6"/>, <see cref="HeldOut7"/>, <see cref="HeldOut8"/>, <see cref="HeldOut9"/>, <see cref="HeldOut10"/>, <see cref="HeldOut11"/>, <see cref="HeldOut12"/>, <see cref="HeldOut13"/>, <see cref="HeldOut14"/>, <see cref="HeldOut15"/>, <see cref="HeldOut16"/>, <see cref="HeldOut17"/>, <see cref="HeldOut18"/>, <see cref="HeldOut19"/>, <see cref="HeldOut20"/>, <see cref="HeldOut21"/>, <see cref="HeldOut22"/>, <see cref="HeldOut23"/>), the articles from the relevance <paramref name="folder"/>. Copies of an
    /// article (the same text in two files) become one article, graded as the best of them.
    /// </summary>
    public static JudgedSet Load(string folder, string? queries = null)
    {
        var articles = Rows(Path.Combine(folder, "articles.tsv")).Select(r => new ArticleAnchor(r[0], r[1], r[2], r[3])).ToList();
        var canonical = articles.ToDictionary(a => a.Key, a => a.Canonical);
        var own = queries is null ? folder : Path.Combine(folder, queries);
        var grades = Rows(Path.Combine(own, "judgments.tsv"))
            .GroupBy(r => r[0])
            .ToDictionary(g => g.Key, g => (IReadOnlyDictionary<string, int>)g
                .GroupBy(r => canonical[r[1]], r => int.Parse(r[2], System.Globalization.CultureInfo.InvariantCulture))
                .ToDictionary(k => k.Key, k => k.Max()));
        var judged = Rows(Path.Combine(own, "queries.tsv"))
            .Select(r => new JudgedQuery(r[0], r[1], r[2], grades.GetValueOrDefault(r[0]) ?? new Dictionary<string, int>()))
            .ToList();
        return new JudgedSet(judged, articles);
    }

    /// <summary>The corpus/relevance folder of the repository this program runs from (searched upwards).</summary>
    public static string Folder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "corpus", "relevance");
            if (File.Exists(Path.Combine(candidate, "judgments.tsv"))) return candidate;
        }
        throw new DirectoryNotFoundException("corpus/relevance was not found above " + AppContext.BaseDirectory);
    }

    private static IEnumerable<string[]> Rows(string path) =>
        File.ReadLines(path).Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t'));
}

/// <summary>A query as typed, its kind, and the grade of every article judged for it (0 to 2; 0 to 3 in held-out-6 to held-out-23).</summary>
public sealed record JudgedQuery(string Id, string Kind, string Text, IReadOnlyDictionary<string, int> Grades)
{
    public int Relevant => Grades.Values.Count(g => g > 0);
}

/// <summary>An article of the corpus: key folder/file#n, the text that finds it in its file, its title, the article it copies.</summary>
public sealed record ArticleAnchor(string Key, string Anchor, string Title, string SameAs)
{
    /// <summary>The key the measures count it by: its original's when it is a copy.</summary>
    public string Canonical => SameAs.Length > 0 ? SameAs : Key;

    /// <summary>The file name part of the key (b002.txt).</summary>
    public string FileName => Key[(Key.IndexOf('/') + 1)..Key.IndexOf('#')];
}
