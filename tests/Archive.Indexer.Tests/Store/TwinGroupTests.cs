using System.Text;
using Archive.Indexer.Parsing;
using Archive.Indexer.Store;
using Dapper;
using Microsoft.Data.Sqlite;
using Archive.Indexer.Chinese;

namespace Archive.Indexer.Tests.Store;

/// <summary>
/// The store decides near-duplicate groups as articles arrive and leave: a twin joins the first-stored article it is a
/// twin of, a leader that leaves hands its group on, and every article whose group changes is logged for the index.
/// </summary>
public sealed class TwinGroupTests : IDisposable
{
    private static readonly string Text = string.Concat(Enumerable.Range(0, 12).Select(i =>
        $"第{i}项工作中，组织部门坚持问题导向，围绕基层党组织建设开展专题调研{i * 7}次，形成可复制的经验做法。"));

    private readonly TempDirectory _temp = new();
    private readonly ArchiveStore _store;

    public TwinGroupTests() => _store = ArchiveStore.Open(_temp.File("data/archive.db"));

    public void Dispose()
    {
        _store.Dispose();
        _temp.Dispose();
    }

    /// <summary>Stores a one-article document at <paramref name="path"/>; its body is <paramref name="body"/>.</summary>
    private string Store(string path, string body, string title = "基层党建调研")
    {
        var bytes = Encoding.UTF8.GetBytes(title + body);
        var source = new SourceFile(path, ContentIdentity.Sha256Hex(bytes), bytes.Length);
        var parsed = new ParsedDocument { Kind = DocumentKind.WebArticle, Articles = [new ParsedArticle { Title = title, Body = body }] };
        var articles = ArchiveStore.ToStoredArticles(source.DocumentId, parsed).Select(a => a with { Fingerprint = SimHash.Compute(a.Body) }).ToList();
        _store.Save(source, parsed, title + body, articles);
        return articles[0].Id;
    }

    /// <summary>The same text with its n-th figure changed: a republication.</summary>
    private static string Edited(int n) => Text.Replace($"调研{n * 7}次", $"调研{n * 7 + 1}次");

    private string? Group(string articleId) => _store.GetArticle(articleId)!.TwinGroup;

    private static StoredArticle Fingerprinted(StoredArticle article) => article with { Fingerprint = SimHash.Compute(article.Body) };

    /// <summary>Stores a document of two articles; their ids.</summary>
    private (string First, string Second) StoreTwo(string path, string first, string second)
    {
        var bytes = Encoding.UTF8.GetBytes(path + first + second);
        var source = new SourceFile(path, ContentIdentity.Sha256Hex(bytes), bytes.Length);
        var parsed = new ParsedDocument
        {
            Kind = DocumentKind.Bulletin,
            Articles = [new ParsedArticle { Title = "甲", Body = first }, new ParsedArticle { Title = "乙", Body = second }],
        };
        var articles = ArchiveStore.ToStoredArticles(source.DocumentId, parsed).Select(Fingerprinted).ToList();
        _store.Save(source, parsed, first + second, articles);
        return (articles[0].Id, articles[1].Id);
    }

    /// <summary>
    /// Alike texts of lengths too far apart to be twins (the same text repeated more often each time) all lead, and a
    /// twin of the last is found past them: hostile29 weighed the first 32 leaders near an article only, so it stayed
    /// alone; now only leaders of a twin's length are read, from the index.
    /// </summary>
    [Fact]
    public void A_twin_is_found_past_many_alike_leaders_of_other_lengths()
    {
        var repeats = new List<int> { 1 };
        while (repeats.Count <= 40) repeats.Add((int)Math.Ceiling(repeats[^1] * 1.2) + 1);
        var leaders = repeats.Select((n, i) => Store($"/in/{i}.txt", string.Concat(Enumerable.Repeat(Text, n)))).ToList();
        Assert.All(leaders, leader => Assert.Null(Group(leader)));
        var fingerprints = leaders.Select(l => SimHash.Compute(_store.GetArticle(l)!.Body)!.Value).ToList();
        Assert.All(fingerprints, f => Assert.InRange(SimHash.Distance(f, fingerprints[^1]), 0, SimHash.MaxDistance));

        var twinOfTheLast = Store("/in/last.txt", string.Concat(Enumerable.Repeat(Text, repeats[^1])) + "。", "另一标题");

        Assert.Equal(leaders[^1], Group(twinOfTheLast));
        Assert.Equal(leaders[^1], Group(leaders[^1]));
    }

