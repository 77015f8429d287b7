using System.Text;
using Archive.HostileInputs;
using Archive.Indexer.Search.Indexing;
using Archive.Indexer.Tests.Store;
using Archive.Indexer.Tests.Text;
using Archive.Indexer.Text;
using Archive.Indexer.Text.Isolation;

namespace Archive.Indexer.Tests.Abuse;

/// <summary>
/// Files built to crash, stall or bloat the readers go through the real ingestion, one archive for all of them:
/// each is stored or refused with a reason in words, never a crash of this process nor of a reader process
/// (a bound answers first); afterwards the archive still takes,
/// finds and deletes documents, and opens again at once. (The five-second answers are the `abuse` bench's to
/// time; here a watchdog only catches a hang.)
/// </summary>
public sealed class HostileFileTests : IDisposable
{
    private static readonly TimeSpan Hang = TimeSpan.FromSeconds(90);
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void After_every_hostile_file_the_archive_still_ingests_finds_deletes_and_reopens()
    {
        var options = new ArchiveOptions { DataDirectory = _temp.File("data") };
        var files = HostileFiles.Known().Concat(HostileFiles.Random(seed: 7, count: 60)).ToList();
        using (var archive = ArchiveService.Open(options))
        {
            foreach (var file in files)
            {
                var outcome = Watchdog(() => archive.IngestUpload(file.FileName, file.Content));
                Assert.True(outcome.Status is FileOutcomeStatus.New or FileOutcomeStatus.Unchanged or FileOutcomeStatus.Superseded
                            || outcome.Error is { Length: > 0 }, $"{file}: {outcome.Status} without a reason");
                // A bound answers before the reader process crashes; a stack trace is no reason.
                Assert.False(outcome.Error?.Contains("crashed") ?? false, $"{file}: {outcome.Error}");
                Assert.False(outcome.Error?.Contains("   at ") ?? false, $"{file}: {outcome.Error}");
            }
            Assert.Empty(archive.IndexFailures());

            var good = archive.IngestUpload("after.txt", "关于做好干部教育培训工作的通知\n\n各县区委组织部：请认真做好红旗渠精神专题培训。"u8.ToArray());
            Assert.Equal(FileOutcomeStatus.New, good.Status);
            Assert.Equal(1, archive.Search(new SearchRequest { Query = "红旗渠精神" }).Total);
            Assert.True(archive.DeleteDocument(good.DocumentId!));
            Assert.Equal(0, archive.Search(new SearchRequest { Query = "红旗渠精神" }).Total);
            // A hostile file that was stored shows in results without slowing them down.
            Assert.NotEmpty(archive.Search(new SearchRequest { Query = "干部" }).Hits);
        }
        using var reopened = ArchiveService.Open(options);
        Assert.Null(reopened.Repair);
        Assert.NotEmpty(reopened.Search(new SearchRequest { Query = "干部" }).Hits);
    }

    public static TheoryData<string, byte[]> FilesWithoutText => new()
    {
        { "empty.html", "<html><head><title></title></head><body></body></html>"u8.ToArray() },
        { "scripts.html", "<html><head><script>var a = 1;</script><style>p { }</style></head><body><nav>首页</nav></body></html>"u8.ToArray() },
        { "empty.docx", TestDocuments.Docx() },
        { "zero-width.txt", System.Text.Encoding.UTF8.GetBytes("\u200B\u200C\u00A0\n\u3000\u2060\u200D\n") },
        { "marks.txt", System.Text.Encoding.UTF8.GetBytes(new string('\u0301', 100_000) + "\u20DD\u0903") },
        { "punctuation.txt", System.Text.Encoding.UTF8.GetBytes("，。！？……——《》“”\n★☆※\n") },
        { "emoji.txt", System.Text.Encoding.UTF8.GetBytes("😀👍🏽👨‍👩‍👧\n🏳️‍🌈") },
    };

    [Theory]
    [MemberData(nameof(FilesWithoutText))]
    public void A_file_without_text_is_refused_with_the_reason_not_stored_as_an_empty_article(string name, byte[] content)
    {
        using var archive = ArchiveService.Open(new ArchiveOptions { DataDirectory = _temp.File("data") });

        var outcome = archive.IngestUpload(name, content);

        Assert.Equal(FileOutcomeStatus.Failed, outcome.Status);
        Assert.Contains("no text", outcome.Error);
        Assert.Equal(0, archive.Stats().Documents);
    }

