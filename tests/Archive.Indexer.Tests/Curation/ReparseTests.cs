using System.Text.Json;
using Archive.Indexer.Parsing;
using Archive.Indexer.Store;
using Archive.Indexer.Tests.Parsing;
using Archive.Indexer.Tests.Store;

namespace Archive.Indexer.Tests.Curation;

/// <summary>Reading a kept original again with the current parsers keeps what editors did and says where the parser disagrees.</summary>
public sealed class ReparseTests : IDisposable
{
    private const string Sample = "000_037b87f1aeded1d9.txt";
    private static readonly Editing Editor = new("张编辑");
    private readonly TempDirectory _temp = new();
    private readonly ArchiveService _archive;
    private readonly byte[] _bytes = File.ReadAllBytes(Path.Combine(Samples.Folder, Sample));

    public ReparseTests() => _archive = ArchiveService.Open(new ArchiveOptions { DataDirectory = _temp.File("data") });

    public void Dispose()
    {
        _archive.Dispose();
        _temp.Dispose();
    }

    private static Dictionary<string, JsonElement> Values(params (string Field, object? Value)[] values) =>
        values.ToDictionary(v => v.Field, v => CanonicalJson.Of(v.Value));

    private IReadOnlyList<SearchHit> Hits(string query) => _archive.Search(new SearchRequest { Query = query }).Hits;

    /// <summary>The sample stored as an older parser read it, with its original kept, as a later version finds it.</summary>
    private string StoredAsAnOlderParserReadIt(Func<ParsedDocument, ParsedDocument> older)
    {
        var source = new SourceFile("/in/第8期.txt", ContentIdentity.Sha256Hex(_bytes), _bytes.Length);
        var text = Samples.Read(Sample).Text;
        _archive.Store.Save(source, older(Samples.Parse(Sample)), text, original: new IncomingOriginal("第8期.txt", "text/plain", _bytes, source.Sha256));
        _archive.Reindex();
        return source.DocumentId;
    }

    private static ParsedArticle[] Articles(ParsedDocument parsed) => [.. parsed.Articles];

    [Fact]
    public void Corrections_survive_a_reparse_and_an_upload_of_the_same_file_which_report_where_the_parser_disagrees()
    {
        var document = _archive.IngestUpload("第8期.txt", _bytes).DocumentId!;
        var article = ContentIdentity.ArticleId(document, 2);
        _archive.CorrectArticle(article, Values(("title", "大观区在抗疫一线考察识别干部")), Editor);
        _archive.CorrectDocument(document, Values(("date", "2022-03-11")), Editor);

        var reparse = _archive.Reparse(document);
        var upload = _archive.IngestUpload("第8期.txt", _bytes);

        Assert.Equal((ReparseStatus.Reparsed, false), (reparse.Status, reparse.Changed));
        Assert.Equal(FileOutcomeStatus.Unchanged, upload.Status);
        foreach (var report in new[] { reparse, upload.Reparse! })
        {
            Assert.Equal([(document, "date", "\"2022-03-11\"", "\"2022-03-10\""), (article, "title", "\"大观区在抗疫一线考察识别干部\"", "\"大观区在疫情防控一线考察识别干部\"")],
                report.Disagreements.Select(d => (d.Target, d.Field, d.Corrected.GetRawText(), d.Parsed.GetRawText())).OrderBy(d => d.Field));
        }
        Assert.Equal("大观区在抗疫一线考察识别干部", _archive.GetArticle(article)!.Article.Title);
        Assert.Equal(new DateOnly(2022, 3, 11), _archive.GetArticle(article)!.Document.Date);
        Assert.Equal(article, Hits("标题:抗疫一线").Single().ArticleId);
        Assert.Equal(2, _archive.Corrections(document).Count);
    }

    [Fact]
    public void A_document_stored_before_texts_were_compressed_reparses_as_unchanged_and_reads_the_same()
    {
        var document = _archive.IngestUpload("第8期.txt", _bytes).DocumentId!;
        var original = _archive.GetDocument(document)!.OriginalText;
        var bodies = _archive.Store.GetArticlesOfDocument(document).ToDictionary(a => a.Id, a => a.Body);
        using (var connection = _archive.Store.Connect())
        {
            // As an archive.db written before compression holds them: plain TEXT, the original whole.
            Dapper.SqlMapper.Execute(connection, "UPDATE documents SET original_text = @original WHERE id = @document", new { original, document });
            foreach (var (id, body) in bodies) Dapper.SqlMapper.Execute(connection, "UPDATE articles SET body = @body WHERE id = @id", new { body, id });
        }

        var report = _archive.Reparse(document);

        Assert.Equal((ReparseStatus.Reparsed, false), (report.Status, report.Changed));
        Assert.Equal(0, _archive.GetDocument(document)!.Document.Revision);
        Assert.Equal(original, _archive.GetDocument(document)!.OriginalText);
        Assert.Equal(bodies, _archive.Store.GetArticlesOfDocument(document).ToDictionary(a => a.Id, a => a.Body));
    }

