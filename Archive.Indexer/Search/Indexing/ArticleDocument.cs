using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Util;
using Archive.Indexer.Chinese;
using Archive.Indexer.Regions;
using Archive.Indexer.Search.Queries;
using Archive.Indexer.Search.Facets;

namespace Archive.Indexer.Search.Indexing;

/// <summary>Turns a stored article (with its document) into the Lucene document that represents it.</summary>
internal static class ArticleDocument
{
    /// <summary>A 文号 as printed and, when that is not how it is cited (湖委发〔2018〕20), as cited too.</summary>
    private static string[] CitedForms(string? number) =>
        number is null ? [] : CitedNumber.Of(number) is var cited && cited != number ? [number, cited] : [number];

    /// <summary>第8期, 总第125期 and 2022年, as a citation or a searcher writes them.</summary>
    private static IEnumerable<string?> Citable(StoredDocument document)
    {
        if (document.IssueNumber is { } issue) yield return IssueSummary.InYear(issue);
        if (document.TotalIssueNumber is { } total) yield return IssueSummary.RunningCount(total);
        if (document.Date is { } date) yield return $"{date.Year}年";
    }

    /// <summary>
    /// How much of an article's body is searchable: far beyond any article (the longest real ones run to tens of
    /// thousands of characters), so that a file of one endless line, stored whole, is not inverted whole: indexing 40 MB
    /// of it held 1.5 GB.
    /// </summary>
    internal const int MaxIndexedBodyLength = 1_000_000;

    /// <param name="folding">The script folding of the text fields, which the facet values and keywords are read with too.</param>
    public static Document Build(StoredArticle article, StoredDocument document, ScriptFolding folding)
    {
        var body = CharacterBoundary.Cut(article.Body, MaxIndexedBodyLength);
        var doc = new Document
        {
            new StringField(IndexFields.Id, article.Id, Field.Store.YES),
            new StringField(IndexFields.DocumentId, article.DocumentId, Field.Store.YES),
            new StoredField(IndexFields.Title, article.Title),
            new TextField(IndexFields.TitleWords, article.Title, Field.Store.NO),
            new TextField(IndexFields.TitleBigrams, article.Title, Field.Store.NO),
            new TextField(IndexFields.BodyWords, body, Field.Store.NO),
            new TextField(IndexFields.BodyBigrams, body, Field.Store.NO),
        };
        if (!string.IsNullOrWhiteSpace(article.Subtitle))
        {
            doc.Add(new TextField(IndexFields.TitleWords, article.Subtitle, Field.Store.NO));
            doc.Add(new TextField(IndexFields.TitleBigrams, article.Subtitle, Field.Store.NO));
        }

        var department = article.SourceDepartment;
        var region = article.RegionWithin(document);
        var series = document.Publication;
        var authors = article.Authors.Count > 0 ? article.Authors : document.Author is { } a ? [a] : [];
        // The places of the region path too: 连云港 finds an article about 赣榆区 of 连云港市 that never names its city;
        // the section, as people ask for experience from elsewhere (市外参考 乡村振兴); and the issue and the year as
        // people cite them: 安庆组工信息 第8期, 2020年 疫情. Each value once: a newspaper's paper is its series and its publisher.
        var docNumbers = CitedForms(document.DocNumber);
        var meta = docNumbers.Concat([department, article.Section, series, document.Publisher, document.Site, region?.Replace('/', ' ')])
            .Concat(authors).Concat(article.Captions).Concat(Citable(document))
            .Where(v => !string.IsNullOrWhiteSpace(v)).Distinct(StringComparer.Ordinal);
        foreach (var value in meta)
        {
            doc.Add(new TextField(IndexFields.MetaBigrams, value!, Field.Store.NO));
        }
        AddText(doc, IndexFields.DepartmentBigrams, department);
        AddText(doc, IndexFields.SectionBigrams, article.Section);
        AddText(doc, IndexFields.SeriesBigrams, series);
        foreach (var number in docNumbers)
        {
            AddText(doc, IndexFields.DocNumberBigrams, number);
        }
        if (document.DocNumber is { } printed) doc.Add(new StoredField(IndexFields.StoredDocNumber, printed));
        foreach (var author in authors)
        {
            AddText(doc, IndexFields.AuthorBigrams, author);
        }

        var kind = KindNames.Code(document.Kind);
        doc.Add(new StringField(IndexFields.Kind, kind, Field.Store.NO));
        doc.Add(new StoredField(IndexFields.StoredKind, kind));
        AddFacet(doc, FacetField.Kind, kind, folding);

        if (series is not null)
        {
            doc.Add(new StoredField(IndexFields.StoredSeries, series));
            AddFacet(doc, FacetField.Series, series, folding);
        }
        if (document.IssueNumber is { } issue)
        {
            doc.Add(new StringField(IndexFields.Issue, issue.ToString(CultureInfo.InvariantCulture), Field.Store.NO));
            doc.Add(new StoredField(IndexFields.StoredIssue, issue));
        }
        if (document.TotalIssueNumber is { } total)
        {
            // Beside the issue numbers, as 期号:总第203期 asks for it: some bulletins print only their running count.
            doc.Add(new StringField(IndexFields.Issue, IssueSummary.RunningCount(total), Field.Store.NO));
            doc.Add(new StoredField(IndexFields.StoredTotalIssue, total));
        }
        int? day = document.Date is { } date ? DateKey(date) : null;
        var tie = SegmentDateOrder.Tie(StableKey(article.DocumentId), article.Ordinal);
        doc.Add(new NumericDocValuesField(IndexFields.Date, SegmentDateOrder.NewestFirstValue(day, tie)));
        doc.Add(new NumericDocValuesField(IndexFields.DateOldestFirst, SegmentDateOrder.OldestFirstValue(day, tie)));
        if (document.Date is { } dated)
        {
            doc.Add(new Int32Field(IndexFields.Date, day!.Value, Field.Store.NO));
            doc.Add(new StoredField(IndexFields.StoredDate, day.Value));
            AddFacet(doc, FacetField.Year, dated.Year.ToString(CultureInfo.InvariantCulture), folding);
        }
        if (!string.IsNullOrWhiteSpace(article.Section))
        {
            doc.Add(new StoredField(IndexFields.StoredSection, article.Section));
            AddFacet(doc, FacetField.Section, article.Section, folding);
        }
        if (!string.IsNullOrWhiteSpace(department))
        {
            doc.Add(new StoredField(IndexFields.StoredDepartment, department));
            AddFacet(doc, FacetField.Department, department, folding);
        }
        if (!string.IsNullOrWhiteSpace(region))
        {
            doc.Add(new StoredField(IndexFields.StoredRegion, region));
            foreach (var path in RegionPath.Levels(region))
            {
                AddFacet(doc, FacetField.Region, path, folding);
            }
            foreach (var name in RegionPath.SearchNames(region))
            {
                doc.Add(new StringField(IndexFields.Region, Capped(name), Field.Store.NO));
            }
        }
        foreach (var keyword in article.Keywords.Distinct(StringComparer.Ordinal))
        {
            doc.Add(new StringField(IndexFields.Keyword, FacetFolding.Counted(keyword, folding), Field.Store.NO));
            AddFacet(doc, FacetField.Keyword, keyword, folding);
        }
        if (article.TwinGroup is { } group)
        {
            doc.Add(new StringField(IndexFields.TwinGroup, group, Field.Store.YES));
            doc.Add(new NumericDocValuesField(IndexFields.TwinGroupKey, TwinGroupKey(group)));
            doc.Add(new NumericDocValuesField(IndexFields.TwinRank, article.Id == group ? 0 : (TwinGroupKey(article.Id) & long.MaxValue) | 1));
        }
        return doc;
    }