    /// <summary>
    /// A document of many articles alike but for a word: each joins the first, and only that leader is ever a candidate
    /// (members leave the leaders' indexes), so placing them reads no more rows per article as they grow; every member
    /// read for each new one made 5,000 of them cost 59 s of processor time (hostile30).
    /// </summary>
    [Fact]
    public void Members_are_no_candidates()
    {
        var bodies = Enumerable.Range(0, 300).Select(k => Text.Replace("第0项", $"第0项{k}")).ToList();
        var bytes = Encoding.UTF8.GetBytes(string.Concat(bodies));
        var source = new SourceFile("/in/alike.txt", ContentIdentity.Sha256Hex(bytes), bytes.Length);
        var parsed = new ParsedDocument { Kind = DocumentKind.Bulletin, Articles = [.. bodies.Select((b, i) => new ParsedArticle { Title = $"第{i}篇", Body = b })] };
        var articles = ArchiveStore.ToStoredArticles(source.DocumentId, parsed).Select(Fingerprinted).ToList();
        _store.Save(source, parsed, string.Concat(bodies), articles);

        Assert.All(articles, a => Assert.Equal(articles[0].Id, Group(a.Id)));
        using var connection = new SqliteConnection($"Data Source={_store.DatabasePath};Mode=ReadOnly");
        var parameters = TwinGroups.CandidatesOf(articles[0].Fingerprint!.Value, articles[^1].Body.Length);
        Assert.Equal([articles[0].Id], connection.Query<long>(TwinGroups.LeaderCandidates, parameters).Distinct()
            .Select(rowId => connection.ExecuteScalar<string>("SELECT id FROM articles WHERE rowid = @rowId", new { rowId })));
    }

    [Fact]
    public void An_article_merged_away_leaves_its_group_and_one_split_off_joins_its_twin()
    {
        var leader = Store("/in/a.txt", Text);
        var other = string.Concat(Text.Reverse());
        var (twin, next) = StoreTwo("/in/b.txt", Edited(1), other);
        Assert.Equal(leader, Group(twin));

        var merged = _store.Corrections.Merge(_store.GetArticle(twin)!.DocumentId, twin, next, new Editing("tests"), Fingerprinted);

        Assert.Equal(CorrectionStatus.Applied, merged.Status);
        // The survivor's text is now the twin's and another's: no longer a twin of the leader, which is alone again.
        Assert.Null(Group(twin));
        Assert.Null(Group(next));
        Assert.Null(Group(leader));

        var split = _store.Corrections.Split(_store.GetArticle(twin)!.DocumentId, twin, ArticleParagraphs.Of(Edited(1)).Count + 1, "拆出",
            new Editing("tests"), Fingerprinted);

        Assert.Equal(CorrectionStatus.Applied, split.Status);
        // Split back at the seam: the first part is the twin's text again and joins the leader.
        Assert.Equal(leader, Group(twin));
        Assert.Equal(leader, Group(leader));
        Assert.Null(Group(split.ArticleId!));
    }

    [Fact]
    public void Twins_join_the_first_stored_and_an_article_alone_has_no_group()
    {
        var first = Store("/in/a.txt", Text);
        Assert.Null(Group(first));
        var second = Store("/in/b.txt", Edited(1));
        var third = Store("/in/c.txt", Edited(2));
        var other = Store("/in/d.txt", string.Concat(Text.Reverse()));

        Assert.All(new[] { first, second, third }, id => Assert.Equal(first, Group(id)));
        Assert.Null(Group(other));
    }

    [Fact]
    public void When_the_leader_leaves_its_members_are_placed_again_in_the_order_they_came()
    {
        var first = Store("/in/a.txt", Text);
        var second = Store("/in/b.txt", Edited(1));
        var third = Store("/in/c.txt", Edited(2));
        var since = _store.CurrentSequence;

        Assert.True(_store.DeleteDocument(_store.GetArticle(first)!.DocumentId, new Editing("测试")));

        Assert.Null(Group(first));
        Assert.Equal(second, Group(second));
        Assert.Equal(second, Group(third));
        var logged = _store.GetChangesSince(since).Where(c => c.Kind == ArticleChangeKind.Upsert).Select(c => c.ArticleId).ToList();
        Assert.Contains(second, logged);
        Assert.Contains(third, logged);
    }

    [Fact]
    public void When_the_last_member_leaves_the_leader_is_alone_again()
    {
        var first = Store("/in/a.txt", Text);
        var second = Store("/in/b.txt", Edited(1));
        var since = _store.CurrentSequence;

        Assert.True(_store.DeleteDocument(_store.GetArticle(second)!.DocumentId, new Editing("测试")));

        Assert.Null(Group(first));
        Assert.Contains(_store.GetChangesSince(since), c => c.ArticleId == first && c.Kind == ArticleChangeKind.Upsert);
    }

    [Fact]
    public void A_leader_that_gains_its_first_twin_is_logged_for_the_index()
    {
        var first = Store("/in/a.txt", Text);
        var since = _store.CurrentSequence;

        var second = Store("/in/b.txt", Edited(1));

        var logged = _store.GetChangesSince(since).Select(c => c.ArticleId).ToList();
        Assert.Contains(first, logged);
        Assert.Contains(second, logged);
    }

