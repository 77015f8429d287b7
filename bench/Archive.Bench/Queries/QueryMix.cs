using Archive.Indexer;
using Archive.Indexer.Chinese;

namespace Archive.Bench.Queries;

/// <summary>
/// Searches drawn from the archive under test, so that they find what its articles hold: words of its articles at
/// several document frequencies (rare, middle, common in a sample of its articles), two and three words of one
/// article, two words run together as people type them, a quoted stretch of a body, part of a title, a word with
/// one of its article's facet values, facet values alone, a common word sorted by date on a later page; and a set
/// share of made-up words that truly match nothing. The same seed draws the same mix from the same archive.
/// </summary>
internal static class QueryMix
{
    /// <summary>Of every 20 searches, how many of each kind (the last, one in twenty, is meant to match nothing).</summary>
    private static readonly (string Kind, int Share)[] Kinds =
    [
        ("rare word", 2), ("middle word", 2), ("common word", 2), ("two words", 3), ("three words", 2), ("run-on", 1),
        ("phrase", 1), ("title part", 2), ("word + facet", 2), ("facets", 1), ("sorted", 1), ("nothing", 1),
    ];

    /// <summary>Characters of no organization-work text: made-up words of them match nothing.</summary>
    private const string RareCharacters = "鼋鼍鼗鼙黻黼黹龃龉龌龊鼯鼹夔饕餮魍魉魑魅";

    private const int SampledArticles = 400;

    public static List<MixQuery> Draw(ArchiveService archive, int count, int seed)
    {
        var random = new Random(seed);
        var articles = Sample(archive, random);
        var segmenter = ChineseLanguage.Shared.Segmenter;
        var stopWords = ChineseLanguage.Shared.StopWords;
        var words = articles.Select(a => segmenter.Words(a.Article.Body)
                .Where(w => w.Length is >= 2 and <= 4 && w.All(CharClass.IsHan) && !stopWords.Contains(w))
                .Distinct().ToArray())
            .ToArray();
        var frequency = words.SelectMany(w => w).GroupBy(w => w).ToDictionary(g => g.Key, g => g.Count());
        string[] Band(double from, double to) => frequency.Where(f => f.Value >= from * articles.Count && f.Value <= to * articles.Count)
            .Select(f => f.Key).Order(StringComparer.Ordinal).ToArray();
        var rare = frequency.Where(f => f.Value == 1).Select(f => f.Key).Order(StringComparer.Ordinal).ToArray();
        var middle = Band(0.01, 0.05);
        var common = Band(0.10, 1.0);

        var mix = new List<MixQuery>(count);
        var shares = Kinds.Sum(k => k.Share);
        for (var i = 0; mix.Count < count; i++)
        {
            var kind = Kinds[Slot(i % shares)].Kind;
            var at = random.Next(articles.Count);
            var (article, document) = (articles[at].Article, articles[at].Document);
            var own = words[at];
            if (own.Length < 3) continue;
            string Word() => own[random.Next(own.Length)];
            SearchRequest? request = kind switch
            {
                "rare word" => Query(Pick(random, rare)),
                "middle word" => Query(Pick(random, middle)),
                "common word" => Query(Pick(random, common)),
                "two words" => Query($"{Word()} {Word()}"),
                "three words" => Query($"{Word()} {Word()} {Word()}"),
                "run-on" => Query(RunOn(segmenter, article.Body, random)),
                "phrase" => Stretch(article.Body, random, 4, 8) is { } stretch ? Query($"\"{stretch}\"") : null,
                "title part" => Stretch(article.Title, random, 4, 10) is { } part ? Query(part) : null,
                "word + facet" => Query(Word()) with { Filters = Facet(article, document, random, 1) },
                "facets" => new SearchRequest { Filters = Facet(article, document, random, 2) },
                "sorted" => Query(Pick(random, common)) with { Sort = SearchSort.Newest, Page = random.Next(2, 6) },
                _ => Query(string.Concat(Enumerable.Range(0, 3).Select(_ => RareCharacters[random.Next(RareCharacters.Length)]))),
            };
            if (request is null || request.Query == "" || (request.Query is null && request.Filters.Count == 0)) continue;
            mix.Add(new MixQuery(kind, request, MeantToMatchNothing: kind == "nothing"));
        }
        return mix;
    }

