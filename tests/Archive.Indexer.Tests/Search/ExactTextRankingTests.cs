using System.Text;
using Archive.Indexer.Tests.Store;

namespace Archive.Indexer.Tests.Search;

/// <summary>A query word made of several words ranks the articles with its exact text above those with its words apart.</summary>
public sealed class ExactTextRankingTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly ArchiveService _archive;

    public ExactTextRankingTests()
    {
        _archive = ArchiveService.Open(new ArchiveOptions { DataDirectory = _temp.File("data") });
        // About as long as each other; the scattered words occur three times each, never within a dozen words.
        const string between = "在重大任务中识别人才，坚持标准，注重实绩，强化培训，完善机制，加强管理，严格监督，落实责任，";
        Upload("exact.txt", "东城区工作动态", $"东城区今年以来着力选拔年轻干部。{between}{between}{between}{between}全区推进乡村振兴各项工作。");
        Upload("apart.txt", "西城区工作动态", $"西城区注重选拔，{between}年轻干部得到锻炼。{between}坚持选拔标准，{between}年轻干部成长较快。{between}选拔年度人选，年轻干部踊跃。全区推进乡村振兴各项工作。");
    }

    public void Dispose()
    {
        _archive.Dispose();
        _temp.Dispose();
    }

    private void Upload(string name, string title, string body) =>
        Assert.Equal(FileOutcomeStatus.New, _archive.IngestUpload(name, Encoding.UTF8.GetBytes($"{title}\n\n{body}\n")).Status);

    [Theory]
    [InlineData("选拔年轻干部")]
    [InlineData("选拔年轻干部 乡村振兴")]
    public void The_exact_text_ranks_first(string query)
    {
        var hits = _archive.Search(new SearchRequest { Query = query }).Hits;

        Assert.Equal(["东城区工作动态", "西城区工作动态"], hits.Select(h => h.Title));
    }
}