    [Fact]
    public void A_superseded_version_leaves_its_group_and_comes_back_with_its_file()
    {
        var first = Store("/in/a.txt", Text);
        var second = Store("/in/b.txt", Edited(1));

        // The file changed by a sentence: the new version is a twin too, stored after the second.
        var changed = Store("/in/a.txt", Text + "补充说明。", title: "另一个标题");
        Assert.Null(Group(first));
        Assert.Equal(second, Group(second));
        Assert.Equal(second, Group(changed));

        Store("/in/a.txt", Text);
        Assert.Equal(second, Group(first));
        Assert.Null(Group(changed));
    }

    [Fact]
    public void A_twin_is_found_past_more_leaders_of_another_length_than_a_band_reads()
    {
        // X, then more leaders sharing X's first band than a band's reading holds (a repetition code keeps them apart from
        // each other and from X), 50 characters shorter; then T, X's twin by three bits, sharing that band alone with X.
        // Read shortest first, the shorter leaders filled the band's reading and T stayed alone.
        const ulong band0 = 0x1234;
        var x = band0 | 0xFFUL << 56;
        var xId = Save("/in/x.txt", [(Body(1000, 1), x)])[0];
        static ulong Decoy(int k)
        {
            var fingerprint = band0;
            for (var bit = 0; bit < 10; bit++)
                if ((k >> bit & 1) == 1) fingerprint |= 0xFUL << (16 + 4 * bit);
            return fingerprint;
        }
        Save("/in/others.txt", [.. Enumerable.Range(0, TwinGroups.MaxCandidatesPerBand + 1).Select(k => (Body(950, k + 10), Decoy(k)))]);
        var t = x ^ 1UL << 20 ^ 1UL << 36 ^ 1UL << 52;
        Assert.True(SimHash.AreTwins(x, 1000, t, 1000));

        var tId = Save("/in/t.txt", [(Body(1000, 99_999), t)])[0];

        Assert.Equal(xId, Group(tId));
    }

    [Fact]
    public void A_title_correction_that_gives_an_article_another_fingerprint_places_it_again()
    {
        // An article fingerprinted otherwise (as an older build did) is alone beside its twin until a correction of its
        // title computes its fingerprint anew: then it joins the twin.
        var leader = Store("/in/a.txt", Text);
        var older = Save("/in/b.txt", [(Text + "另附说明。", ~SimHash.Compute(Text)!.Value)])[0];
        Assert.Null(Group(older));
        var title = CorrectableField.Article.Single(f => f.Name == "title");

        var corrected = _store.Corrections.Correct(_store.GetArticle(older)!.DocumentId, older, [(title, CanonicalJson.Of("新的标题"))],
            new Editing("tests"), Fingerprinted);

        Assert.Equal(CorrectionStatus.Applied, corrected.Status);
        Assert.Equal(leader, Group(older));
    }

    /// <summary>Stores a document of the given bodies with the given fingerprints; the articles' ids.</summary>
    private List<string> Save(string path, IReadOnlyList<(string Body, ulong Fingerprint)> bodies)
    {
        var bytes = Encoding.UTF8.GetBytes(path + string.Concat(bodies.Select(b => b.Body)));
        var source = new SourceFile(path, ContentIdentity.Sha256Hex(bytes), bytes.Length);
        var parsed = new ParsedDocument { Kind = DocumentKind.Bulletin, Articles = [.. bodies.Select((b, i) => new ParsedArticle { Title = $"第{i}篇", Body = b.Body })] };
        var articles = ArchiveStore.ToStoredArticles(source.DocumentId, parsed).Select((a, i) => a with { Fingerprint = bodies[i].Fingerprint }).ToList();
        _store.Save(source, parsed, string.Concat(bodies.Select(b => b.Body)), articles);
        return [.. articles.Select(a => a.Id)];
    }

    /// <summary>A text of distinct ideographs, of the given length.</summary>
    private static string Body(int length, int seed) => string.Concat(Enumerable.Range(0, length).Select(i => (char)(0x4E00 + (seed * 7919 + i * 31) % 20000)));

    [Fact]
    public void Candidates_are_read_from_the_leaders_band_indexes_alone()
    {
        using var connection = new SqliteConnection($"Data Source={_store.DatabasePath};Mode=ReadOnly");
        var plan = connection.Query("EXPLAIN QUERY PLAN " + TwinGroups.LeaderCandidates,
                new { band0 = 1, band1 = 2, band2 = 3, band3 = 4, length = 100, shortest = 90, longest = 112 })
            .Select(row => (string)row.detail).ToList();

        Assert.Equal(8, plan.Count(p => p.Contains("USING COVERING INDEX articles_leader_band", StringComparison.Ordinal)
            && p.Contains("leader_length>? AND leader_length<?", StringComparison.Ordinal)));
        Assert.DoesNotContain(plan, p => p.Contains("SCAN articles", StringComparison.Ordinal) || p.Contains("TEMP B-TREE", StringComparison.Ordinal));
    }
}
