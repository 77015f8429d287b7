using Archive.Indexer.Ingestion;
using Archive.Indexer.Parsing;
using Archive.Indexer.Text;
using Archive.Indexer.Store;
using Archive.Indexer.Tests.Store;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Archive.Indexer.Tests.Ingestion;

public sealed class IngestionPipelineTests : IDisposable
{
    private static readonly string Samples = Path.Combine(AppContext.BaseDirectory, "samples");
    private readonly TempDirectory _temp = new();
    private readonly ArchiveStore _store;

    public IngestionPipelineTests() => _store = ArchiveStore.Open(_temp.File("data/archive.db"));

    public void Dispose()
    {
        _store.Dispose();
        _temp.Dispose();
    }

    private IngestionPipeline Pipeline(long maxFileBytes = 50L * 1024 * 1024) =>
        IngestionPipeline.Create(_store, maxFileBytes);

    private string Input(string relative, byte[] content)
    {
        var path = _temp.File(Path.Combine("in", relative));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        return path;
    }

    private string CopySample(string sample, string relative) => Input(relative, File.ReadAllBytes(Path.Combine(Samples, sample)));

    [Fact]
    public void A_folder_of_samples_is_stored_once_and_a_second_run_changes_nothing()
    {
        CopySample("000_037b87f1aeded1d9.txt", "组工 材料/安庆 第8期.txt");
        CopySample("003_19de08771915f546.txt", "通知/明电 2020.txt");
        CopySample("004_40c502aea08ad668.txt", "004.txt");

        var first = Pipeline().Ingest([_temp.File("in")]);
        var second = Pipeline().Ingest([_temp.File("in")]);

        Assert.Equal(3, first.Count(FileOutcomeStatus.New));
        Assert.False(first.HasFailures);
        var bulletin = first.Single(f => f.Path.EndsWith("安庆 第8期.txt", StringComparison.Ordinal));
        Assert.Equal(4, bulletin.Articles);
        Assert.Equal("安庆组工信息", _store.GetDocument(bulletin.DocumentId!)!.Series);
        Assert.Equal(File.ReadAllText(Path.Combine(Samples, "000_037b87f1aeded1d9.txt")).Replace("\r\n", "\n").Trim(),
            _store.GetOriginalText(bulletin.DocumentId!)!.Trim());
        Assert.Equal(3, second.Count(FileOutcomeStatus.Unchanged));
        Assert.Equal(0, second.Articles);
        Assert.Equal(new StoreCounts(3, first.Articles, 0), _store.GetCounts());
    }

    [Theory]
    [InlineData(500, false)]
    [InlineData(2_500, true)]
    public void A_file_of_more_articles_than_a_document_may_hold_is_refused_with_the_reason(int entries, bool refused)
    {
        var text = "组工信息\n" + string.Concat(Enumerable.Repeat("第8期\n中共安庆市委组织部编  2022年3月10日\n目  录\n宜秀区战疫一线党旗红……………………2\n", entries));
        var articles = DocumentParser.CreateDefault().Parse(ExtractedText.FromPlainText(text)).Articles.Count;

        var outcome = Pipeline().Ingest([Input("many.txt", System.Text.Encoding.UTF8.GetBytes(text))]).Single();

        Assert.Equal(refused, articles > ParsedDocument.MaxArticles);
        if (!refused)
        {
            Assert.Equal(FileOutcomeStatus.New, outcome.Status);
            Assert.Equal(articles, outcome.Articles);
        }
        else
        {
            Assert.Equal(FileOutcomeStatus.Failed, outcome.Status);
            Assert.Contains("more than the 2,000 a document may hold", outcome.Error);
            Assert.Equal(new StoreCounts(0, 0, 1), _store.GetCounts());
        }
    }

