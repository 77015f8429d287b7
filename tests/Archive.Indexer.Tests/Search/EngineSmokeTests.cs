using System.Text;
using Archive.Indexer.Parsing;
using Archive.Indexer.Store;
using Archive.Indexer.Tests.Store;

namespace Archive.Indexer.Tests.Search;

public sealed class EngineSmokeTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Stored_articles_are_found_with_facets_snippets_and_citations()
    {
        var options = new ArchiveOptions { DataDirectory = _temp.File("data") };
        using (var store = ArchiveStore.Open(_temp.File("data/archive.db")))
        {
            var parsed = new ParsedDocument
            {
                Kind = DocumentKind.Bulletin,
                Series = "安庆组工信息",
                IssueNumber = 8,
                Date = new DateOnly(2022, 3, 10),
                Region = "安徽省/安庆市",
                Articles =
                [
                    new ParsedArticle { Title = "大观区在疫情防控一线考察识别干部", Section = "市内信息", SourceDepartment = "大观区委组织部", Region = "安徽省/安庆市/大观区", Page = 3, Body = "安庆市全员核酸检测开展以来，大观区把疫情防控一线作为检验领导班子和各级干部党性原则的主考场，注重在疫情防控工作中考察识别使用干部。" },
                    new ParsedArticle { Title = "旌德县筑牢疫情防控红色堡垒", Section = "市外参考", Region = "安徽省/宣城市/旌德县", Page = 5, Body = "坚持把抗击疫情作为重大政治任务，以镇党委为核心，成立镇疫情防控领导小组。" },
                ],
            };
            var bytes = Encoding.UTF8.GetBytes("bulletin 8");
            var source = new SourceFile("/in/a.txt", ContentIdentity.Sha256Hex(bytes), bytes.Length);
            store.Save(source, parsed, "原文");
        }

        using var archive = ArchiveService.Open(options);
        var results = archive.Search(new SearchRequest { Query = "考察识别干部" });

        Assert.Equal(1, results.Total);
        var hit = Assert.Single(results.Hits);
        Assert.Equal("大观区在疫情防控一线考察识别干部", hit.Title);
        Assert.Contains("<mark>考察识别干部</mark>", hit.TitleHtml);
        Assert.Contains(hit.Snippets, s => s.Contains("<mark>", StringComparison.Ordinal));
        var region = results.Facets[FacetField.Region];
        Assert.Equal("安徽省", Assert.Single(region).Value);

        var browse = archive.Search(new SearchRequest { Filters = new Dictionary<FacetField, IReadOnlyList<string>> { [FacetField.Section] = ["市外参考"] } });
        Assert.Equal("旌德县筑牢疫情防控红色堡垒", Assert.Single(browse.Hits).Title);
        var sections = browse.Facets[FacetField.Section];
        Assert.Equal(2, sections.Count);

        var detail = archive.GetArticle(hit.ArticleId)!;
        Assert.Equal("大观区委组织部. 大观区在疫情防控一线考察识别干部[J]. 安庆组工信息, 2022(8): 3.", detail.Citation.Gbt7714);
        Assert.Equal("《安庆组工信息》2022年第8期", detail.Citation.Short);
    }
}