    [Fact]
    public void A_file_of_more_lines_than_a_document_holds_is_refused_before_parsing_and_blank_lines_do_not_count()
    {
        using var archive = ArchiveService.Open(new ArchiveOptions { DataDirectory = _temp.File("data") });
        var lines = new string('\n', 1_000_000) + string.Concat(Enumerable.Repeat("干\n", ExtractedText.MaxLines));
        Assert.Equal(FileOutcomeStatus.New, archive.IngestUpload("blank.txt", System.Text.Encoding.UTF8.GetBytes(lines)).Status);

        var outcome = archive.IngestUpload("lines.txt", System.Text.Encoding.UTF8.GetBytes(lines + "部\n"));

        Assert.Equal(FileOutcomeStatus.Failed, outcome.Status);
        Assert.Contains("200,000 lines", outcome.Error);
        Assert.Equal(1, archive.Stats().Documents);
    }

    [Fact]
    public void A_term_longer_than_the_index_allows_is_left_out_and_the_rest_of_the_file_is_searchable()
    {
        using var archive = ArchiveService.Open(new ArchiveOptions { DataDirectory = _temp.File("data") });
        var text = "附件编码说明\n\n红旗渠精神专题培训" + new string('Q', 40_000) + " 结束语在这里。";

        var outcome = archive.IngestUpload("long.txt", System.Text.Encoding.UTF8.GetBytes(text));

        Assert.Equal(FileOutcomeStatus.New, outcome.Status);
        Assert.Empty(archive.IndexFailures());
        Assert.Equal(1, archive.Search(new SearchRequest { Query = "红旗渠精神" }).Total);
        Assert.Equal(1, archive.Search(new SearchRequest { Query = "结束语" }).Total);
        Assert.Equal(FileOutcomeStatus.New, archive.IngestUpload("next.txt", "下一份文件\n\n正常的正文。"u8.ToArray()).Status);
    }

    [Fact]
    public void An_article_of_one_character_repeated_is_indexed_a_bounded_number_of_times_and_still_found()
    {
        // A query of that character 400 times read every position of 400 bigrams in it: 17 s of a core at 5 M characters.
        var body = new string('党', 200_000) + "\n红旗渠精神专题培训";
        using var analysis = TextAnalysis.For(Archive.Indexer.Chinese.ChineseLanguage.Shared);

        var indexed = IndexedBody(analysis, body);

        // Only terms past the first MaxOccurrences tokens of the field are counted: at most twice the bound.
        Assert.Equal(2 * RepeatedTermFilter.MaxOccurrences, indexed.Count(t => t.Term == "党党"));
        // The terms after them keep their places: exact texts across the cut still match.
        Assert.Equal(TextAnalysis.Tokens(analysis.Bigrams, body).First(t => t.Term == "红旗").Position, indexed.First(t => t.Term == "红旗").Position);
        using var archive = ArchiveService.Open(new ArchiveOptions { DataDirectory = _temp.File("data") });
        Assert.Equal(FileOutcomeStatus.New, archive.IngestUpload("one.txt", System.Text.Encoding.UTF8.GetBytes("一个字\n\n" + body)).Status);
        Assert.Equal(1, archive.Search(new SearchRequest { Query = $"\"{new string('党', 400)}\"" }).Total);
        Assert.Equal(1, archive.Search(new SearchRequest { Query = "\"党红旗渠精神\"" }).Total);
    }

    [Fact]
    public void An_article_of_millions_of_distinct_terms_gives_the_index_a_bounded_number_of_them()
    {
        // Random characters make a new bigram almost every character: 7 million of them took 39 s of a core and 2.6 GB to index.
        var random = new Random(7);
        var noise = new string(Enumerable.Range(0, RepeatedTermFilter.MaxDistinctTerms + 200_000).Select(_ => (char)random.Next(0x4E00, 0x9FA6)).ToArray());
        var body = "红旗渠精神专题培训\n" + noise + "\n红旗渠精神";
        using var analysis = TextAnalysis.For(Archive.Indexer.Chinese.ChineseLanguage.Shared);

        var indexed = IndexedBody(analysis, body);

        var distinct = indexed.Select(t => t.Term).Distinct().Count();
        Assert.InRange(distinct, RepeatedTermFilter.MaxDistinctTerms, RepeatedTermFilter.MaxDistinctTerms + RepeatedTermFilter.MaxOccurrences);
        // The field's first tokens are never left out: the article is still found by its opening text.
        Assert.Contains(indexed, t => t.Term == "红旗" && t.Position == 0);
    }

