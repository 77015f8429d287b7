using Archive.Indexer.Search.Indexing;
using Archive.Indexer.Tests.Store;
using Lucene.Net.Store;

namespace Archive.Indexer.Tests.Search;

public sealed class MappedDirectoryTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly MappedDirectory _directory;

    public MappedDirectoryTests()
    {
        _directory = new MappedDirectory(_temp.Path);
        using var output = _directory.CreateOutput("values", IOContext.DEFAULT);
        output.WriteByte(7);
        output.WriteInt16(-2);
        output.WriteInt32(0x01020304);
        output.WriteInt64(-5_000_000_000L);
        output.WriteVInt32(300);
        output.WriteString("干部");
        output.WriteBytes([1, 2, 3], 3);
    }

    [Fact]
    public void Reads_back_what_Lucene_wrote_and_seeks_anywhere_in_the_file()
    {
        using var input = _directory.OpenInput("values", IOContext.DEFAULT);

        Assert.Equal(7, input.ReadByte());
        Assert.Equal(-2, input.ReadInt16());
        Assert.Equal(0x01020304, input.ReadInt32());
        Assert.Equal(-5_000_000_000L, input.ReadInt64());
        Assert.Equal(300, input.ReadVInt32());
        Assert.Equal("干部", input.ReadString());
        var bytes = new byte[3];
        input.ReadBytes(bytes, 0, 3);
        Assert.Equal([1, 2, 3], bytes);
        Assert.Equal(input.Length, input.Position);

        input.Seek(3);
        Assert.Equal(0x01020304, input.ReadInt32());
    }

    [Fact]
    public void Variable_length_integers_of_every_size_read_back_also_at_the_end_of_the_file()
    {
        int[] ints = [0, 1, 127, 128, 16_383, 16_384, 2_097_152, int.MaxValue, -1, int.MinValue];
        long[] longs = [0, 300, 1L << 35, 1L << 49, 1L << 56, long.MaxValue];
        using (var output = _directory.CreateOutput("varints", IOContext.DEFAULT))
        {
            foreach (var value in ints) output.WriteVInt32(value);
            foreach (var value in longs) output.WriteVInt64(value);
        }
        using var input = _directory.OpenInput("varints", IOContext.DEFAULT);

        Assert.Equal(ints, ints.Select(_ => input.ReadVInt32()));
        Assert.Equal(longs, longs.Select(_ => input.ReadVInt64()));
        Assert.Equal(input.Length, input.Position);
    }

    [Fact]
    public void A_variable_length_int_with_more_bits_than_an_int_holds_is_refused()
    {
        using (var output = _directory.CreateOutput("corrupt", IOContext.DEFAULT))
        {
            output.WriteBytes([0xFF, 0xFF, 0xFF, 0xFF, 0x1F, 0, 0, 0, 0, 0], 10);
        }
        using var input = _directory.OpenInput("corrupt", IOContext.DEFAULT);

        Assert.Throws<IOException>(() => input.ReadVInt32());
    }

    [Fact]
    public void A_clone_keeps_its_own_position()
    {
        using var input = _directory.OpenInput("values", IOContext.DEFAULT);
        input.Seek(3);
        var clone = (IndexInput)input.Clone();

        Assert.Equal(0x01020304, clone.ReadInt32());
        Assert.Equal(3, input.Position);
        Assert.Equal(0x01020304, input.ReadInt32());
    }

    [Fact]
    public void Reading_or_seeking_past_the_end_throws()
    {
        using var input = _directory.OpenInput("values", IOContext.DEFAULT);
        input.Seek(input.Length - 2);

        Assert.Throws<EndOfStreamException>(() => input.ReadBytes(new byte[3], 0, 3));
        Assert.Throws<EndOfStreamException>(() => input.ReadInt32());
        Assert.Throws<EndOfStreamException>(() => input.Seek(input.Length + 1));
    }

    [Fact]
    public void Clones_refuse_to_read_once_their_file_is_closed()
    {
        var input = _directory.OpenInput("values", IOContext.DEFAULT);
        var clone = (IndexInput)input.Clone();
        clone.Dispose(); // Lucene never closes clones; closing one leaves the file open.
        Assert.Equal(7, input.ReadByte());

        input.Dispose();

        Assert.Throws<ObjectDisposedException>(() => clone.ReadByte());
        Assert.Throws<ObjectDisposedException>(() => clone.ReadInt64());
    }

    [Fact]
    public void An_empty_file_opens_with_nothing_to_read()
    {
        _directory.CreateOutput("empty", IOContext.DEFAULT).Dispose();
        using var input = _directory.OpenInput("empty", IOContext.DEFAULT);

        Assert.Equal(0, input.Length);
        Assert.Throws<EndOfStreamException>(() => input.ReadByte());
    }

    public void Dispose()
    {
        _directory.Dispose();
        _temp.Dispose();
    }
}