    private static int Slot(int position)
    {
        for (var k = 0; k < Kinds.Length; k++)
        {
            if (position < Kinds[k].Share) return k;
            position -= Kinds[k].Share;
        }
        return Kinds.Length - 1;
    }

    /// <summary>Articles picked at random over the whole archive, through the façade (pages of a browse by date).</summary>
    private static List<ArticleDetail> Sample(ArchiveService archive, Random random)
    {
        var browse = new SearchRequest { Sort = SearchSort.Newest, PageSize = SearchRequest.MaxPageSize, WithFacets = false, WithHighlights = false, CollapseDuplicates = false };
        var total = archive.Search(browse with { PageSize = 1 }).Total;
        var pages = (int)Math.Clamp((total + SearchRequest.MaxPageSize - 1) / SearchRequest.MaxPageSize, 1, SearchRequest.MaxPage);
        var sampled = new List<ArticleDetail>();
        for (var attempt = 0; sampled.Count < SampledArticles && attempt < SampledArticles; attempt += 10)
        {
            var hits = archive.Search(browse with { Page = random.Next(1, pages + 1) }).Hits;
            foreach (var hit in hits.OrderBy(_ => random.Next()).Take(10))
            {
                if (archive.GetArticle(hit.ArticleId) is { } detail) sampled.Add(detail);
            }
        }
        return sampled;
    }

    private static SearchRequest Query(string text) => new() { Query = text };

    private static string Pick(Random random, string[] words) => words.Length == 0 ? "" : words[random.Next(words.Length)];

    /// <summary>Two neighbouring words of a sentence run together, as people type them (疫情防控网格长).</summary>
    private static string RunOn(Segmenter segmenter, string body, Random random)
    {
        var words = segmenter.Words(body).ToArray();
        for (var tries = 0; tries < 20; tries++)
        {
            var at = random.Next(Math.Max(1, words.Length - 1));
            if (at + 1 < words.Length && words[at].Length >= 2 && words[at + 1].Length >= 2 && (words[at] + words[at + 1]).All(CharClass.IsHan))
            {
                return words[at] + words[at + 1];
            }
        }
        return "";
    }

    /// <summary>A stretch of <paramref name="min"/>-<paramref name="max"/> Chinese characters of a text, or null.</summary>
    private static string? Stretch(string text, Random random, int min, int max)
    {
        for (var tries = 0; tries < 20 && text.Length >= min; tries++)
        {
            var length = random.Next(min, max + 1);
            var start = random.Next(Math.Max(1, text.Length - length));
            var stretch = text.Substring(start, Math.Min(length, text.Length - start));
            if (stretch.Length >= min && stretch.All(CharClass.IsHan)) return stretch;
        }
        return null;
    }

    /// <summary><paramref name="count"/> of the article's own facet values: its year, kind, province or section.</summary>
    private static Dictionary<FacetField, IReadOnlyList<string>> Facet(StoredArticle article, StoredDocument document, Random random, int count)
    {
        var values = new List<(FacetField, string)> { (FacetField.Kind, KindNames.Code(document.Kind)) };
        if (document.Date is { } date) values.Add((FacetField.Year, date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        if (article.RegionWithin(document) is { } region) values.Add((FacetField.Region, region.Split('/')[0]));
        if (article.Section is { } section) values.Add((FacetField.Section, section));
        return values.OrderBy(_ => random.Next()).Take(count).ToDictionary(v => v.Item1, v => (IReadOnlyList<string>)[v.Item2]);
    }
}
