using Archive.Indexer.Text;
using Archive.Indexer.Text.Isolation;

namespace Archive.Indexer.Tests.Text;

/// <summary>
/// PDFs that open with the empty password (Files/README.md), one of each revision of the standard security handler: the
/// measure of objects decrypts an object stream as PdfPig will, so an array of 1.2 million numbers packed in one is
/// refused however it is encrypted, and a sound file passes.
/// </summary>
public sealed class PdfEncryptionTests
{
    private static byte[] File(string name) => System.IO.File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Text", "Files", name));

    [Theory]
    [InlineData("encrypted-r3-rc4-128")]
    [InlineData("encrypted-r4-aes-128")]
    [InlineData("encrypted-r5-aes-256")]
    [InlineData("encrypted-r6-aes-256")]
    public void An_encrypted_object_stream_is_measured_as_it_decrypts(string encryption)
    {
        Assert.StartsWith("object 2 0 (an encrypted object stream) holds more than 1,000,000 values outside any stream",
            PdfObjectSyntax.Find(File(encryption + "-packed-array.pdf")));
        Assert.Null(PdfObjectSyntax.Find(File(encryption + "-sound.pdf")));
    }

    [Fact]
    public void A_reader_refuses_the_encrypted_packed_array_before_building_it_and_reads_the_sound_file()
    {
        using var reader = new IsolatedReader();

        var refused = Assert.Throws<UnreadableFileException>(() => reader.Read("restricted.pdf", File("encrypted-r6-aes-256-packed-array.pdf")));

        Assert.Contains("(an encrypted object stream) holds more than 1,000,000 values", refused.Message);
        Assert.True(refused.Expensive);
        Assert.Equal("ganbu", reader.Read("restricted.pdf", File("encrypted-r6-aes-256-sound.pdf")).Text);
    }
}
