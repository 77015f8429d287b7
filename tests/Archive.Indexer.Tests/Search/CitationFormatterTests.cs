using System.Text;
using Archive.Indexer.Chinese;
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

        Assert.Equal("中共上海市委组织部. 万余终端成为党员“学海新舟”: 上海党员干部现代远程教育体系基本全覆盖,去年共培训793万人次[J]. 上海组工, 2026(6).", citation.Gbt7714);
        Assert.Equal("《上海组工》2026年第6期", citation.Short);
    }

    [Fact]
    public void A_title_naming_another_is_cited_with_the_inner_title_in_single_marks()
    {
        var document = new StoredDocument
        {
            Id = "n", FileName = "n.txt", Sha256 = "03", IngestedAt = DateTimeOffset.UnixEpoch, Kind = DocumentKind.Notice,
            Date = new DateOnly(2022, 3, 1),
        };
        var article = new StoredArticle { Id = "n-1", DocumentId = "n", Ordinal = 1, Title = "关于印发《村干部管理办法》的通知", Body = "正文。" };

        var citation = CitationFormatter.Format(article, document, new DateOnly(2026, 12, 5));

        Assert.Equal("《关于印发〈村干部管理办法〉的通知》 2022年3月1日", citation.Short);
    }

    [Theory]
    [InlineData(null, 203, "海南组工信息, 2019(总第203期).", "《海南组工信息》2019年总第203期")]
    [InlineData(9, 203, "海南组工信息, 2019(9).", "《海南组工信息》2019年第9期")]
    public void A_bulletin_is_cited_by_its_number_in_the_year_else_by_its_running_count(int? issue, int? total, string source, string shortForm)
    {
        var document = new StoredDocument
        {
            Id = "h", FileName = "b040.txt", Sha256 = "02", IngestedAt = DateTimeOffset.UnixEpoch, Kind = DocumentKind.Bulletin,
            Series = "海南组工信息", IssueNumber = issue, TotalIssueNumber = total, Date = new DateOnly(2019, 10, 25), Publisher = "中共海南省委组织部",
        };
        var article = new StoredArticle { Id = "h-1", DocumentId = "h", Ordinal = 1, Title = "海南迎来131名挂职干部助力自贸区建设", Body = "正文。" };

        var citation = CitationFormatter.Format(article, document, new DateOnly(2026, 12, 5));

        Assert.Equal("中共海南省委组织部. 海南迎来131名挂职干部助力自贸区建设[J]. " + source, citation.Gbt7714);
        Assert.Equal(shortForm, citation.Short);
    }

    [Fact]
    public void A_mirrors_pinyin_after_characters_is_no_part_of_the_citation()
    {
        var document = new StoredDocument
        {
            Id = "m", FileName = "m.html", Sha256 = "03", IngestedAt = DateTimeOffset.UnixEpoch, Kind = DocumentKind.WebArticle,
            Date = new DateOnly(2022, 5, 14), Site = "黨(dǎng)建網(wǎng)",
        };
        var article = new StoredArticle { Id = "m-1", DocumentId = "m", Ordinal = 1, Title = "市長(zhǎng)在黨建職責(zé)述職工作會(huì)發(fā)言", Body = "正文。" };

        var citation = CitationFormatter.Format(article, document, new DateOnly(2026, 12, 5));

        Assert.Equal("市長在黨建職責述職工作會發言[EB/OL]. 黨建網, (2022-05-14)[2026-12-05].", citation.Gbt7714);
        Assert.Equal("黨建網 2022年5月14日", citation.Short);
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

    [Fact]
    public void A_newspaper_article_read_off_a_site_that_names_no_paper_is_cited_with_that_site_as_its_short_form_is()
    {
        var document = new StoredDocument
        {
            Id = "p", FileName = "p.txt", Sha256 = "05", IngestedAt = DateTimeOffset.UnixEpoch, Kind = DocumentKind.NewspaperPage,
            Date = new DateOnly(2018, 12, 30), Site = "经济网",
        };
        var article = new StoredArticle
        {
            Id = "p-1", DocumentId = "p", Ordinal = 1, Title = "贵州铜仁:创新党建模式助力脱贫攻坚", Page = 5, Authors = ["王新伟", "吴秉泽"], Body = "正文。",
        };

        var citation = CitationFormatter.Format(article, document, new DateOnly(2026, 12, 5));

        Assert.Equal("王新伟, 吴秉泽. 贵州铜仁:创新党建模式助力脱贫攻坚[N]. 经济网, 2018-12-30(5).", citation.Gbt7714);
        Assert.Equal("经济网 2018年12月30日", citation.Short);
    }

    [Theory]
    [InlineData(DocumentKind.WebArticle, "镇巴县人民政府工作规则: 镇政发〔2024〕7号[EB/OL]. (2024-04-06)[2026-12-05].")]
    [InlineData(DocumentKind.Notice, "镇巴县人民政府工作规则: 镇政发〔2024〕7号[A]. 2024-04-06.")]
    [InlineData(DocumentKind.Generic, "镇巴县人民政府工作规则: 镇政发〔2024〕7号[Z]. 2024-04-06.")]
    public void A_document_with_a_number_is_cited_by_it_wherever_it_was_read(DocumentKind kind, string expected)
    {
        var document = new StoredDocument
        {
            Id = "n", FileName = "n.txt", Sha256 = "06", IngestedAt = DateTimeOffset.UnixEpoch, Kind = kind,
            Date = new DateOnly(2024, 4, 6), DocNumber = "镇政发〔2024〕7号",
        };
        var article = new StoredArticle { Id = "n-1", DocumentId = "n", Ordinal = 1, Title = "镇巴县人民政府工作规则", Body = "正文。" };

        Assert.Equal(expected, CitationFormatter.Format(article, document, new DateOnly(2026, 12, 5)).Gbt7714);
    }

    [Theory]
    [InlineData(null, "浙江日报")]
    [InlineData("浙江日报", "浙江日报社")]
    public void An_unsigned_newspaper_article_begins_with_its_title_not_the_paper_named_after_it(string? series, string publisher)
    {
        // GB/T 7714: a text whose author is not known may begin with its title; the paper is named where it belongs.
        var document = new StoredDocument
        {
            Id = "p", FileName = "p.txt", Sha256 = "04", IngestedAt = DateTimeOffset.UnixEpoch, Kind = DocumentKind.NewspaperPage,
            Series = series, Date = new DateOnly(2024, 9, 25), Publisher = publisher,
        };
        var article = new StoredArticle { Id = "p-1", DocumentId = "p", Ordinal = 1, Title = "建立全国首个楼道党支部", Page = 4, Body = "正文。" };

        var citation = CitationFormatter.Format(article, document, new DateOnly(2026, 12, 5));

        Assert.Equal(series is null ? "建立全国首个楼道党支部[N]. 浙江日报, 2024-09-25(4)." : "浙江日报社. 建立全国首个楼道党支部[N]. 浙江日报, 2024-09-25(4).", citation.Gbt7714);
    }

    [Theory]
    [InlineData(15, "中共福州市委组织部. 平潭: 构建15分钟党群服务圈[J]. 福州组工, 2025(15): 2.")]
    [InlineData(null, "中共福州市委组织部. 平潭: 构建15分钟党群服务圈[N]. 福州组工, 2025-09-01(2).")]
    [InlineData(-15, "中共福州市委组织部. 平潭: 构建15分钟党群服务圈[N]. 福州组工.")]
    public void A_bulletin_article_is_cited_by_year_and_issue_where_the_issue_is_known(int? issue, string expected)
    {
        // A negative issue here stands for that issue of an undated bulletin: no year to cite it by.
        var document = new StoredDocument
        {
            Id = "b", FileName = "b.txt", Sha256 = "02", IngestedAt = DateTimeOffset.UnixEpoch, Kind = DocumentKind.Bulletin,
            Series = "福州组工", IssueNumber = issue is < 0 ? -issue : issue, Date = issue is < 0 ? null : new DateOnly(2025, 9, 1), Publisher = "中共福州市委组织部",
        };
        var article = new StoredArticle { Id = "b-1", DocumentId = "b", Ordinal = 1, Title = "平潭", Subtitle = "构建15分钟党群服务圈", Page = 2, Body = "正文。" };

        Assert.Equal(expected, CitationFormatter.Format(article, document, new DateOnly(2026, 12, 5)).Gbt7714);
    }

    [Theory]
    [InlineData(DocumentKind.WebArticle, "张三, 李四. 某县推行网格治理[EB/OL]. 某县先锋网, (2023-05-06)[2026-12-05].")]
    [InlineData(DocumentKind.Bulletin, "某县委组织部. 某县推行网格治理[N]. 某县先锋网, 2023-05-06.")]
    public void The_named_authors_answer_for_an_article_but_a_bulletin_item_is_its_departments(DocumentKind kind, string expected)
    {
        var document = new StoredDocument
        {
            Id = "w", FileName = "w.html", Sha256 = "03", IngestedAt = DateTimeOffset.UnixEpoch, Kind = kind,
            Series = kind == DocumentKind.Bulletin ? "某县先锋网" : null, Site = "某县先锋网", Date = new DateOnly(2023, 5, 6),
        };
        var article = new StoredArticle
        {
            Id = "w-1", DocumentId = "w", Ordinal = 1, Title = "某县推行网格治理", SourceDepartment = "某县委组织部", Authors = ["张三", "李四"], Body = "正文。",
        };

        Assert.Equal(expected, CitationFormatter.Format(article, document, new DateOnly(2026, 12, 5)).Gbt7714);
    }

    [Fact]
    public void A_web_page_is_cited_as_read_on_the_day_it_is_in_Beijing()
    {
        using var folder = new Chinese.BadInputTests.DataFolder();
        // 05:32 on 6 December in Beijing, while a server keeping UTC is still on the 5th.
        var clock = new At(new DateTimeOffset(2026, 12, 5, 21, 32, 0, TimeSpan.Zero));
        using var archive = ArchiveService.Open(new ArchiveOptions { DataDirectory = folder.Path }, ChineseLanguage.Shared, clock);
        var page = "<html><head><title>某县推行“党建+网格”治理模式_某县先锋网</title></head><body><h1>某县推行“党建+网格”治理模式</h1>" +
                   "<p>发布时间：2023-05-06 来源：某县委组织部</p><p>近日，某县推行“党建+网格”治理模式，把党组织建在网格上。</p></body></html>";

        var outcome = archive.IngestUpload("page.html", Encoding.UTF8.GetBytes(page));

        var citation = archive.GetArticle(outcome.DocumentId + "-1")!.Citation.Gbt7714;
        Assert.Contains("[EB/OL]", citation);
        Assert.EndsWith("[2026-12-06].", citation);
    }

    [Theory]
    [InlineData("<link rel=\"canonical\" href=\"https://www.mxxfw.gov.cn/dj/2023/0506/88.html\">", "", "https://www.mxxfw.gov.cn/dj/2023/0506/88.html")]
    [InlineData("<meta property=\"og:url\" content=\"http://mxxfw.gov.cn/a/88.html\">", "", "http://mxxfw.gov.cn/a/88.html")]
    [InlineData("", "<p>本文链接：https://www.mxxfw.gov.cn/a/88.html</p>", "https://www.mxxfw.gov.cn/a/88.html")]
    // The file's own address wins over one its text names; what is no web address is none.
    [InlineData("<link rel=\"Canonical\" href=\"https://a.gov.cn/1.html\">", "<p>网址：https://b.gov.cn/2.html</p>", "https://a.gov.cn/1.html")]
    [InlineData("<link rel=\"canonical\" href=\"javascript:alert(1)\">", "<p>地址：某县人民路1号</p>", null)]
    [InlineData("<meta property=\"og:url\" content='https://evil.example/\"><script>alert(1)</script>'>", "<p>本文链接：https://x.example/a\"onmouseover=\"alert(1)</p>", null)]
    // A bare 链接 line in the text is some other page's (a download), not this one's.
    [InlineData("", "<p>链接：https://pan.baidu.com/s/1abc</p>", null)]
    public void A_web_page_is_cited_with_the_address_it_was_read_from_where_it_gives_one(string head, string extra, string? address)
    {
        using var folder = new Chinese.BadInputTests.DataFolder();
        using var archive = ArchiveService.Open(new ArchiveOptions { DataDirectory = folder.Path }, ChineseLanguage.Shared, new At(new DateTimeOffset(2026, 12, 5, 2, 0, 0, TimeSpan.Zero)));
        var page = $"<html><head><title>某县推行网格治理_某县先锋网</title>{head}</head><body><h1>某县推行网格治理</h1>" +
                   $"<p>发布时间：2023-05-06 来源：某县委组织部</p><p>近日，某县推行网格治理模式，把党组织建在网格上。</p>{extra}</body></html>";

        var outcome = archive.IngestUpload("page.html", Encoding.UTF8.GetBytes(page));

        var article = archive.GetArticle(outcome.DocumentId + "-1")!;
        Assert.Equal(address, article.Document.SourceUrl);
        Assert.EndsWith(address is null ? "[2026-12-05]." : $"[2026-12-05]. {address}.", article.Citation.Gbt7714);
    }

    /// <summary>
    /// GB/T 7714-2015 (8.1.1) separates several 责任者 with commas, three at most then 等; a notice issued jointly names its
    /// issuers as it signs them, 鹤岗市人民政府、鹤岗市中级人民法院, which is one party to a reader of the citation.
    /// </summary>
    [Theory]
    [InlineData("notices/n051.txt", "鹤岗市人民政府, 鹤岗市中级人民法院. ")]
    [InlineData("notices/n058.txt", "中共上海市普陀区教育工作委员会, 上海市普陀区教育局. ")]
    public void A_notice_issued_jointly_names_its_issuers_apart_as_GBT_7714_separates_them(string file, string expected)
    {
        var corpus = Archive.Evaluation.Parsing.LabelledCorpus.FindUpwards(AppContext.BaseDirectory, "corpus/real")!;
        using var folder = new Chinese.BadInputTests.DataFolder();
        using var archive = ArchiveService.Open(new ArchiveOptions { DataDirectory = folder.Path });
        archive.IngestUpload(Path.GetFileName(file), File.ReadAllBytes(Path.Combine(corpus, file)));

        var hit = archive.Search(new SearchRequest()).Hits[0];
        var citation = archive.GetArticle(hit.ArticleId)!.Citation.Gbt7714;

        Assert.StartsWith(expected, citation);
    }

    [Theory]
    [InlineData("中共中央、国务院", "中共中央, 国务院. 题名[A].")]
    [InlineData("甲局、乙局、丙局、丁局", "甲局, 乙局, 丙局, 等. 题名[A].")]
    [InlineData("区政法委 区党委宣传部", "区政法委 区党委宣传部. 题名[A].")]
    [InlineData("县委组织部（县人才办、县老干部局、县公务员局、县编办）", "县委组织部（县人才办、县老干部局、县公务员局、县编办）. 题名[A].")] // one body's other names
    public void Joint_issuers_are_three_at_most_then_etc(string publisher, string expected)
    {
        var document = new StoredDocument
        {
            Id = "j", FileName = "j.txt", Sha256 = "05", IngestedAt = DateTimeOffset.UnixEpoch, Kind = DocumentKind.Notice, Publisher = publisher,
        };
        var article = new StoredArticle { Id = "j-1", DocumentId = "j", Ordinal = 1, Title = "题名", Body = "正文。" };

        Assert.Equal(expected, CitationFormatter.Format(article, document, new DateOnly(2026, 12, 5)).Gbt7714);
    }

    /// <summary>
    /// Writers and departments reporting jointly are listed apart wherever the citation names them: a page's author
    /// (谢倩、闫妍), a bulletin item's department; a 文号 printed without its 号 is cited with it, as staff cite it.
    /// </summary>
    [Fact]
    public void Joint_writers_and_departments_are_listed_apart_and_a_number_is_cited_with_its_hao()
    {
        var page = new StoredDocument
        {
            Id = "w", FileName = "w.txt", Sha256 = "06", IngestedAt = DateTimeOffset.UnixEpoch, Kind = DocumentKind.WebArticle, Author = "谢倩、闫妍",
        };
        var bulletin = new StoredDocument
        {
            Id = "b", FileName = "b.txt", Sha256 = "07", IngestedAt = DateTimeOffset.UnixEpoch, Kind = DocumentKind.Bulletin, Series = "某组工信息",
            IssueNumber = 3, Date = new DateOnly(2022, 3, 1),
        };
        var notice = new StoredDocument
        {
            Id = "n", FileName = "n.txt", Sha256 = "08", IngestedAt = DateTimeOffset.UnixEpoch, Kind = DocumentKind.Notice, Publisher = "湖州市委",
            DocNumber = "湖委发〔2018〕20",
        };
        StoredArticle Article(string document, string? department = null) =>
            new() { Id = document + "-1", DocumentId = document, Ordinal = 1, Title = "题名", Body = "正文。", SourceDepartment = department };
        var accessed = new DateOnly(2026, 12, 5);

        Assert.StartsWith("谢倩, 闫妍. 题名[EB/OL]", CitationFormatter.Format(Article("w"), page, accessed).Gbt7714);
        Assert.StartsWith("甲区委组织部, 乙区人社局. 题名[J]", CitationFormatter.Format(Article("b", "甲区委组织部、乙区人社局"), bulletin, accessed).Gbt7714);
        var cited = CitationFormatter.Format(Article("n"), notice, accessed);
        Assert.Equal("湖州市委. 题名: 湖委发〔2018〕20号[A].", cited.Gbt7714);
        Assert.Equal("湖委发〔2018〕20号", cited.Short);
    }

    [Fact]
    public void The_parser_alone_reads_the_address_as_ingest_does()
    {
        var page = "<html><head><title>某县推行网格治理</title><link rel=\"canonical\" href=\"https://www.mxxfw.gov.cn/a/88.html\"></head>" +
                   "<body><h1>某县推行网格治理</h1><p>发布时间：2023-05-06</p><p>近日，某县推行网格治理模式，把党组织建在网格上。</p></body></html>";

        var parsed = Archive.Indexer.Parsing.DocumentParser.CreateDefault().Parse(Archive.Indexer.Text.DocumentReader.Read("page.html", Encoding.UTF8.GetBytes(page)));

        Assert.Equal("https://www.mxxfw.gov.cn/a/88.html", parsed.SourceUrl);
    }

    private sealed class At(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    [Fact]
    public void A_newspaper_page_is_found_counted_and_cited_by_its_paper()
    {
        using var folder = new Chinese.BadInputTests.DataFolder();
        using var archive = ArchiveService.Open(new ArchiveOptions { DataDirectory = folder.Path });
        // Written here: the paper, its date and the 版次 on one line, and no series printed apart from it.
        const string page = """
            江淮晨报 2022年11月8日 星期二 第6版：基层党建

            “党员先锋岗”亮在生产一线
            本报记者　陈晨
            　　走进某工业园区的一家企业车间，“党员先锋岗”的红色标牌格外醒目。园区党委推动党员亮身份、当先锋。
            """;
        archive.IngestUpload("page.txt", Encoding.UTF8.GetBytes(page));

        var typed = archive.Search(new SearchRequest { Query = "刊物:江淮晨报" });
        var ticked = archive.Search(new SearchRequest { Filters = new Dictionary<FacetField, IReadOnlyList<string>> { [FacetField.Series] = ["江淮晨报"] } });

        var hit = Assert.Single(typed.Hits);
        Assert.Equal("江淮晨报", hit.Series);
        Assert.Equal(1, ticked.Total);
        Assert.Contains(typed.Facets[FacetField.Series], v => v.Value == "江淮晨报" && v.Count == 1);
        Assert.Equal("陈晨. “党员先锋岗”亮在生产一线[N]. 江淮晨报, 2022-11-08(6).", archive.GetArticle(hit.ArticleId)!.Citation.Gbt7714);
    }
}