    /// <summary>
    /// A parse that spends its processor time (<see cref="ParseBudget"/>) fails that file with the reason, and the other
    /// files of the batch are stored: a budget of nothing stands for a text shaped to keep the parsers working.
    /// </summary>
    [Fact]
    public void A_file_whose_parse_spends_its_budget_fails_alone_with_the_reason()
    {
        var lines = Input("lines.txt", System.Text.Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("一、加强组织领导\n　　各单位要高度重视。\n", 10_000))));
        var sample = CopySample("003_19de08771915f546.txt", "notice.txt");
        var parser = new DocumentParser(DocumentParser.CreateDefault().Gazetteer, TimeSpan.Zero);

        var report = IngestionPipeline.Create(_store, parser: parser).Ingest([lines, sample]);

        var failed = report.Single(f => f.Path == lines);
        Assert.Equal(FileOutcomeStatus.Failed, failed.Status);
        Assert.Contains("took more than 0 s of processor time", failed.Error);
        Assert.Equal(FileOutcomeStatus.New, report.Single(f => f.Path == sample).Status);
        Assert.Equal(1, _store.GetCounts().Documents);
    }

    [Fact]
    public void The_same_bytes_under_two_names_make_one_document()
    {
        CopySample("003_19de08771915f546.txt", "a.txt");
        CopySample("003_19de08771915f546.txt", "副本/a copy.txt");

        var report = Pipeline().Ingest([_temp.File("in")]);

        Assert.Equal([FileOutcomeStatus.New, FileOutcomeStatus.Unchanged], report.Select(f => f.Status).Order());
        Assert.Single(report.Select(f => f.DocumentId).Distinct());
        Assert.Equal(1, _store.GetCounts().Documents);
    }

    [Fact]
    public void What_lies_beside_documents_in_a_folder_is_skipped_with_why_and_a_file_named_alone_is_read()
    {
        CopySample("003_19de08771915f546.txt", "通知.txt");
        Input("~$通知.docx", [0x06, .. "administrator"u8.ToArray()]);
        Input(".~lock.通知.docx#", "lock"u8.ToArray());
        Input("Thumbs.db", [0xD0, 0xCF, 0x11, 0xE0, 0, 0]);
        Input("manifest.json", "{\"about\": \"the folder's index\"}"u8.ToArray());
        var named = Input("notes/明电.json", File.ReadAllBytes(Path.Combine(Samples, "003_19de08771915f546.txt")));

        var report = Pipeline().Ingest([_temp.File("in")]);

        Assert.Equal(FileOutcomeStatus.New, report.Single(f => f.Path.EndsWith("通知.txt", StringComparison.Ordinal)).Status);
        var skipped = report.Where(f => f.Status == FileOutcomeStatus.Skipped).ToList();
        Assert.Equal(
            new HashSet<string> { "~$通知.docx", ".~lock.通知.docx#", "Thumbs.db", "manifest.json", "明电.json" },
            skipped.Select(f => Path.GetFileName(f.Path)).ToHashSet());
        Assert.All(skipped, f => Assert.Contains("not a document", f.Error ?? "", StringComparison.Ordinal));
        Assert.DoesNotContain(report, f => f.Status == FileOutcomeStatus.Failed);

        // Named on its own, a file is read whatever its name says.
        Assert.Equal(FileOutcomeStatus.Unchanged, Pipeline().Ingest([named]).Single().Status);
    }

    [Fact]
    public void A_zip_of_files_and_an_archives_own_data_folder_are_skipped_with_why()
    {
        CopySample("003_19de08771915f546.txt", "通知.txt");
        var zip = Input("往期简报.zip", [(byte)'P', (byte)'K', 3, 4, 0, 0]);
        Input("data/archive.db", [0x53, 0x51, 0x4C]);
        Input("data/originals/ab/abcdef", File.ReadAllBytes(Path.Combine(Samples, "004_40c502aea08ad668.txt")));

        var report = Pipeline().Ingest([_temp.File("in")]);

        Assert.Equal(FileOutcomeStatus.New, report.Single(f => f.Path.EndsWith("通知.txt", StringComparison.Ordinal)).Status);
        Assert.Contains("unpack it", report.Single(f => f.Path == zip).Error);
        Assert.Contains("an archive's data folder", report.Single(f => f.Path.EndsWith("data", StringComparison.Ordinal)).Error);
        Assert.Equal(3, report.Count); // nothing under data/ was read
        // Named on its own, the zip is still no document.
        Assert.Contains("unpack it", Pipeline().Ingest([zip]).Single().Error);
    }

    [Fact]
    public void An_edited_file_supersedes_its_previous_version()
    {
        var path = CopySample("003_19de08771915f546.txt", "notice.txt");
        var first = Pipeline().IngestFile(path);
        File.WriteAllText(path, File.ReadAllText(path).Replace("2020年1月27日", "2020年1月28日"));

        var second = Pipeline().IngestFile(path);

        Assert.Equal(FileOutcomeStatus.Superseded, second.Status);
        Assert.Equal(DocumentStatus.Superseded, _store.GetDocument(first.DocumentId!)!.Status);
        Assert.Equal(new DateOnly(2020, 1, 28), _store.GetDocument(second.DocumentId!)!.Date);
        Assert.Equal(1, _store.GetCounts().Documents);
    }

    [Fact]
    public void Bad_files_become_explained_failures_the_batch_goes_on_and_earlier_documents_stay()
    {
        var earlier = CopySample("000_037b87f1aeded1d9.txt", "a/earlier.txt");
        var kept = Pipeline().IngestFile(earlier);
        File.WriteAllBytes(earlier, []);
        Input("b/binary.txt", Enumerable.Range(0, 4096).Select(i => (byte)(i * 7919 % 256)).ToArray());
        Input("c/truncated.docx", [.. "PK\u0003\u0004"u8, .. new byte[300]]);
        Input("d/truncated.pdf", "%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pa"u8.ToArray());
        Input("e/encrypted.pdf", Text.TestDocuments.EncryptedPdf());
        Directory.CreateDirectory(_temp.File("in/f"));
        using (var huge = File.Create(_temp.File("in/f/huge 200MB.txt")))
        {
            huge.SetLength(200L * 1024 * 1024);
        }

        CopySample("004_40c502aea08ad668.txt", "g/正常 文件.txt");
        Directory.CreateDirectory(_temp.File("in/h"));
        Directory.CreateDirectory(_temp.File("in/i"));
        Directory.CreateSymbolicLink(_temp.File("in/h/loop"), _temp.File("in/h"));
        File.CreateSymbolicLink(_temp.File("in/i/x.txt"), _temp.File("in/i/y.txt"));
        File.CreateSymbolicLink(_temp.File("in/i/y.txt"), _temp.File("in/i/x.txt"));

        var report = Pipeline().Ingest([_temp.File("in"), _temp.File("missing/nowhere.txt")]);

        string Reason(string name) => report.Single(f => f.Path.EndsWith(name, StringComparison.Ordinal)).Error ?? "";
        Assert.Equal(FileOutcomeStatus.New, report.Single(f => f.Path.EndsWith("正常 文件.txt", StringComparison.Ordinal)).Status);
        Assert.Contains("empty", Reason("earlier.txt"));
        Assert.Contains("limit", Reason("huge 200MB.txt"));
        Assert.Contains("encrypted", Reason("encrypted.pdf"));
        Assert.Contains("loop", Reason("h/loop"));
        Assert.Contains("symbolic link", Reason("x.txt"));
        Assert.Contains("no such file", Reason("nowhere.txt"));
        foreach (var name in new[] { "binary.txt", "truncated.docx", "truncated.pdf" })
        {
            Assert.Equal(FileOutcomeStatus.Failed, report.Single(f => f.Path.EndsWith(name, StringComparison.Ordinal)).Status);
            Assert.NotEmpty(Reason(name));
        }

        Assert.Equal(10, report.Count(FileOutcomeStatus.Failed));
        Assert.Equal(10, _store.GetFailures().Count);
        Assert.Equal(DocumentStatus.Active, _store.GetDocument(kept.DocumentId!)!.Status);
        Assert.Equal(2, _store.GetCounts().Documents);
    }

    [Fact]
    public void A_file_whose_name_is_not_utf8_fails_saying_so_and_the_rest_is_stored()
    {
        var good = Input("通知.txt", "关于做好干部教育培训工作的通知\n\n各县区委组织部：请认真做好专题培训。"u8.ToArray());
        // 干部.txt with its name in GBK, as a Windows zip tool writes it: bytes .NET cannot write a name in, so the shell does.
        var shell = new System.Diagnostics.ProcessStartInfo("sh") { ArgumentList = { "-c", "printf x > \"$1/$(printf '\\270\\311\\262\\277.txt')\"", "sh", Path.GetDirectoryName(good)! } };
        using (var process = System.Diagnostics.Process.Start(shell)!) process.WaitForExit();

        var report = Pipeline().Ingest([_temp.File("in")]);

        Assert.Equal(2, report.Count);
        Assert.Equal(FileOutcomeStatus.New, report.Single(o => o.Path == good).Status);
        var gbk = report.Single(o => o.Path != good);
        Assert.Equal(FileOutcomeStatus.Failed, gbk.Status);
        Assert.Contains("its name is not UTF-8", gbk.Error);
    }

    [Fact]
    public void A_file_that_vanishes_during_the_batch_is_a_failure_and_the_rest_is_stored()
    {
        CopySample("000_037b87f1aeded1d9.txt", "1.txt");
        var vanishing = CopySample("003_19de08771915f546.txt", "2.txt");
        CopySample("004_40c502aea08ad668.txt", "3.txt");

        var report = Pipeline().Ingest([_temp.File("in")], new ImmediateProgress<IngestProgress>(p =>
        {
            if (p.FilesDone == 0)
            {
                File.Delete(vanishing);
            }
        }));

        Assert.Equal([FileOutcomeStatus.New, FileOutcomeStatus.Failed, FileOutcomeStatus.New], report.Select(f => f.Status));
        Assert.Contains("disappeared", report[1].Error);
    }

    [Fact]
    public void A_batch_stopped_between_files_completes_on_the_next_run_without_duplicates()
    {
        foreach (var sample in Directory.GetFiles(Samples))
        {
            CopySample(Path.GetFileName(sample), Path.GetFileName(sample));
        }

        using var stop = new CancellationTokenSource();
        Assert.ThrowsAny<OperationCanceledException>(() => Pipeline().Ingest([_temp.File("in")],
            new ImmediateProgress<IngestProgress>(p =>
            {
                if (p.FilesDone == 2)
                {
                    stop.Cancel();
                }
            }), stop.Token));
        Assert.Equal(2, _store.GetCounts().Documents);

        var resumed = Pipeline().Ingest([_temp.File("in")]);

        Assert.Equal(2, resumed.Count(FileOutcomeStatus.Unchanged));
        Assert.Equal(3, resumed.Count(FileOutcomeStatus.New));
        AssertNoDuplicates(5);
    }

    [Fact]
    public void Killing_the_ingest_process_mid_batch_leaves_a_consistent_store_that_a_rerun_completes()
    {
        var corpus = new Archive.Evaluation.Generation.CorpusGenerator(Archive.Evaluation.Generation.CorpusGenerator.DefaultDataPackagesFolder)
            .Generate(new Archive.Evaluation.Generation.GenerationOptions(3000, 11, _temp.File("corpus")));
        var data = _temp.File("killed");
        var startInfo = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "archive.dll"), "ingest", corpus.FilesDirectory, "--data", data, "--json" })
        {
            startInfo.ArgumentList.Add(argument);
        }

        using (var child = System.Diagnostics.Process.Start(startInfo)!)
        {
            var database = Path.Combine(data, "archive.db");
            var deadline = DateTime.UtcNow.AddMinutes(2);
            while (StoredSources(database) < 10 && !child.HasExited && DateTime.UtcNow < deadline)
            {
                Thread.Sleep(20);
            }

            Assert.False(child.HasExited, "the child finished before it could be killed: make the corpus larger");
            child.Kill(entireProcessTree: true);
            child.WaitForExit();
        }

        using var store = ArchiveStore.Open(Path.Combine(data, "archive.db"));
        var before = store.GetCounts().Documents;
        var resumed = IngestionPipeline.Create(store).Ingest([corpus.FilesDirectory]);

        Assert.InRange(before, 1, corpus.Files - 1);
        Assert.False(resumed.HasFailures, string.Join("\n", resumed.Where(f => f.Error is not null).Select(f => $"{f.Path}: {f.Error}")));
        Assert.Equal(before, resumed.Count(FileOutcomeStatus.Unchanged));
        var counts = store.GetCounts();
        Assert.Equal(corpus.Files, counts.Documents);
        using var connection = new SqliteConnection($"Data Source={Path.Combine(data, "archive.db")}");
        connection.Open();
        Assert.Equal("ok", connection.ExecuteScalar<string>("PRAGMA integrity_check"));
        Assert.Equal(counts.Articles, connection.ExecuteScalar<long>("SELECT COUNT(DISTINCT article_id) FROM changes"));
        Assert.Equal(0, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.document_id = d.id)"));
        SqliteConnection.ClearAllPools();
    }

    private static long StoredSources(string database)
    {
        if (!File.Exists(database))
        {
            return 0;
        }

        try
        {
            using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
            connection.Open();
            return connection.ExecuteScalar<long>("SELECT COUNT(*) FROM sources");
        }
        catch (SqliteException)
        {
            return 0;
        }
    }

    private void AssertNoDuplicates(int documents)
    {
        Assert.Equal(documents, _store.GetCounts().Documents);
        var ids = _store.ReadActiveArticles().SelectMany(b => b).Select(a => a.Article.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(ids.Count, _store.GetCounts().Articles);
    }

    [Fact]
    public void A_link_to_a_file_over_the_limit_fails_recording_the_size_of_the_file_it_leads_to()
    {
        var target = Input("outside/large.txt", System.Text.Encoding.UTF8.GetBytes(new string('党', 1000)));
        var link = _temp.File("in/docs/link.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(link)!);
        File.CreateSymbolicLink(link, target);

        var outcome = Pipeline(maxFileBytes: 1000).Ingest([link]).Single();

        Assert.Equal(FileOutcomeStatus.Failed, outcome.Status);
        Assert.Contains("over the", outcome.Error);
        using var connection = new SqliteConnection($"Data Source={_temp.File("data/archive.db")};Pooling=False");
        Assert.Equal(3000L, connection.ExecuteScalar<long?>("SELECT size FROM sources WHERE path = @link", new { link }));
    }

    [Fact]
    public void A_page_image_that_links_to_an_empty_file_fails_its_scanned_issue_before_it_is_read()
    {
        var empty = Input("outside/empty.jpg", []);
        Input("scan/page-1.jpg", [0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3]);
        File.CreateSymbolicLink(_temp.File("in/scan/page-2.jpg"), empty);

        // The link's folder is named too: a link leading out of the folders named is not followed.
        var outcome = Pipeline().Ingest([_temp.File("in/scan"), _temp.File("in/outside")]).Single(o => o.Path.EndsWith("scan", StringComparison.Ordinal));

        Assert.Equal(FileOutcomeStatus.Failed, outcome.Status);
        Assert.Equal($"page-2.jpg: {FileBytes.Empty}", outcome.Error);
    }

    [Fact]
    public void Links_leading_out_of_the_folders_named_are_skipped_saying_where_they_lead_and_naming_the_target_reads_it()
    {
        var secret = Input("home/notes.txt", System.Text.Encoding.UTF8.GetBytes("关于做好2022年度党员发展工作的通知\n各党支部：\n请按要求做好党员发展工作。\n"));
        CopySample("004_40c502aea08ad668.txt", "shared/bulletin.txt");
        Directory.CreateSymbolicLink(_temp.File("in/shared/home"), _temp.File("in/home"));
        File.CreateSymbolicLink(_temp.File("in/shared/notes.txt"), secret);
        Directory.CreateDirectory(_temp.File("in/shared/sub"));
        Directory.CreateSymbolicLink(_temp.File("in/shared/sub/up"), _temp.File("in/shared"));

        var shared = Pipeline().Ingest([_temp.File("in/shared")]);

        Assert.Equal(FileOutcomeStatus.New, shared.Single(o => o.Path.EndsWith("bulletin.txt", StringComparison.Ordinal)).Status);
        foreach (var link in new[] { "shared/home", "shared/notes.txt" })
        {
            var outcome = shared.Single(o => o.Path.EndsWith(link, StringComparison.Ordinal));
            Assert.Equal(FileOutcomeStatus.Skipped, outcome.Status);
            Assert.Contains("outside the folders named", outcome.Error);
        }
        Assert.Contains("loop", shared.Single(o => o.Path.EndsWith("sub/up", StringComparison.Ordinal)).Error);
        Assert.Equal(1, _store.GetCounts().Documents);

        var named = Pipeline().Ingest([_temp.File("in/shared"), _temp.File("in/home")]);

        Assert.Equal(FileOutcomeStatus.New, named.Single(o => o.Path.EndsWith("home/notes.txt", StringComparison.Ordinal)).Status);
        Assert.Equal(2, _store.GetCounts().Documents);
    }
}
