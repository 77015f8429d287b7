using System.Buffers.Binary;

namespace Archive.Indexer.Text.Recognition;

/// <summary>The kinds of page image that are recognized: told by their first bytes, not by their names.</summary>
internal static class PageImage
{
    public static IReadOnlyList<string> Extensions { get; } = [".jpg", ".jpeg", ".png", ".tif", ".tiff"];

    /// <summary>Bounds the walk of a TIFF's page chain, which a damaged file may make loop.</summary>
    private const int MaxTiffPages = 100_000;

    /// <returns>".jpg", ".png" or ".tif", or null for anything else.</returns>
    public static string? Kind(ReadOnlySpan<byte> head) =>
        head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) ? ".jpg"
        : head.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G']) ? ".png"
        : head.StartsWith("II*\0"u8) || head.StartsWith("MM\0*"u8) ? ".tif"
        : null;

    /// <summary>How many pages an image holds: 1, or a TIFF's count of image file directories.</summary>
    /// <exception cref="UnreadableFileException">A TIFF with no pages, or whose page chain is broken.</exception>
    public static int Pages(ReadOnlySpan<byte> image)
    {
        if (Kind(image) != ".tif") return 1;
        var bigEndian = image[0] == (byte)'M';
        if (image.Length < 8) throw new UnreadableFileException("the TIFF is truncated: it ends inside its header");
        var pages = 0;
        var seen = new HashSet<uint>();
        for (var offset = Read32(image, 4, bigEndian); offset != 0; pages++)
        {
            if (offset + 2L > image.Length || !seen.Add(offset) || pages >= MaxTiffPages)
                throw new UnreadableFileException($"the TIFF is damaged: the directory of page {pages + 1} is missing or loops back");
            var next = offset + 2L + Read16(image, (int)offset, bigEndian) * 12L;
            if (next + 4 > image.Length)
                throw new UnreadableFileException($"the TIFF is truncated: it ends inside the directory of page {pages + 1}");
            offset = Read32(image, (int)next, bigEndian);
        }
        return pages > 0 ? pages : throw new UnreadableFileException("the TIFF holds no pages (0 image directories): there is nothing to recognize");
    }

    private static uint Read32(ReadOnlySpan<byte> bytes, int at, bool bigEndian) =>
        bigEndian ? BinaryPrimitives.ReadUInt32BigEndian(bytes[at..]) : BinaryPrimitives.ReadUInt32LittleEndian(bytes[at..]);

    private static int Read16(ReadOnlySpan<byte> bytes, int at, bool bigEndian) =>
        bigEndian ? BinaryPrimitives.ReadUInt16BigEndian(bytes[at..]) : BinaryPrimitives.ReadUInt16LittleEndian(bytes[at..]);
}
