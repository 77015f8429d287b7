using System.Text;
using System.Text.RegularExpressions;
using Archive.Evaluation.Generation;
using Archive.Indexer.Tests.Store;
using Archive.Indexer.Text;

namespace Archive.Indexer.Tests.Search;

/// <summary>
/// The property of counts that hold, over archives drawn at random (one per seed: generated articles, a random share
/// of them republished one to three times, the copies arriving in two later batches, then leaders of groups deleted
/// so that their members are regrouped): for page sizes drawn at random and the sizes at the edges, the union of all
/// pages is the export, and the export is the collapsed match set: every group of the matches (as the store keeps
/// groups) exactly once; by date, its first copy in the list of every copy.
/// </summary>
public sealed partial class CountsThatHoldPropertyTests : IDisposable
{
    private static readonly string[] Words = ["党建", "组织", "干部", "人才", "基层", "工作", "党员 OR 群众"];

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData(3)]
    [InlineData(17)]
    [InlineData(2024)]
    public void Pages_of_any_size_export_and_collapsed_matches_agree_as_twins_arrive_and_leave(int seed)
    {
        var random = new Random(seed);
        using var archive = ArchiveService.Open(new ArchiveOptions { DataDirectory = _temp.File("data"), SearchCacheEntries = 0 });
        var corpus = new CorpusGenerator(CorpusGenerator.DefaultDataPackagesFolder).Generate(new GenerationOptions(60, seed, _temp.File("corpus")));
        archive.Ingest([corpus.FilesDirectory]);
        var searches = new List<SearchRequest> { new() { Sort = SearchSort.Newest }, new() { Sort = SearchSort.Oldest } };
        searches.AddRange(random.GetItems(Words, 2).Distinct().Select(w => new SearchRequest { Query = w, Sort = SearchSort.Relevance }));
        searches.Add(new SearchRequest { Query = random.GetItems(Words, 1)[0], Sort = SearchSort.Newest });

        // Copies arrive in two batches after the originals are indexed, joining groups already in the index.
        var files = Directory.GetFiles(corpus.FilesDirectory, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        foreach (var batch in new[] { "copies-1", "copies-2" })
        {
            var folder = _temp.File(batch);
            Directory.CreateDirectory(folder);
            foreach (var (file, number) in files.Select((f, i) => (f, i)).Where(_ => random.NextDouble() < 0.4))
            {
                var text = DocumentReader.Read(file, File.ReadAllBytes(file)).Text;
                var copies = random.Next(1, 4);
                for (var copy = 1; copy <= copies; copy++)
                {
                    var shift = random.Next(1, 6);
                    File.WriteAllText(Path.Combine(folder, $"{number}-{copy}.txt"),
                        Year().Replace(text, m => (int.Parse(m.Value) + shift).ToString(), 1), Encoding.UTF8);
                }
            }
            archive.Ingest([folder]);
            var grouped = Check(archive, searches, random);
            Assert.True(grouped >= 10, $"only {grouped} copies hidden in groups: the archive should hold many twins");
        }

        // Leaders leave: their members are regrouped in the store, and the index must follow.
        for (var departure = 0; departure < 3; departure++)
        {
            var leaders = AllCopies(archive, new SearchRequest { Sort = SearchSort.Newest })
                .Select(id => Group(archive, id)).GroupBy(g => g).Where(g => g.Count() >= 2).Select(g => g.Key).ToList();
            Assert.NotEmpty(leaders);
            var leader = archive.GetArticle(leaders[random.Next(leaders.Count)])!;
            Assert.True(archive.DeleteDocument(leader.Document.Id));
            Check(archive, searches, random);
        }
    }

    /// <summary>Checks the property for every search; the number of copies hidden behind a representative.</summary>
    private static int Check(ArchiveService archive, IEnumerable<SearchRequest> searches, Random random)
    {
        var hidden = 0;
        foreach (var search in searches)
        {
            var request = search with { WithHighlights = false, WithFacets = false, WithPartialMatches = false };
            List<string> exported;
            using (var export = archive.Export(request, 100_000))
            {
                exported = export.Hits.Select(h => h.ArticleId).ToList();
                Assert.Equal(export.Total, exported.Count);
            }
            Assert.True(exported.Count > 0, $"{search.Query}: no matches");

            var sizes = new[] { 1, SearchRequest.MaxPageSize, exported.Count, random.Next(2, 100), random.Next(2, 100) };
            foreach (var size in sizes.Distinct().Where(s => s <= SearchRequest.MaxPageSize))
            {
                var pages = Enumerable.Range(1, (exported.Count + size - 1) / size)
                    .Select(p => archive.Search(request with { Page = p, PageSize = size })).ToList();
                Assert.All(pages, page => Assert.Equal(exported.Count, page.Total));
                Assert.Equal(exported, pages.SelectMany(p => p.Hits).Select(h => h.ArticleId));
            }

            var everyCopy = AllCopies(archive, request);
            var groupsOfCopies = everyCopy.Select(id => Group(archive, id)).ToList();
            Assert.Equal(groupsOfCopies.ToHashSet(), exported.Select(id => Group(archive, id)).ToHashSet());
            Assert.Equal(exported.Count, exported.Select(id => Group(archive, id)).Distinct().Count());
            if (search.Sort != SearchSort.Relevance)
            {
                // By date both lists are in the one order: a group stands at its first copy's date there, shown by its
                // leader when the leader has that date too (copies of one date are told apart by their place in the
                // group, never by where the index holds them).
                var firstCopies = everyCopy.Zip(groupsOfCopies).DistinctBy(p => p.Second).ToList();
                Assert.Equal(firstCopies.Select(p => DateOf(archive, p.First)), exported.Select(id => DateOf(archive, id)));
                foreach (var (copy, group) in firstCopies)
                {
                    var shown = exported.Single(id => Group(archive, id) == group);
                    Assert.Equal(DateOf(archive, copy), DateOf(archive, shown));
                    if (everyCopy.Contains(group) && DateOf(archive, group) == DateOf(archive, copy)) Assert.Equal(group, shown);
                }
            }
            hidden += everyCopy.Count - exported.Count;
        }
        return hidden;
    }

    /// <summary>Every matching article, copies included, paging until the list ends.</summary>
    private static List<string> AllCopies(ArchiveService archive, SearchRequest request)
    {
        var all = new List<string>();
        for (var page = 1; ; page++)
        {
            var hits = archive.Search(request with { Page = page, PageSize = SearchRequest.MaxPageSize, CollapseDuplicates = false, WithFacets = false, WithHighlights = false }).Hits;
            all.AddRange(hits.Select(h => h.ArticleId));
            if (hits.Count < SearchRequest.MaxPageSize) return all;
        }
    }

    private static DateOnly? DateOf(ArchiveService archive, string articleId) => archive.GetArticle(articleId)!.Document.Date;

    /// <summary>The article's group as the store keeps it: its leader, or itself when alone.</summary>
    private static string Group(ArchiveService archive, string articleId) => archive.GetArticle(articleId)!.Article.TwinGroup ?? articleId;

    [GeneratedRegex("20[12][0-9]")]
    private static partial Regex Year();
}