    /// <summary>
    /// A group's 64-bit key, never 0 (no group): the first bytes of the sha256 of the leader's id. Two groups of one
    /// index share a key with a chance of about 3 in 10^8 at a million groups (they would show as one).
    /// </summary>
    public static long TwinGroupKey(string group)
    {
        var key = StableKey(group);
        return key == 0 ? 1 : key;
    }

    /// <summary>The first bytes of the sha256 of an id: a key that no correction or reindex changes.</summary>
    private static long StableKey(string id) =>
        BitConverter.ToInt64(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(id)));

    /// <summary>yyyymmdd: sorts like the date and reads like it in a debugger.</summary>
    public static int DateKey(DateOnly date) => date.Year * 10000 + date.Month * 100 + date.Day;

    public static DateOnly? DateFromKey(int key) =>
        key <= 0 ? null : new DateOnly(key / 10000, key / 100 % 100, key % 100);

    private static void AddText(Document doc, string field, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            doc.Add(new TextField(field, value, Field.Store.NO));
        }
    }

    /// <summary>
    /// Values longer than this are cut for the facet and the keyword term (a parser that took a whole paragraph for a
    /// section heading): Lucene refuses doc values and terms over 32,766 UTF-8 bytes, and no facet list shows them.
    /// </summary>
    internal const int MaxFacetValueLength = SearchParameters.MaxValueLength;

    private static void AddFacet(Document doc, FacetField facet, string value, ScriptFolding folding) =>
        doc.Add(new SortedSetDocValuesField(IndexFields.Facets, new BytesRef(FacetLabel.Encode(facet, FacetFolding.Counted(value, folding)))));

    /// <summary>A value cut to the length the facets and keyword terms hold.</summary>
    internal static string Capped(string value) => CharacterBoundary.Cut(value, MaxFacetValueLength);
}
