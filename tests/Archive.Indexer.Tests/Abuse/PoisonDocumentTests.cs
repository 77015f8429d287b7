using System.Text;
using Archive.Indexer.Tests.Store;

namespace Archive.Indexer.Tests.Abuse;

/// <summary>
/// Documents shaped to poison what comes after them (control characters, lone surrogates, U+FFFD floods,
/// zero-width joiners inside words, titles and 文号 of tens of thousands of characters, impossible dates, the facet
/// separator in a value) are stored or refused; either way every other search, facet, export, citation and article
/// page of the archive still answers, and each stored one is found by its own words.
/// </summary>
public sealed class PoisonDocumentTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private const string Body = "各县区委组织部：为深入学习贯彻党的二十大精神，现就做好干部教育培训工作通知如下。一、提高认识。二、精心组织。";

    /// <summary>Each poison in the title, in the 文号 line, in the issuing department, in the date and in the body.</summary>
    public static IEnumerable<(string Name, string Text)> Poisons()
    {
        var controls = new string(Enumerable.Range(0, 32).Where(c => c is not ('\n' or '\r')).Select(c => (char)c).ToArray());
        string[] values =
        [
            controls + "关于" + controls + "通知", "\uD800关于\uDC00做好\uD83D培训的通知\uDFFF", new string('\uFFFD', 50_000) + "通知",
            "关\u200D于做\u200B好干\u2060部培\uFEFF训的\u200C通知", new string('关', 100_000) + "的通知", "组\u001f织/部\u001f/\u001f",
            "\u202E知通的训培部干好做于关\u202C", string.Concat(Enumerable.Repeat("〔2024〕", 3_000)),
        ];
        string[] numbers = [string.Concat(Enumerable.Repeat("组通字", 3_334)) + "〔2024〕1号", "\u001f〔2024〕\u001f号", "组字〔99999999999999999999〕99999999999号"];
        string[] dates = ["9999年99月99日", "公元前221年1月1日", "0000年00月00日", "2024年2月30日", "二〇二四年十三月三十二日", "-2024年1月1日", "２０２４年１月１日"];
        for (var i = 0; i < values.Length; i++)
        {
            yield return ($"title{i}.txt", $"{values[i]}\n\n{Body}\n\n中共某某县委组织部\n2024年1月1日");
            yield return ($"dept{i}.txt", $"关于做好干部教育培训工作的通知\n\n{Body}\n\n{values[i]}\n2024年1月1日");
            yield return ($"body{i}.txt", $"关于做好干部教育培训工作的通知\n\n{Body}{values[i]}{Body}\n\n中共某某县委组织部\n2024年1月1日");
        }
        for (var i = 0; i < numbers.Length; i++)
            yield return ($"number{i}.txt", $"中共某某县委组织部文件\n{numbers[i]}\n关于做好干部教育培训工作的通知\n\n{Body}\n\n中共某某县委组织部\n2024年1月1日");
        for (var i = 0; i < dates.Length; i++)
            yield return ($"date{i}.txt", $"组工信息\n第{i + 1}期\n中共某某县委组织部编 {dates[i]}\n\n关于做好干部教育培训工作的通知\n\n{Body}\n\n{dates[i]}");
    }

    /// <summary>The file's bytes: UTF-8, which cannot carry a lone surrogate, and so also UTF-16 written unit by unit and HTML
    /// with every character past ASCII as a numeric entity, which can.</summary>
    public static IEnumerable<(string Name, byte[] Content)> Files() => Poisons().SelectMany(IEnumerable<(string, byte[])> (p) =>
    [
        (p.Name, Encoding.UTF8.GetBytes(p.Text)),
        (Path.ChangeExtension(p.Name, ".utf16.txt"), [0xFF, 0xFE, .. p.Text.SelectMany(c => new[] { (byte)c, (byte)(c >> 8) })]),
        (Path.ChangeExtension(p.Name, ".html"), Encoding.ASCII.GetBytes("<html><body>" + string.Concat(p.Text.Split('\n').Select(line =>
            "<p>" + string.Concat(line.Select(c => c < 128 && c >= ' ' && c is not ('<' or '&') ? c.ToString() : $"&#x{(int)c:x};")) + "</p>")) + "</body></html>")),
    ]);

    [Fact]
    public void After_every_poison_every_search_facet_export_citation_and_article_page_still_answers()
    {
        using var archive = ArchiveService.Open(new ArchiveOptions { DataDirectory = _temp.File("data") });
        var good = archive.IngestUpload("good.txt", "关于开展红旗渠精神专题培训的通知\n\n各县区委组织部：请认真做好红旗渠精神专题培训。\n\n中共安阳市委组织部\n2023年5月6日"u8.ToArray());
        Assert.Equal(FileOutcomeStatus.New, good.Status);
        var outcomes = Files().Select(f => (f.Name, Outcome: archive.IngestUpload(f.Name, f.Content))).ToList();
        foreach (var (name, outcome) in outcomes)
            Assert.True(outcome.Status is not FileOutcomeStatus.Failed || outcome.Error is { Length: > 0 }, $"{name}: failed without a reason");
        Assert.Empty(archive.IndexFailures());

        Assert.Equal(1, archive.Search(new SearchRequest { Query = "红旗渠精神" }).Total);
        var all = archive.Search(new SearchRequest { PageSize = 1, CollapseDuplicates = false });
        Assert.Equal(archive.Stats().Articles, all.Total);
        // Every facet value the poisons made selects what it counted, and nothing else breaks on it.
        foreach (var (field, facetValues) in all.Facets)
            foreach (var value in Flatten(facetValues))
            {
                var selected = archive.Search(new SearchRequest { CollapseDuplicates = false, Filters = new Dictionary<FacetField, IReadOnlyList<string>> { [field] = [value.Value] } });
                Assert.True(selected.Total == value.Count, $"{field}={Escape(value.Value)}: counted {value.Count}, selects {selected.Total}");
            }
        using (var export = archive.Export(new SearchRequest { CollapseDuplicates = false }, 10_000))
        {
            Assert.Equal(all.Total, export.Hits.Count());
        }
        foreach (var hit in AllHits(archive, new SearchRequest { CollapseDuplicates = false }))
        {
            var detail = archive.GetArticle(hit.ArticleId);
            Assert.NotNull(detail);
            Assert.NotEmpty(detail.Citation.Gbt7714);
            Assert.NotNull(archive.GetDocument(hit.DocumentId!));
            archive.Similar(hit.ArticleId, otherRegionsOnly: false);
        }
        // Each stored poison is found by the words it was written with.
        var found = AllHits(archive, new SearchRequest { Query = "精心组织", CollapseDuplicates = false }).Select(h => h.DocumentId).ToHashSet();
        foreach (var (name, outcome) in outcomes.Where(o => o.Outcome.Status == FileOutcomeStatus.New))
            Assert.True(found.Contains(outcome.DocumentId!), $"{name} not found by its body");
    }

    private static IEnumerable<SearchHit> AllHits(ArchiveService archive, SearchRequest request)
    {
        for (var page = 1; ; page++)
        {
            var results = archive.Search(request with { Page = page, PageSize = SearchRequest.MaxPageSize });
            foreach (var hit in results.Hits) yield return hit;
            if (results.Hits.Count < SearchRequest.MaxPageSize) yield break;
        }
    }

    private static IEnumerable<FacetValue> Flatten(IEnumerable<FacetValue> values) => values.SelectMany(v => Flatten(v.Children).Prepend(v));

    private static string Escape(string value) => string.Concat(value.Take(40).Select(c => c < ' ' || char.IsSurrogate(c) ? $"\\u{(int)c:x4}" : c.ToString()));
}