    /// <summary>The body's bigrams with their positions, as the index writer gets them.</summary>
    private static List<(string Term, int Position)> IndexedBody(TextAnalysis analysis, string body)
    {
        var tokens = new List<(string, int)>();
        using var stream = analysis.Index.GetTokenStream(IndexFields.BodyBigrams, body);
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        var increment = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.IPositionIncrementAttribute>();
        stream.Reset();
        for (var position = -1; stream.IncrementToken();) tokens.Add((term.ToString(), position += increment.PositionIncrement));
        stream.End();
        return tokens;
    }

    [Fact]
    public async Task A_named_pipe_among_the_files_is_refused_unread_and_the_batch_goes_on()
    {
        Directory.CreateDirectory(_temp.File("in"));
        Assert.Equal(0, MakeFifo(_temp.File("in/pipe.txt"), 0b110_110_110));
        Directory.CreateDirectory(_temp.File("in/scan")); // a folder of page images is one scanned issue
        File.WriteAllBytes(_temp.File("in/scan/page-1.png"), [0x89, (byte)'P', (byte)'N', (byte)'G']);
        Assert.Equal(0, MakeFifo(_temp.File("in/scan/page-2.png"), 0b110_110_110));
        File.WriteAllText(_temp.File("in/notice.txt"), "关于做好红旗渠精神专题培训的通知\n\n各县区委组织部：请认真组织。");
        using var archive = ArchiveService.Open(new ArchiveOptions { DataDirectory = _temp.File("data") });

        var batch = Task.Run(() => archive.Ingest([_temp.File("in")]));
        // A watchdog for a hang only: reading a pipe waits for a writer, for ever if none comes.
        var answered = await Task.WhenAny(batch, Task.Delay(Hang)) == batch;
        if (!answered)
        {
            // Lets a stuck reader go (opening a pipe to write waits for its reader: not awaited).
            _ = Task.Run(() => File.WriteAllBytes(_temp.File("in/pipe.txt"), []));
            _ = Task.Run(() => File.WriteAllBytes(_temp.File("in/scan/page-2.png"), []));
        }
        Assert.True(answered, "the batch waits on the pipe");

        var pipe = Assert.Single(await batch, f => f.Path.EndsWith("pipe.txt", StringComparison.Ordinal));
        Assert.Equal(FileOutcomeStatus.Failed, pipe.Status);
        Assert.Contains("empty", pipe.Error);
        var scan = Assert.Single(await batch, f => f.Path.EndsWith("scan", StringComparison.Ordinal));
        Assert.Equal(FileOutcomeStatus.Failed, scan.Status);
        Assert.Contains("page-2.png: empty", scan.Error);
        Assert.Equal(1, archive.Search(new SearchRequest { Query = "红旗渠精神" }).Total);
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "mkfifo", SetLastError = true)]
    private static extern int MakeFifo([System.Runtime.InteropServices.MarshalAs(System.Runtime.InteropServices.UnmanagedType.LPUTF8Str)] string path, uint mode);

    [Fact]
    public void An_index_that_cannot_be_read_is_set_aside_and_rebuilt_from_the_store()
    {
        var options = new ArchiveOptions { DataDirectory = _temp.File("data") };
        using (var archive = ArchiveService.Open(options))
        {
            archive.Ingest([Path.Combine(AppContext.BaseDirectory, "samples")]);
        }
        foreach (var file in Directory.GetFiles(_temp.File("data/index")).Where(f => !Path.GetFileName(f).StartsWith("write.lock")))
        {
            File.WriteAllBytes(file, new byte[64]);
        }

        using var repaired = ArchiveService.Open(options);

        Assert.Contains("rebuilt from the store", repaired.Repair);
        Assert.True(Directory.Exists(_temp.File("data/index.damaged")));
        Assert.Equal(repaired.Stats().Articles, repaired.Stats().IndexedArticles);
        Assert.Equal(1, repaired.Search(new SearchRequest { Query = "连心卡" }).Total);
    }

    [Fact]
    public void Markdown_its_reader_cannot_read_within_the_budget_is_kept_as_the_text_it_is()
    {
        using var reader = new IsolatedReader(new ReaderLimits { BaseTime = TimeSpan.FromMilliseconds(1), TimePerMegabyte = TimeSpan.Zero, Processes = 1 });
        var links = HostileFiles.Known().First(f => f.FileName == "links.md");

        var text = reader.Read(links.FileName, links.Content);

        Assert.Equal("md", text.Format);
        Assert.Equal(System.Text.Encoding.UTF8.GetString(links.Content).Length, text.Text.Length);
    }

    [Fact]
    public void Text_past_what_one_document_holds_is_refused_whether_read_as_text_or_inflated_from_a_small_docx()
    {
        // A zipped .docx of a few kilobytes can inflate to millions of characters, which the archive's own process would
        // then parse for gigabytes of memory: refused after reading, in the reader process, as is a text file that long.
        var ideographs = new string('干', ExtractedText.MaxCharacters + 1);
        using var reader = new IsolatedReader();

        var docx = Assert.Throws<UnreadableFileException>(() => reader.Read("big.docx", TestDocuments.DocxOfXml($"<w:p><w:r><w:t>{ideographs}</w:t></w:r></w:p>")));
        var text = Assert.Throws<UnreadableFileException>(() => reader.Read("big.txt", System.Text.Encoding.UTF8.GetBytes(ideographs)));

        Assert.All([docx, text], refused => Assert.Contains("characters of text, more than one document is read for", refused.Message));
        Assert.Equal(ExtractedText.MaxCharacters, reader.Read("whole.txt", System.Text.Encoding.UTF8.GetBytes(ideographs[1..])).Text.Length);
    }

    [Fact]
    public void A_docx_is_refused_as_its_text_passes_what_one_document_holds_counting_its_body_and_notes_together()
    {
        // Read whole before it was refused: 60 M characters in a 351 KB .docx took the reader to 613 MB, as many again in
        // its footnotes and endnotes past its whole heap. Each part here is within the bound, the two together not.
        var half = new string('干', ExtractedText.MaxCharacters * 3 / 4);
        var paragraph = $"<w:p><w:r><w:t>{half}</w:t></w:r></w:p>";
        using var reader = new IsolatedReader();

        var refused = Assert.Throws<UnreadableFileException>(() =>
            reader.Read("notes.docx", TestDocuments.DocxOfXml(paragraph, footnotes: $"<w:footnote w:id=\"1\">{paragraph}</w:footnote>")));

        Assert.Equal("the file holds more than 4,194,304 characters of text, more than one document is read for: split it", refused.Message);
    }

    [Fact]
    public void A_small_docx_of_more_paragraphs_than_a_document_holds_is_refused_by_its_reader_not_answered_as_megabytes_of_blocks()
    {
        // The archive's process read the answer whole before its parser refused it: 160 MB for a 106 KB file.
        using var reader = new IsolatedReader();
        var paragraphs = HostileFiles.Docx().First(f => f.FileName == "paragraphs.docx");

        var refused = Assert.Throws<UnreadableFileException>(() => reader.Read(paragraphs.FileName, paragraphs.Content));

        Assert.Contains("more than 200,000 lines of text", refused.Message);
    }

    [Fact]
    public void A_docx_whose_paragraphs_take_a_long_chain_of_large_styles_is_read_within_its_budget()
    {
        // Each paragraph walked its style's chain again: 3.2 ms a paragraph, 16 s of a core for these 5,000, over the budget.
        using var reader = new IsolatedReader();
        var styled = HostileFiles.Docx().First(f => f.FileName == "styles.docx");

        var text = reader.Read(styled.FileName, styled.Content);

        Assert.Equal(5_000, text.Blocks.Count(b => b.Text == "干部"));
    }

    [Theory]
    [InlineData("references.pdf", "object 6 0 R refers back to itself")]
    [InlineData("commented.pdf", "object 6 0 R refers back to itself")]
    [InlineData("chain.pdf", "object 6 0 R starts a chain of 5,000 references")]
    public void A_pdf_whose_references_lead_back_to_themselves_or_on_and_on_is_refused_before_its_reader_overflows_the_stack(string name, string says)
    {
        using var reader = new IsolatedReader();
        var loop = HostileFiles.Pdf().First(f => f.FileName == name);

        var refused = Assert.Throws<UnreadableFileException>(() => reader.Read(loop.FileName, loop.Content));

        Assert.Contains(says, refused.Message);
    }

    [Theory]
    [InlineData("forms.pdf", "its form 6 0 R draws itself through 7 0 R, a loop")]
    [InlineData("form.pdf", "its form 6 0 R draws itself, a loop")]
    [InlineData("deepforms.pdf", "drawn within one another more than 32 deep")]
    public void A_pdf_whose_forms_draw_one_another_in_a_loop_or_thousands_deep_is_refused_before_its_reader_overflows_the_stack(string name, string says)
    {
        using var reader = new IsolatedReader();
        var forms = HostileFiles.Pdf().First(f => f.FileName == name);

        var refused = Assert.Throws<UnreadableFileException>(() => reader.Read(forms.FileName, forms.Content));

        Assert.Contains(says, refused.Message);
    }

    [Theory]
    [InlineData("saves.pdf", "page 1 keeps more than 1,000 graphics states saved at once (q without Q)")]
    [InlineData("saves25m.pdf", "page 1 keeps more than 1,000 graphics states saved at once (q without Q)")]
    [InlineData("formsaves.pdf", "page 1 keeps more than 1,000 graphics states saved at once (q without Q)")]
    [InlineData("rectangles.pdf", "page 1 runs more than 1,000,000 drawing operators")]
    [InlineData("longstring.pdf", "page 1 shows more than 512 KB of text strings, more than a page holds (50,000 characters at most)")]
    [InlineData("string990k.pdf", "page 1 shows more than 512 KB of text strings")]
    public void A_pdf_page_saving_graphics_states_running_operators_or_showing_strings_past_the_bounds_is_refused_before_its_reader_holds_them(string name, string says)
    {
        // 2.5 million q in 7 KB took PdfPig 1 GB (a copy of the state for each), the reader's whole heap; 25 million ran out of
        // it; and it builds a letter for every byte a string shows.
        using var reader = new IsolatedReader();
        var pdf = HostileFiles.Pdf().First(f => f.FileName == name);

        var refused = Assert.Throws<UnreadableFileException>(() => reader.Read(pdf.FileName, pdf.Content));

        Assert.Contains(says, refused.Message);
    }

    /// <summary>
    /// Decoys that hid an object from the measure (review): a stream or xref keyword in an object no table points to, an
    /// object stream with no type or its type's name escaped. PdfPig reads objects by the table's offsets and unpacks
    /// an object stream by its /N and /First, so the measure may not take a keyword or a type on trust.
    /// </summary>
    [Theory]
    [InlineData("99 0 obj\n<< /Length 0 >>\nstream\n", "", "object 1 0")]
    [InlineData("99 0 obj\nxref\nendobj\n", "", "object 1 0")]
    [InlineData("", "<< /N 1 /First 4 /Filter /FlateDecode", "an object stream")]
    [InlineData("", "<< /Type /Obj#53tm /N 1 /First 4 /Filt#65r /FlateDecode", "an object stream")]
    public void Decoys_hide_no_object_from_the_measure(string decoy, string objectStream, string says)
    {
        var values = "[" + string.Concat(Enumerable.Repeat("1 ", 1_100_000)) + "]";
        var pdf = new MemoryStream();
        pdf.Write(Encoding.Latin1.GetBytes("%PDF-1.5\n" + decoy));
        if (objectStream.Length == 0)
            pdf.Write(Encoding.Latin1.GetBytes($"1 0 obj\n<< /Type /Catalog /X {values} >>\nendobj\n"));
        else
        {
            var packed = new MemoryStream();
            using (var zlib = new System.IO.Compression.ZLibStream(packed, System.IO.Compression.CompressionLevel.SmallestSize, leaveOpen: true))
                zlib.Write(Encoding.Latin1.GetBytes("7 0 " + values));
            pdf.Write(Encoding.Latin1.GetBytes($"8 0 obj\n{objectStream} /Length {packed.Length} >>\nstream\n"));
            pdf.Write(packed.ToArray());
            pdf.Write("\nendstream\nendobj\n"u8);
        }
        pdf.Write("2 0 obj\n<< /Length 3 >>\nstream\nabc\nendstream\nendobj\n"u8);

        Assert.Contains(says, PdfObjectSyntax.Find(pdf.ToArray()));
    }

    /// <summary>
    /// A stream cut short (no endstream), or one whose endstream comes only after the file's end: PdfPig reads the trailer
    /// by the offsets at the file's end, and a 40 MB title in its /Info took the reader to 963 MB unmeasured.
    /// </summary>
    [Theory]
    [InlineData("")]
    [InlineData("%%EOF\nendstream\n")]
    public void A_trailer_after_a_stream_cut_short_is_measured(string after)
    {
        var values = "[" + string.Concat(Enumerable.Repeat("1 ", 1_100_000)) + "]";
        var pdf = Encoding.Latin1.GetBytes("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n2 0 obj\n<< /Length 5 >>\nstream\nhello\n" +
                                           "xref\n0 1\n0000000000 65535 f \ntrailer\n<< /Root 1 0 R /Info << /Title " + values + " >> >>\n" +
                                           "startxref\n60\n" + after);

        Assert.Contains("the trailer holds more than 1,000,000 values", PdfObjectSyntax.Find(pdf));
    }

    [Fact]
    public void A_page_whose_text_says_trailer_is_no_trailer_and_its_stream_stays_unmeasured()
    {
        // A page's text, uncompressed: the word alone, no dictionary after it; the page's many numbers are a stream's data.
        var content = "BT /F1 12 Tf (Film trailer) Tj " + string.Concat(Enumerable.Repeat("1 ", 1_100_000)) + "ET";
        var pdf = Encoding.Latin1.GetBytes($"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n2 0 obj\n<< /Length {content.Length} >>\nstream\n{content}\nendstream\nendobj\n" +
                                           "trailer\n<< /Root 1 0 R >>\n%%EOF\n");

        Assert.Null(PdfObjectSyntax.Find(pdf));
    }

    [Fact]
    public void Strings_that_hold_parentheses_and_the_words_stream_endobj_and_xref_are_measured_as_strings()
    {
        var pdf = Encoding.Latin1.GetBytes("%PDF-1.4\n1 0 obj\n<< /Title (a \\) stream (endobj) xref " + new string('x', 600_000) + ") /Subject <"
            + new string('6', 800_000) + "> >>\nendobj\n2 0 obj\n(" + new string('y', 600_000) + ")\nendobj\n");

        Assert.Null(PdfObjectSyntax.Find(pdf));
        Assert.Contains("1 MB of strings and names", PdfObjectSyntax.Find(pdf.Concat(Encoding.Latin1.GetBytes("3 0 obj\n[(" + new string('z', 600_000) + ") <" + new string('7', 1_000_000) + ">]\nendobj\n")).ToArray()));
    }

    [Theory]
    [InlineData("fontbomb.pdf", "a font of page 1 inflates to more than 64 MB")]
    [InlineData("cmapbomb.pdf", "a font of page 1 inflates to more than 64 MB")]
    [InlineData("flate.pdf", "a content stream of page 1 inflates to more than 64 MB")]
    [InlineData("flateflate.pdf", "a content stream of page 1 inflates to more than 64 MB")]
    [InlineData("hexflate.pdf", "a content stream of page 1 inflates to more than 64 MB")]
    [InlineData("runlength.pdf", "a content stream of page 1 inflates to more than 64 MB")]
    [InlineData("lzw.pdf", "a content stream of page 1 inflates to more than 64 MB")]
    [InlineData("catalogstring.pdf", "object 1 0 holds more than 1 MB of strings and names outside any stream")]
    [InlineData("catalogarray.pdf", "object 1 0 holds more than 1,000,000 values outside any stream")]
    [InlineData("packedarray.pdf", "object 7 0 (an object stream) holds more than 1,000,000 values outside any stream")]
    public void A_pdf_whose_page_reads_a_stream_inflating_past_the_bound_or_whose_objects_hold_megabytes_is_refused_before_any_reader_builds_them(string name, string says)
    {
        // PdfPig inflates a stream whole into one growing array, and poppler's pdftotext a font's map too (1.2 GB for 3 GB);
        // PdfPig reads the catalog, the document's information and a page's dictionary whole, some 16 bytes for each byte
        // of a string and a token of some hundred for each value, and poppler took such a file past its memory after.
        var pdf = HostileFiles.Pdf().First(f => f.FileName == name);
        using var reader = new IsolatedReader();

        var refused = Assert.Throws<UnreadableFileException>(() => reader.Read(pdf.FileName, pdf.Content));

        Assert.Contains(says, refused.Message);
        Assert.True(refused.Expensive);
    }

    [Fact]
    public void A_pdf_page_drawing_an_image_that_inflates_past_the_bound_beside_its_text_is_read_the_image_never_decoded()
    {
        var pdf = HostileFiles.PageWithInflatingStream("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>", "/XObject << /Im0 7 0 R >>", "null",
            "/Type /XObject /Subtype /Image /Width 10000 /Height 10000 /ColorSpace /DeviceGray /BitsPerComponent 8", 100L * 1024 * 1024);
        using var reader = new IsolatedReader();

        Assert.Equal("ganbu", reader.Read("scan.pdf", pdf).Text);
    }

    [Fact]
    public void A_pdf_page_saving_states_a_few_deep_around_its_text_and_forms_as_writers_do_is_read()
    {
        var pdf = HostileFiles.PageOfForms(
            ("q 1 0 0 1 0 0 cm q BT /F1 12 Tf 72 700 Td (ganbu) Tj ET Q /X1 Do Q " + string.Concat(Enumerable.Repeat("q 0 0 1 1 re f Q ", 5_000)), "/X1 7 0 R"),
            ("q q BT /F1 12 Tf 72 600 Td (dangyuan) Tj ET Q Q", null));
        using var reader = new IsolatedReader();

        var text = reader.Read("forms.pdf", pdf);

        Assert.Equal(["ganbu", "dangyuan"], text.Text.Split([' ', '\n']));
    }

    [Fact]
    public void A_pdf_drawing_its_text_through_forms_nested_ten_deep_whose_resources_name_the_first_is_read_whole()
    {
        // Each form's resources also name the first form (as a dictionary shared among forms does), which none draws again.
        var nested = HostileFiles.PageOfForms([.. Enumerable.Range(0, 10).Select(k =>
            ($"BT /F1 12 Tf 72 {700 - 20 * k} Td (level{k}) Tj ET" + (k < 9 ? " /X Do" : ""), (string?)$"/X0 6 0 R /X {7 + k} 0 R"))]);
        using var reader = new IsolatedReader();

        var text = reader.Read("nested.pdf", nested).Text;

        Assert.Equal(string.Join(" ", Enumerable.Range(0, 10).Select(k => $"level{k}")), text);
    }

    [Fact]
    public void A_pdf_of_full_pages_whose_letters_together_outweigh_the_readers_heap_is_read_whole_one_page_at_a_time()
    {
        // 12 pages of 49,000 letters: about 280 MB of PdfPig's letter objects if every page's were kept to the end.
        var pdf = HostileFiles.PagesOfLetters(12, 49_000);
        using var reader = new IsolatedReader(new ReaderLimits { MemoryBytes = 160L * 1024 * 1024, BaseTime = TimeSpan.FromMinutes(2), Processes = 1 });

        var text = reader.Read("full.pdf", pdf);

        Assert.Empty(text.UnreadPages);
        Assert.Equal(Enumerable.Range(1, 12).Select(page => (int?)page), text.Blocks.Select(b => b.Page).Distinct());
    }

    [Fact]
    public void A_pdf_whose_page_needs_more_memory_than_the_reader_may_use_is_refused_so_not_read_without_the_pages_that_ran_out()
    {
        using var reader = new IsolatedReader(new ReaderLimits { MemoryBytes = 48L * 1024 * 1024, BaseTime = TimeSpan.FromMinutes(2), Processes = 1 });

        var refused = Assert.Throws<UnreadableFileException>(() => reader.Read("full.pdf", HostileFiles.PagesOfLetters(3, 49_000)));

        Assert.Contains("more memory than a reader may use", refused.Message);
    }

    [Theory]
    [InlineData("Out of memory.", true)]
    [InlineData("Fatal error. Out of memory", true)]
    [InlineData("Unhandled exception. System.OutOfMemoryException: Insufficient memory to continue the execution of the program.", true)]
    [InlineData("Stack overflow.", false)]
    [InlineData("", false)]
    public void A_reader_the_runtime_ended_for_want_of_memory_is_said_to_have_needed_more_memory_than_a_reader_may_use(string errors, bool outOfMemory)
    {
        // Under load a heap at its hard limit can fail in the collector, where no exception reaches the reader to answer:
        // the file is refused for its memory as when the reader answers so, not as a crash.
        Assert.Equal(outOfMemory, ReaderProcess.SaysOutOfMemory(errors));
    }

    [Fact]
    public void A_pdf_whose_pages_name_other_forms_by_the_same_names_is_read_not_taken_for_forms_drawing_one_another()
    {
        // Page one's Fm0 draws its Fm1, page two's Fm1 its Fm0: no loop, though either name is one of each page's forms.
        var pdf = HostileFiles.TwoPagesOfForms("BT /F1 12 Tf 72 700 Td (one) Tj ET /Fm1 Do", "BT /F1 12 Tf 72 600 Td (two) Tj ET",
            "BT /F1 12 Tf 72 700 Td (three) Tj ET", "BT /F1 12 Tf 72 600 Td (four) Tj ET /Fm0 Do");
        using var reader = new IsolatedReader();

        var text = reader.Read("reused.pdf", pdf);

        Assert.Equal(["one", "two", "three", "four"], text.Text.Split([' ', '\n']));
    }

    [Fact]
    public void A_pdf_whose_form_draws_itself_by_a_name_of_the_page_it_is_drawn_on_is_refused_whichever_page_names_it()
    {
        var pdf = HostileFiles.TwoPagesOfForms("BT /F1 12 Tf 72 700 Td (one) Tj ET", "BT /F1 12 Tf 72 600 Td (two) Tj ET",
            "BT /F1 12 Tf 72 700 Td (three) Tj ET", "BT /F1 12 Tf 72 600 Td (four) Tj ET /Fm1 Do");
        using var reader = new IsolatedReader();

        var refused = Assert.Throws<UnreadableFileException>(() => reader.Read("loop.pdf", pdf));

        Assert.Contains("its form 11 0 R draws itself, a loop", refused.Message);
    }

    [Fact]
    public void A_run_of_comment_marks_after_a_number_is_read_in_one_pass_not_cut_into_comments_every_way()
    {
        // Each % may start a comment or belong to the one before: 2^60 ways to try before the check gave up.
        var pdf = System.Text.Encoding.Latin1.GetBytes("%PDF-1.4\n1 " + new string('%', 60) + "x\n6 0 obj 7 0 R endobj\n");

        Assert.Null(PdfReferenceChains.Find(pdf));
    }

    [Fact]
    public void A_reader_that_overruns_its_time_budget_is_stopped_and_the_next_file_reads()
    {
        using var reader = new IsolatedReader(new ReaderLimits { BaseTime = TimeSpan.FromMilliseconds(1), TimePerMegabyte = TimeSpan.Zero, Processes = 1 });
        var slow = HostileFiles.Known().First(f => f.FileName == "inflate.docx");

        var refused = Assert.Throws<UnreadableFileException>(() => reader.Read(slow.FileName, slow.Content));

        Assert.Contains("was stopped", refused.Message);
        using var patient = new IsolatedReader();
        Assert.Contains("干部", patient.Read("a.md", "# 干部\n\n正文"u8.ToArray()).Text);
    }

    [Fact]
    public void LibreOffice_gets_time_in_proportion_to_the_file_not_the_whole_limit_for_a_small_crafted_one()
    {
        const long megabyte = 1024 * 1024;
        var options = new Archive.Indexer.Text.Conversion.ConversionOptions();

        // 200,000 table rows in a 6.8 MB RTF held a core for the whole limit.
        Assert.True(options.FileTimeFor(7 * megabyte) <= options.FileTimeout / 2, $"{options.FileTimeFor(7 * megabyte)}");
        // A genuine 9.5 MB .doc of 4 M characters converts in 10.6 s: three times that is left on a loaded machine.
        Assert.True(options.FileTimeFor(10 * megabyte) >= TimeSpan.FromSeconds(3 * 10.6), $"{options.FileTimeFor(10 * megabyte)}");
        Assert.Equal(options.FileTimeout, options.FileTimeFor(100 * megabyte));
    }

    private static T Watchdog<T>(Func<T> action)
    {
        var task = Task.Run(action);
        Assert.True(task.Wait(Hang), $"no answer within {Hang.TotalSeconds} s: the reader or the engine hangs");
        return task.Result;
    }
}
