using System.IO.Compression;
using System.Text;
using Archive.Indexer.Text;

namespace Archive.Indexer.Tests.Text;

/// <summary>
/// A .docx's package bounded before the packaging library lists it: it holds objects for every zip entry and every link
/// between parts, whatever they hold (found by hostile19: 200,000 empty entries, 21 MB, took the reader to 517 MB).
/// </summary>
public sealed class DocxPackageTests
{
    [Fact]
    public void A_docx_of_more_parts_than_a_document_holds_is_refused_before_they_are_listed()
    {
        var within = WithEntries(DocxReader.MaxParts - 10);
        Assert.Contains("宜秀区战疫一线党旗红", DocumentReader.Read("within.docx", within).Text);

        var refused = Assert.Throws<UnreadableFileException>(() => DocumentReader.Read("parts.docx", WithEntries(DocxReader.MaxParts)));

        Assert.StartsWith("the .docx holds 10,003 parts (zip entries), more than a document holds (10,000)", refused.Message);
    }

    [Fact]
    public void A_docx_of_more_links_between_its_parts_than_a_document_holds_is_refused()
    {
        // Links to web pages need no part of their own: 1.1 MB of zip held 200,000 of them.
        var links = string.Concat(Enumerable.Range(0, 40_000).Select(i =>
            $"<Relationship Id=\"x{i}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink\" Target=\"http://example.org/{i}\" TargetMode=\"External\"/>"));
        var docx = TestDocuments.DocxOfXml("<w:p><w:r><w:t>宜秀区战疫一线党旗红</w:t></w:r></w:p>");
        var linked = With(docx, zip => Rewrite(zip, "word/_rels/document.xml.rels", xml => xml.Length > 0 ? xml.Replace("</Relationships>", links + "</Relationships>")
            : "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" + links + "</Relationships>"));

        var refused = Assert.Throws<UnreadableFileException>(() => DocumentReader.Read("links.docx", linked));

        Assert.StartsWith("the .docx's content types and links between its parts ([Content_Types].xml, _rels) take ", refused.Message);
        Assert.Contains(" MB, more than a document's (4 MB)", refused.Message);
    }

    [Fact]
    public void A_docx_of_more_content_types_than_a_document_holds_is_refused()
    {
        // 1.5 million in 3.9 MB took the reader to 812 MB and its whole processor budget.
        var types = string.Concat(Enumerable.Range(0, 100_000).Select(i => $"<Override PartName=\"/p/{i}.xml\" ContentType=\"application/xml\"/>"));
        var docx = With(TestDocuments.DocxOfXml("<w:p><w:r><w:t>宜秀区战疫一线党旗红</w:t></w:r></w:p>"),
            zip => Rewrite(zip, "[Content_Types].xml", xml => xml.Replace("</Types>", types + "</Types>")));

        var refused = Assert.Throws<UnreadableFileException>(() => DocumentReader.Read("types.docx", docx));

        Assert.StartsWith("the .docx's content types and links between its parts ([Content_Types].xml, _rels) take ", refused.Message);
    }

    [Fact]
    public void A_zip_of_no_Word_document_named_docx_is_said_to_be_another_kind_of_file()
    {
        // An .odt renamed: a zip whose package links to no main document part.
        var odt = Zip(0);
        odt = With(odt, zip =>
        {
            // Stored, not deflated, as OpenDocument requires: its type reads in the zip's bytes.
            using (var writer = new StreamWriter(zip.CreateEntry("mimetype", CompressionLevel.NoCompression).Open())) writer.Write("application/vnd.oasis.opendocument.text");
            using (var writer = new StreamWriter(zip.CreateEntry("content.xml").Open())) writer.Write("<office:document-content/>");
        });

        var refused = Assert.Throws<UnreadableFileException>(() => DocumentReader.Read("renamed.docx", odt));

        Assert.Equal("the .docx is an OpenDocument file (.odt, .ods), a zip archive, not a Word document: another kind of file named .docx?", refused.Message);
    }

    [Fact]
    public void A_docx_whose_link_to_its_document_is_lost_is_said_to_be_damaged()
    {
        var docx = With(TestDocuments.DocxOfXml("<w:p><w:r><w:t>宜秀区战疫一线党旗红</w:t></w:r></w:p>"), zip => zip.GetEntry("_rels/.rels")!.Delete());

        var refused = Assert.Throws<UnreadableFileException>(() => DocumentReader.Read("unlinked.docx", docx));

        Assert.StartsWith("the .docx is damaged: its document (word/document.xml) is there, but the package's link to it (_rels/.rels)", refused.Message);
    }

    [Fact]
    public void The_entry_count_is_the_zip64_record_s_past_what_the_short_record_holds()
    {
        var zip = Zip(70_000);

        Assert.Equal(70_000, ZipDirectory.EntryCount(zip));
        Assert.Null(ZipDirectory.EntryCount(zip.AsSpan(0, zip.Length - 30)));
        // A zip64 locator pointing anywhere in a file too short for its record is no record.
        var forged = new byte[50];
        BitConverter.TryWriteBytes(forged.AsSpan(8), 0x07064b50u);
        BitConverter.TryWriteBytes(forged.AsSpan(16), 1_000UL);
        BitConverter.TryWriteBytes(forged.AsSpan(28), 0x06054b50u);
        BitConverter.TryWriteBytes(forged.AsSpan(38), (ushort)3);
        Assert.Equal(3, ZipDirectory.EntryCount(forged));
    }

    [Fact]
    public void A_directory_declaring_fewer_entries_than_it_lists_is_refused_as_damaged()
    {
        // The count is believed because the zip reader refuses a directory that lists more.
        var docx = WithEntries(DocxReader.MaxParts + 10);
        var end = docx.AsSpan().LastIndexOf("PK\u0005\u0006"u8);
        BitConverter.TryWriteBytes(docx.AsSpan(end + 8), (ushort)5);
        BitConverter.TryWriteBytes(docx.AsSpan(end + 10), (ushort)5);

        var refused = Assert.Throws<UnreadableFileException>(() => DocumentReader.Read("lying.docx", docx));

        Assert.StartsWith("the .docx is damaged or truncated: it is no complete zip archive", refused.Message);
    }

    /// <summary>A sound .docx with that many empty entries more.</summary>
    private static byte[] WithEntries(int count) =>
        With(TestDocuments.DocxOfXml("<w:p><w:r><w:t>宜秀区战疫一线党旗红</w:t></w:r></w:p>"), zip =>
        {
            for (var i = 0; i < count; i++) zip.CreateEntry($"junk/{i}.xml");
        });

    private static byte[] With(byte[] docx, Action<ZipArchive> change)
    {
        using var buffer = new MemoryStream();
        buffer.Write(docx);
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true)) change(zip);
        return buffer.ToArray();
    }

    /// <summary>Replaces an entry (empty text where there is none) with what <paramref name="change"/> makes of its text.</summary>
    private static void Rewrite(ZipArchive zip, string name, Func<string, string> change)
    {
        var xml = "";
        if (zip.GetEntry(name) is { } entry)
        {
            using (var reader = new StreamReader(entry.Open())) xml = reader.ReadToEnd();
            entry.Delete();
        }
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(change(xml));
    }

    private static byte[] Zip(int entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            for (var i = 0; i < entries; i++) zip.CreateEntry($"e/{i}");
        }
        return buffer.ToArray();
    }
}
