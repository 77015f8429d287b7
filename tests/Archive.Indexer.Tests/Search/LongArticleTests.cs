using System.Text;
using Archive.Indexer.Search.Indexing;

namespace Archive.Indexer.Tests.Search;

/// <summary>
/// An article far longer than any real one (a file of one endless line) is stored whole and searchable in its first
/// million characters: indexing it whole held a gigabyte and a half for 40 MB of text.
/// </summary>
public sealed class LongArticleTests(LongArticleTests.Articles articles) : IClassFixture<LongArticleTests.Articles>
{
    public sealed class Articles : PageArchive
    {
        public Articles()
        {
            var filler = string.Concat(Enumerable.Repeat("全县各级党组织认真开展学习教育。", ArticleDocument.MaxIndexedBodyLength / 16 + 1));
            DocumentId = Add("long.txt", "一篇极长的文章", "开篇讲到墩苗计划。" + filler + "结尾讲到星级管理。");
        }

        public string DocumentId { get; }
    }

    [Fact]
    public void Its_first_million_characters_are_searchable_and_all_of_it_is_stored()
    {
        var archive = articles.Archive;

        Assert.Equal(1, archive.Search(new SearchRequest { Query = "墩苗计划" }).FullMatches);
        Assert.Equal(0, archive.Search(new SearchRequest { Query = "星级管理" }).FullMatches);
        var stored = Assert.Single(archive.GetDocument(articles.DocumentId)!.Articles);
        Assert.EndsWith("结尾讲到星级管理。", archive.FindArticle(stored.ArticleId)!.Body);
    }
}