    [Fact]
    public void A_parser_that_now_reads_more_refreshes_what_editors_left_alone_and_adds_the_articles_it_finds()
    {
        var document = StoredAsAnOlderParserReadIt(parsed => parsed with
        {
            Articles = [.. Articles(parsed).Take(3).Select((a, i) => i == 0 ? a with { Section = "市外参考", Region = null } : a)],
        });
        var first = ContentIdentity.ArticleId(document, 1);
        _archive.CorrectArticle(first, Values(("region", "安庆市")), Editor);
        var revision = _archive.GetDocument(document)!.Document.Revision;

        var report = _archive.Reparse(document);

        Assert.True(report.Changed);
        Assert.Equal([first], report.ArticlesChanged);
        Assert.Equal([ContentIdentity.ArticleId(document, 4)], report.ArticlesAdded);
        var disagreement = Assert.Single(report.Disagreements);
        Assert.Equal((first, "region", "\"安徽省/安庆市\"", "\"安徽省/安庆市/宜秀区\""),
            (disagreement.Target, disagreement.Field, disagreement.Corrected.GetRawText(), disagreement.Parsed.GetRawText()));
        var corrected = _archive.GetArticle(first)!.Article;
        Assert.Equal(("市内信息", "安徽省/安庆市"), (corrected.Section, corrected.Region));
        Assert.Equal(ContentIdentity.ArticleId(document, 4), Hits("标题:旌德县").Single().ArticleId);
        Assert.Equal(revision + 1, _archive.GetDocument(document)!.Document.Revision);
        Assert.False(_archive.Reparse(document).Changed);
    }

    [Fact]
    public void An_article_the_parser_no_longer_finds_leads_to_the_one_holding_its_text()
    {
        var document = StoredAsAnOlderParserReadIt(parsed =>
        {
            var articles = Articles(parsed);
            var last = articles[^1];
            var paragraphs = ArticleParagraphs.Of(last.Body);
            // The older parser cut the 旌德 article in two after its first paragraph.
            return parsed with
            {
                Articles = [.. articles[..^1], last with { Body = paragraphs[0] }, new ParsedArticle { Title = "突出主战场", Body = ArticleParagraphs.Join(paragraphs.Skip(1)) }],
            };
        });
        var extra = ContentIdentity.ArticleId(document, 5);

        var report = _archive.Reparse(document);

        Assert.Equal(new Dictionary<string, string> { [extra] = ContentIdentity.ArticleId(document, 4) }, report.ArticlesRetired);
        Assert.Null(_archive.GetArticle(extra));
        Assert.Equal(ContentIdentity.ArticleId(document, 4), _archive.MergedInto(extra));
        Assert.Equal(4, ArticleParagraphs.Of(_archive.GetArticle(ContentIdentity.ArticleId(document, 4))!.Article.Body).Count);
        Assert.Equal(4, _archive.Stats().IndexedArticles);
        Assert.Equal(ContentIdentity.ArticleId(document, 4), Hits("\"强化三项重点\"").Single().ArticleId);
    }

    [Fact]
    public void A_split_and_a_merge_made_by_editors_stay_after_a_reparse()
    {
        var document = _archive.IngestUpload("第8期.txt", _bytes).DocumentId!;
        var split = _archive.SplitArticle(ContentIdentity.ArticleId(document, 1), 2, "宜秀区力量下沉基层", Editor).ArticleId!;
        _archive.MergeArticles(ContentIdentity.ArticleId(document, 2), ContentIdentity.ArticleId(document, 3), Editor);
        var before = _archive.GetDocument(document)!.Articles.Select(a => a.ArticleId).ToList();

        var report = _archive.Reparse(document);

        Assert.False(report.Changed);
        Assert.Equal(before, _archive.GetDocument(document)!.Articles.Select(a => a.ArticleId));
        var merged = Assert.Single(report.Disagreements);
        Assert.Equal((ContentIdentity.ArticleId(document, 3), "merge", $"\"{ContentIdentity.ArticleId(document, 2)}\""),
            (merged.Target, merged.Field, merged.Corrected.GetRawText()));
        Assert.Equal(split, Hits("\"双联系双报到双服务\"").Single().ArticleId);
        Assert.Equal(ContentIdentity.ArticleId(document, 2), Hits("\"火速集结\"").Single().ArticleId);
    }

    [Fact]
    public void A_document_without_a_kept_original_or_not_current_is_not_read_again()
    {
        var source = new SourceFile("/old/第8期.txt", ContentIdentity.Sha256Hex(_bytes), _bytes.Length);
        _archive.Store.Save(source, Samples.Parse(Sample), "");

        Assert.Equal(ReparseStatus.NoOriginal, _archive.Reparse(source.DocumentId).Status);
        Assert.Equal(ReparseStatus.NotFound, _archive.Reparse("0000000000000000").Status);
        Assert.True(_archive.DeleteDocument(source.DocumentId));
        Assert.Equal(ReparseStatus.NotFound, _archive.Reparse(source.DocumentId).Status);
    }
}
