using Archive.Indexer.Search;

namespace Archive.Indexer.Tests.Search;

public sealed class CitationFormatterTests
{
    [Fact]
    public void A_deck_sentence_under_the_title_is_cited_without_its_full_stop()
    {
        var document = new StoredDocument
        {
            Id = "d", FileName = "a.txt", Sha256 = "00", IngestedAt = DateTimeOffset.UnixEpoch, Kind = DocumentKind.Bulletin,
            Series = "上海组工", IssueNumber = 6, Date = new DateOnly(2026, 3, 20), Publisher = "中共上海市委组织部",
        };
        var article = new StoredArticle
        {
            Id = "d-1", DocumentId = "d", Ordinal = 1, Title = "万余终端成为党员“学海新舟”",
            Subtitle = "上海党员干部现代远程教育体系基本全覆盖,去年共培训793万人次。", Body = "正文。",
        };

        var citation = CitationFormatter.Format(article, document, new DateOnly(2026, 12, 5));

        Assert.Equal("中共上海市委组织部. 万余终端成为党员“学海新舟”: 上海党员干部现代远程教育体系基本全覆盖,去年共培训793万人次[N]. 上海组工, 2026-03-20.", citation.Gbt7714);
        Assert.Equal("《上海组工》2026年第6期", citation.Short);
    }

    [Fact]
    public void A_newspaper_article_is_cited_with_its_paper_when_the_page_names_it_only_as_publisher()
    {
        var document = new StoredDocument
        {
            Id = "p", FileName = "p.pdf", Sha256 = "01", IngestedAt = DateTimeOffset.UnixEpoch, Kind = DocumentKind.NewspaperPage,
            Date = new DateOnly(2015, 11, 18), Publisher = "浙江日报",
        };
        var article = new StoredArticle
        {
            Id = "p-1", DocumentId = "p", Ordinal = 1, Title = "热心服务群众零距离", Page = 15, Authors = ["斯信忠", "徐平"], Body = "正文。",
        };

        var citation = CitationFormatter.Format(article, document, new DateOnly(2026, 12, 5));

        Assert.Equal("斯信忠, 徐平. 热心服务群众零距离[N]. 浙江日报, 2015-11-18(15).", citation.Gbt7714);
        Assert.Equal("《浙江日报》2015年11月18日第15版", citation.Short);
    }
}
