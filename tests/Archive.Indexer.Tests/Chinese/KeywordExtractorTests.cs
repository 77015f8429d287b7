using Archive.Indexer.Search.Indexing;

namespace Archive.Indexer.Tests.Chinese;

/// <summary>主题词 are words a reader would file the article under, never the segmenter model's guesses inside a name.</summary>
[Collection(SegmentationCollection.Name)]
public sealed class KeywordExtractorTests(SegmentationFixture fixture)
{
    [Fact]
    public void Pieces_of_names_are_no_keywords_and_places_and_domain_terms_are()
    {
        // Written here: a village secretary named three times, a village the vocabulary lacks, a county, domain terms.
        const string title = "塔元庄村党支部书记张宪丽带领群众发展特色产业";
        const string body = """
            近日，齐河县塔元庄村党支部书记张宪丽在主题党日活动上介绍了驻村工作队帮助村里发展特色产业的做法。
            张宪丽说，塔元庄村把创先争优落实到产业发展中，村集体经济收入逐年增长。
            县委组织部选派驻村第一书记，张宪丽和驻村干部一起走访农户，推动乡村振兴。
            """;

        var keywords = KeywordExtractor.For(fixture.Language).Extract(title, body);

        Assert.DoesNotContain("宪丽", keywords);
        Assert.DoesNotContain("塔元", keywords);
        Assert.DoesNotContain("庄村", keywords);
        Assert.Contains("驻村", keywords);
        Assert.Contains("创先争优", keywords);
    }

    [Fact]
    public void A_traditional_script_article_has_its_keywords_as_printed()
    {
        // Written here, in traditional script: the vocabularies are simplified, the article's words are not.
        const string title = "齊河縣推行駐村工作隊“包村聯戶”機制";
        const string body = """
            齊河縣組織駐村工作隊實行“包村聯戶”，每名隊員聯繫10戶群眾，定期走訪，幫助解決生產生活困難。
            縣委組織部把駐村工作隊員的表現作為選拔任用的重要依據，推動隊員在鄉村振興一線建功立業。
            """;

        var keywords = KeywordExtractor.For(fixture.Language).Extract(title, body);

        Assert.InRange(keywords.Count, 5, 8);
        Assert.Contains("駐村", keywords);
        Assert.Contains("齊河縣", keywords);
    }
}
