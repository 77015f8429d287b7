using System.Text;
using Archive.Indexer.Store;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Archive.Indexer.Tests.Store;

/// <summary>Long texts are stored compressed and read back exactly; rows stored before compression read as they did.</summary>
public sealed class StoredTextTests
{
    private static readonly string Article = string.Concat(Enumerable.Repeat(
        "近年来，宜秀区坚持把抓基层打基础作为长远之计，推动组织力量下沉一线。𠀀字与𡃁字在扩展区。\n", 12));

    [Theory]
    [InlineData("")]
    [InlineData("短文本")]
    [InlineData("Latin text, numbers 2022 and ＦＵＬＬ－ＷＩＤＴＨ forms, long enough to be worth compressing at all, and then some more.")]
    public void Any_text_reads_back_as_it_was(string text)
    {
        Assert.Equal(text, StoredText.Decode(StoredText.Encode(text)));
        Assert.Equal(text, StoredText.Decode(StoredText.Encode(text + Article))[..text.Length]);
    }

    [Fact]
    public void A_long_text_is_compressed_and_a_short_one_kept_as_it_is()
    {
        var packed = Assert.IsType<byte[]>(StoredText.Encode(Article));

        Assert.True(packed.Length < Encoding.UTF8.GetByteCount(Article) / 2, $"{packed.Length} bytes");
        Assert.Equal(StoredText.Utf8, StoredText.Format(packed));
        Assert.Equal("宜秀区", StoredText.Encode("宜秀区"));
    }

    [Theory]
    [InlineData("宜秀区")]
    [InlineData("扩展区𠀀𡃁两字")]
    public void The_length_is_counted_as_SQLite_counts_characters(string text)
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();

        foreach (var value in new[] { text, text + Article })
        {
            Assert.Equal(connection.ExecuteScalar<long>("SELECT length(@value)", new { value }), StoredText.Length(StoredText.Encode(value)));
        }
    }

    [Fact]
    public void A_value_of_an_unknown_format_is_refused_plainly()
    {
        var error = Assert.Throws<InvalidDataException>(() => StoredText.Decode(new byte[] { 9, 0, 0, 0, 0, 0, 0, 0, 0, 1 }));

        Assert.Contains("cannot read", error.Message);
    }
}
